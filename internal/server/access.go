package server

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// accessRecord collects, along a request, what its access log line tells: filled by the
// handlers inside (the viewer, the GraphQL operation), read once the response is written.
type accessRecord struct {
	mu        sync.Mutex
	operation string
	viewerID  int
	tokenID   int
}

type accessKey struct{}

func accessFrom(ctx context.Context) *accessRecord {
	r, _ := ctx.Value(accessKey{}).(*accessRecord)
	return r
}

func (a *accessRecord) setViewer(userID, tokenID int) {
	if a == nil {
		return
	}
	a.mu.Lock()
	a.viewerID, a.tokenID = userID, tokenID
	a.mu.Unlock()
}

// operationNamer records each operation's name (or its type, for an anonymous one) for the
// access log.
type operationNamer struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = operationNamer{}

func (operationNamer) ExtensionName() string                   { return "OperationNamer" }
func (operationNamer) Validate(graphql.ExecutableSchema) error { return nil }
func (operationNamer) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if rec := accessFrom(ctx); rec != nil && graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name := oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name
			if name == "" {
				name = "(anonymous " + string(oc.Operation.Operation) + ")"
			}
		}
		rec.mu.Lock()
		if rec.operation == "" {
			rec.operation = name
		} else if len(rec.operation) < 200 {
			rec.operation += "," + name // a batch, or operations on one WebSocket
		}
		rec.mu.Unlock()
	}
	return next(ctx)
}

// countingWriter counts the bytes of a response body.
type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n += int64(n)
	return n, err
}

func (c *countingWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// accessLog writes one info line per request once it is answered: method, path, GraphQL
// operation, status, duration, bytes, request id (from the log handler), viewer, client
// address. Never a header, a body or a variable: no secret reaches the log.
func (s *Server) accessLog(next http.Handler) http.Handler {
	if !s.cfg.AccessLog {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &accessRecord{}
		cw := &countingWriter{ResponseWriter: w}
		sr := &statusRecorder{ResponseWriter: cw}
		next.ServeHTTP(sr, r.WithContext(context.WithValue(r.Context(), accessKey{}, rec)))
		status := sr.status
		if status == 0 {
			status = http.StatusOK
		}
		rec.mu.Lock()
		op, viewer, token := rec.operation, rec.viewerID, rec.tokenID
		rec.mu.Unlock()
		attrs := []any{"method", boundedMethod(r.Method), "path", r.URL.Path, "status", status,
			"duration_ms", float64(time.Since(start).Microseconds()) / 1000, "bytes", cw.n}
		// request_id and client_addr come from the log handler (LogHandler).
		if op != "" {
			attrs = append(attrs, "operation", op)
		}
		if viewer != 0 {
			attrs = append(attrs, "viewer_id", viewer)
		}
		if token != 0 {
			attrs = append(attrs, "api_token_id", token)
		}
		if isWebSocketUpgrade(r) {
			attrs = append(attrs, "websocket", true)
		}
		s.log.InfoContext(r.Context(), "request", attrs...)
	})
}

// boundedMethod keeps a metric or log label to the methods HTTP defines.
func boundedMethod(m string) string {
	switch m {
	case http.MethodGet, http.MethodPost, http.MethodOptions, http.MethodHead, http.MethodPut,
		http.MethodDelete, http.MethodPatch, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "OTHER"
}
