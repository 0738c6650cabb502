package server_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/server"
	"github.com/countthings/countthings/internal/testapp"
)

// With an OTLP endpoint, each request and each GraphQL operation is a span sent to it.
func TestTracingExportsSpans(t *testing.T) {
	var (
		mu    sync.Mutex
		got   [][]byte
		paths []string
	)
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		got, paths = append(got, b), append(paths, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/x-protobuf")
	}))
	defer collector.Close()

	stop, err := server.StartTracing(context.Background(), collector.URL)
	require.NoError(t, err)
	env := testapp.New(t, testapp.SQLite(), testapp.Configure(func(c *app.Config) { c.Server.Tracing = true }))
	r := env.Do(t, "", `query Probe { __typename }`, nil)
	require.Empty(t, r.Errors)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, stop(ctx)) // flushes the batch

	mu.Lock()
	defer mu.Unlock()
	require.NotEmpty(t, got, "the collector received spans")
	all := bytes.Join(got, nil)
	assert.Contains(t, paths, "/v1/traces")
	assert.Contains(t, string(all), "query Probe", "the GraphQL operation's span")
	assert.Contains(t, string(all), "POST /graphql", "the HTTP request's span")
	assert.Contains(t, string(all), "countthings", "the service name")
}

// OTEL_SERVICE_NAME names the service, and spans are named after the operations (in-memory exporter).
func TestTracingServiceNameAndSpanNames(t *testing.T) {
	t.Setenv("OTEL_SERVICE_NAME", "countthings-eu-1")
	exp := tracetest.NewInMemoryExporter()
	stop, err := server.StartTracingWith(context.Background(), exp)
	require.NoError(t, err)
	defer func() { _ = stop(context.Background()) }()
	env := testapp.New(t, testapp.SQLite(), testapp.Configure(func(c *app.Config) { c.Server.Tracing = true }))
	require.Empty(t, env.Do(t, "", `query Overview { __typename }`, nil).Errors)
	require.NotEmpty(t, env.Do(t, "", `mutation SignIn { login(input: {email: "nobody@example.com", password: "wrong password 1"}) { token } }`, nil).Errors)
	require.Empty(t, env.Do(t, "", `{ __typename }`, nil).Errors)

	require.NoError(t, otel.GetTracerProvider().(*sdktrace.TracerProvider).ForceFlush(context.Background()))
	spans := exp.GetSpans()
	names := map[string]tracetest.SpanStub{}
	for _, s := range spans {
		names[s.Name] = s
		assert.Equal(t, "countthings-eu-1", serviceName(s), "%s: OTEL_SERVICE_NAME", s.Name)
	}
	for _, want := range []string{"query Overview", "mutation SignIn", "query", "POST /graphql"} {
		assert.Contains(t, names, want, "spans: %v", spanNames(spans))
	}
	signIn := names["mutation SignIn"]
	assert.Equal(t, codes.Error, signIn.Status.Code)
	assert.Contains(t, signIn.Attributes, attribute.String("graphql.error.code", "UNAUTHENTICATED"))
	var httpSpans int
	for _, s := range spans {
		if s.Name == "POST /graphql" {
			httpSpans++
			assert.Contains(t, []string{"Overview", "SignIn", ""}, attrValue(s.Attributes, "graphql.operation.name"), "the HTTP span carries the operation's name")
		}
	}
	assert.Equal(t, 3, httpSpans)
}

func serviceName(s tracetest.SpanStub) string {
	v, _ := s.Resource.Set().Value("service.name")
	return v.AsString()
}

func attrValue(attrs []attribute.KeyValue, key string) string {
	for _, a := range attrs {
		if string(a.Key) == key {
			return a.Value.AsString()
		}
	}
	return "(none)"
}

func spanNames(spans tracetest.SpanStubs) []string {
	out := make([]string, 0, len(spans))
	for _, s := range spans {
		out = append(out, s.Name)
	}
	return out
}
