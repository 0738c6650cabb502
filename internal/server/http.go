package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/internal/apperr"
)

// The response media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// httpTransport serves GraphQL over HTTP GET and POST, after the gate has checked the method,
// the media types and the parameters' shape. Unlike gqlgen's GET and POST transports, a
// request that fails before execution (parse, validation, variables, limits) answers
// without a "data" entry, and with the status code the GraphQL-over-HTTP specification
// recommends for the response's media type: 200 under application/json, 4xx under
// application/graphql-response+json.
type httpTransport struct{}

var _ graphql.Transport = httpTransport{}

func (httpTransport) Supports(r *http.Request) bool {
	return !isWebSocketUpgrade(r) && (r.Method == http.MethodGet || r.Method == http.MethodPost)
}

func (httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMediaType(r.Header.Get("Accept"))
	if media == "" {
		media = mediaJSON // the gate has refused an Accept we cannot serve
	}
	start := graphql.Now()
	params, ok := ctx.Value(paramsKey{}).(*graphql.RawParams)
	if !ok {
		var err error
		if params, err = requestParams(r); err != nil {
			writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), err.Error())
			return
		}
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	w.Header().Set("Content-Type", media)
	rc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs)
		w.WriteHeader(requestErrorStatus(media, resp.Errors))
		writeBody(w, requestError{Errors: resp.Errors, Extensions: resp.Extensions})
		return
	}
	// Checked here, on the parsed document, so that a persisted query (sent by its hash
	// alone) cannot run a mutation over GET either.
	if r.Method == http.MethodGet && rc.Operation != nil && rc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		writeError(w, media, http.StatusMethodNotAllowed, string(apperr.BadUserInput),
			"a "+string(rc.Operation.Operation)+" must be sent with POST; GET is for queries only")
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeBody(w, responses(ctx))
}

type paramsKey struct{}

// withParams hands the parameters the gate has read to httpTransport.
func withParams(ctx context.Context, p *graphql.RawParams) context.Context {
	return context.WithValue(ctx, paramsKey{}, p)
}

// requestError is the response to a request that never executed: the GraphQL specification
// says its "data" entry should not be present.
type requestError struct {
	Errors     gqlerror.List  `json:"errors"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

// requestErrorStatus is the status of a request that failed before execution.
func requestErrorStatus(media string, errs gqlerror.List) int {
	if media == mediaJSON {
		return http.StatusOK
	}
	for _, e := range errs {
		switch c, _ := e.Extensions["code"].(string); c {
		case string(apperr.RateLimited):
			return http.StatusTooManyRequests
		case string(apperr.Internal):
			return http.StatusInternalServerError
		case "UNAVAILABLE":
			return http.StatusServiceUnavailable
		}
	}
	return http.StatusBadRequest
}

// requestParams reads the GraphQL-over-HTTP parameters of a GET's URL or a POST's body.
func requestParams(r *http.Request) (*graphql.RawParams, error) {
	p := &graphql.RawParams{}
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, errBodyUnreadable
		}
		if err := decodeJSON(body, p); err != nil {
			return nil, errNotJSONObject(err)
		}
		return p, nil
	}
	q := r.URL.Query()
	p.Query, p.OperationName = q.Get("query"), q.Get("operationName")
	for name, into := range map[string]*map[string]any{"variables": &p.Variables, "extensions": &p.Extensions} {
		if v := q.Get(name); v != "" {
			if err := decodeJSON([]byte(v), into); err != nil {
				return nil, paramError(strconv.Quote(name) + " must be a JSON object")
			}
		}
	}
	return p, nil
}

func decodeJSON(b []byte, into any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return dec.Decode(into)
}

type paramError string

func (e paramError) Error() string { return string(e) }

const errBodyUnreadable = paramError("the request body could not be read")

func errNotJSONObject(err error) error {
	return paramError("the request body is not a JSON object: " + shortJSONError(err))
}

func writeBody(w io.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error: the response could not be encoded","extensions":{"code":"INTERNAL"}}]}`)
	}
	_, _ = w.Write(b)
}

// responseMediaType picks the response's media type from an Accept header: the most
// preferred one we serve ("*/*" and "application/*" mean application/json), application/json
// when there is no Accept header (the specification's rule for clients from before
// application/graphql-response+json), "" when the header names nothing we serve.
func responseMediaType(accept string) string {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON
	}
	best, bestQ := "", 0.0
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if q, err = strconv.ParseFloat(s, 64); err != nil {
				continue
			}
		}
		var served string
		switch mt {
		case mediaGraphQLResponse:
			served = mediaGraphQLResponse
		case mediaJSON, "application/*", "*/*":
			served = mediaJSON
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = served, q
		}
	}
	return best
}

// missingQuery reports a request with no document: no "query" (or an empty one) and no
// persisted query's hash in its extensions.
func missingQuery(query string, extensions map[string]any) bool {
	_, persisted := extensions["persistedQuery"]
	return query == "" && !persisted
}

const missingQueryMessage = `the request has no "query": send the GraphQL document as the "query" parameter (or a persisted query's hash as "extensions.persistedQuery")`
