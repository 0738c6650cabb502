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
	assert.Contains(t, string(all), "graphql query Probe", "the GraphQL operation's span")
	assert.Contains(t, string(all), "POST /graphql", "the HTTP request's span")
	assert.Contains(t, string(all), "countthings", "the service name")
}
