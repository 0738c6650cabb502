package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// Every status code and body shape the GraphQL-over-HTTP specification recommends, for both
// response media types, over real HTTP: a request that never executed has no "data" entry;
// under application/json a well-formed request answers 200 whatever its GraphQL errors,
// under application/graphql-response+json a request error answers 4xx.
func TestGraphQLOverHTTPSpecStatusAndShape(t *testing.T) {
	env := testapp.New(t)

	const (
		jsonMedia = "application/json"
		grMedia   = "application/graphql-response+json"
	)
	type want struct {
		status int
		data   bool   // the response has a "data" entry
		code   string // extensions.code of the first error ("" for none)
	}
	cases := []struct {
		name        string
		method      string
		contentType string
		query       string // GET: the raw URL query
		body        string
		json, gr    want
		message     string
		allow       string
	}{
		{name: "a query that runs", method: "POST", body: `{"query":"{ __typename }"}`,
			json: want{200, true, ""}, gr: want{200, true, ""}},
		{name: "a field error during execution keeps data", method: "POST", body: `{"query":"{ accounts { totalCount } }"}`,
			json: want{200, true, "UNAUTHENTICATED"}, gr: want{200, true, "UNAUTHENTICATED"}},
		{name: "document parse error", method: "POST", body: `{"query":"{ __typename "}`,
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "Expected"},
		{name: "document parse error over GET", method: "GET", query: url.Values{"query": {"{ __typename "}}.Encode(),
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}},
		{name: "document validation error", method: "POST", body: `{"query":"{ nope }"}`,
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "Cannot query field"},
		{name: "operation cannot be determined", method: "POST", body: `{"query":"query a { __typename } query b { __typename }"}`,
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}},
		{name: "variables of the wrong type", method: "POST",
			body: `{"query":"query($id: ID!){ node(id: $id) { id } }","variables":{"id":{"a":1}}}`,
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}},
		{name: "a variable that is not an enum value", method: "POST",
			body: `{"query":"query($k: PolicyKind!){ evaluatePolicy(kind: $k, input: {}) }","variables":{"k":"NOPE"}}`,
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}},
		{name: "missing query", method: "POST", body: `{"qeury":"{ __typename }"}`,
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: `no "query"`},
		{name: "null query", method: "POST", body: `{"query":null}`,
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: `no "query"`},
		{name: "missing query over GET", method: "GET", query: url.Values{"qeury": {"{ __typename }"}}.Encode(),
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: `no "query"`},
		{name: "query that is not a string", method: "POST", body: `{"query":{"a":1}}`,
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "must be a string"},
		{name: "variables that are not an object", method: "POST", body: `{"query":"{ __typename }","variables":[1]}`,
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "JSON object"},
		{name: "variables that are not JSON over GET", method: "GET", query: url.Values{"query": {"{ __typename }"}, "variables": {"{"}}.Encode(),
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "JSON object"},
		{name: "malformed JSON body", method: "POST", body: `{"query": `,
			json: want{400, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "not a JSON object"},
		{name: "wrong method", method: "PUT", body: `{"query":"{ __typename }"}`,
			json: want{405, false, "BAD_USER_INPUT"}, gr: want{405, false, "BAD_USER_INPUT"}, allow: "GET, POST, OPTIONS"},
		{name: "a mutation over GET", method: "GET", query: url.Values{"query": {"mutation { logout }"}}.Encode(),
			json: want{405, false, "BAD_USER_INPUT"}, gr: want{405, false, "BAD_USER_INPUT"}, allow: "POST", message: "POST"},
		{name: "wrong media type", method: "POST", contentType: "text/plain", body: `{ __typename }`,
			json: want{415, false, "BAD_USER_INPUT"}, gr: want{415, false, "BAD_USER_INPUT"}, message: "Content-Type: application/json"},
		{name: "no media type", method: "POST", contentType: "-", body: `{"query":"{ __typename }"}`,
			json: want{415, false, "BAD_USER_INPUT"}, gr: want{415, false, "BAD_USER_INPUT"}},
		{name: "unknown persisted query", method: "POST",
			body: `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("0", 64) + `"}}}`,
			json: want{200, false, "BAD_USER_INPUT"}, gr: want{400, false, "BAD_USER_INPUT"}, message: "PersistedQueryNotFound"},
	}
	for _, c := range cases {
		for _, accept := range []string{jsonMedia, grMedia} {
			t.Run(c.name+" ("+accept+")", func(t *testing.T) {
				w := c.json
				if accept == grMedia {
					w = c.gr
				}
				req, err := http.NewRequest(c.method, env.URL+"/graphql?"+c.query, strings.NewReader(c.body))
				require.NoError(t, err)
				switch c.contentType {
				case "":
					req.Header.Set("Content-Type", "application/json")
				case "-":
				default:
					req.Header.Set("Content-Type", c.contentType)
				}
				req.Header.Set("Accept", accept)
				resp := doRaw(t, env, req)
				assert.Equal(t, w.status, resp.status, resp.body)
				assert.Equal(t, accept, resp.contentType, "the response's media type is the accepted one")
				if c.allow != "" {
					assert.Equal(t, c.allow, resp.allow)
				}
				var body map[string]json.RawMessage
				require.NoError(t, json.Unmarshal([]byte(resp.body), &body), resp.body)
				_, hasData := body["data"]
				assert.Equal(t, w.data, hasData, "data entry: %s", resp.body)
				var errs []struct {
					Message    string
					Extensions map[string]any
				}
				if raw, ok := body["errors"]; ok {
					require.NoError(t, json.Unmarshal(raw, &errs))
				}
				if w.code == "" {
					assert.Empty(t, errs, resp.body)
					return
				}
				require.NotEmpty(t, errs, resp.body)
				assert.Equal(t, w.code, errs[0].Extensions["code"], resp.body)
				assert.Contains(t, errs[0].Message, c.message)
			})
		}
	}

	t.Run("Accept negotiation", func(t *testing.T) {
		for accept, media := range map[string]string{
			"":              jsonMedia, // clients from before application/graphql-response+json
			"*/*":           jsonMedia,
			"application/*": jsonMedia,
			"application/graphql-response+json, application/json;q=0.9":  grMedia,
			"application/json;q=0.5, application/graphql-response+json":  grMedia,
			"application/graphql-response+json;q=0.1, application/json":  jsonMedia,
			"text/html, application/graphql-response+json;charset=utf-8": grMedia,
		} {
			resp := rawPost(t, env, "application/json", accept, `{"query":"{ __typename }"}`)
			assert.Equal(t, http.StatusOK, resp.status, accept)
			assert.Equal(t, media, resp.contentType, accept)
		}
		// Nothing we can answer in: 406, said in JSON.
		for _, accept := range []string{"text/html", "application/xml, text/plain;q=0.5", "application/json;q=0"} {
			resp := rawPost(t, env, "application/json", accept, `{"query":"{ __typename }"}`)
			assert.Equal(t, http.StatusNotAcceptable, resp.status, accept)
			assert.Contains(t, resp.body, `"code":"BAD_USER_INPUT"`)
			assert.NotContains(t, resp.body, `"data"`)
		}
	})

	t.Run("automatic persisted queries keep working without a query", func(t *testing.T) {
		const q = `{ __typename }`
		sum := sha256.Sum256([]byte(q))
		ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
		first := rawPost(t, env, "application/json", "", `{"query":"`+q+`","extensions":`+ext+`}`)
		require.Equal(t, http.StatusOK, first.status, first.body)
		for _, resp := range []rawResponse{
			rawPost(t, env, "application/json", "", `{"extensions":`+ext+`}`),
			rawGet(t, env, url.Values{"extensions": {ext}}.Encode(), ""),
		} {
			assert.Equal(t, http.StatusOK, resp.status, resp.body)
			assert.JSONEq(t, `{"data":{"__typename":"Query"}}`, resp.body)
		}
	})

	t.Run("a persisted mutation is refused over GET", func(t *testing.T) {
		const q = `mutation { logout }`
		sum := sha256.Sum256([]byte(q))
		ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
		rawPost(t, env, "application/json", "", `{"query":"`+q+`","extensions":`+ext+`}`)
		resp := rawGet(t, env, url.Values{"extensions": {ext}}.Encode(), "")
		assert.Equal(t, http.StatusMethodNotAllowed, resp.status, resp.body)
		assert.Equal(t, "POST", resp.allow)
	})
}
