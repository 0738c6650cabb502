package server_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/internal/testdb"
)

// GraphQL over HTTP as the GraphQL-over-HTTP specification says, and bad input of every kind
// answered with a clear error while the server keeps serving.
func TestGraphQLOverHTTP(t *testing.T) {
	env := testapp.New(t)

	t.Run("POST query", func(t *testing.T) {
		r := env.Do(t, "", `{ __typename }`, nil)
		assert.Equal(t, http.StatusOK, r.Status)
		assert.JSONEq(t, `{"__typename":"Query"}`, string(r.Data))
	})

	t.Run("GET query, both media types", func(t *testing.T) {
		q := url.Values{"query": {`{ __typename }`}}.Encode()
		for _, accept := range []string{"application/json", "application/graphql-response+json"} {
			resp := rawGet(t, env, q, accept)
			assert.Equal(t, http.StatusOK, resp.status)
			assert.Equal(t, accept, resp.contentType)
			assert.Contains(t, resp.body, `"__typename":"Query"`)
		}
	})

	t.Run("mutation over GET is refused with 405", func(t *testing.T) {
		resp := rawGet(t, env, url.Values{"query": {`mutation { logout }`}}.Encode(), "")
		assert.Equal(t, http.StatusMethodNotAllowed, resp.status)
		assert.Equal(t, "POST", resp.allow)
		assert.Contains(t, resp.body, "BAD_USER_INPUT")
	})

	t.Run("syntax error: 200 with application/json, 400 with graphql-response+json", func(t *testing.T) {
		r := env.Do(t, "", `{ __typename `, nil)
		assert.Equal(t, http.StatusOK, r.Status)
		assert.Equal(t, "BAD_USER_INPUT", r.Code())
		resp := rawPost(t, env, "application/json", "application/graphql-response+json", `{"query":"{ __typename "}`)
		assert.Equal(t, http.StatusBadRequest, resp.status)
		assert.Contains(t, resp.body, "BAD_USER_INPUT")
	})

	bad := []struct {
		name, contentType, body string
		status                  int
		message                 string
	}{
		{"malformed JSON", "application/json", `{"query": `, http.StatusBadRequest, "not a JSON object"},
		{"JSON that is not an object", "application/json", `[1,2]`, http.StatusBadRequest, "not a JSON object"},
		{"query not a string", "application/json", `{"query": 42}`, http.StatusBadRequest, `must be a string`},
		{"unknown field", "application/json", `{"query":"{ nope }"}`, http.StatusOK, `Cannot query field`},
		{"wrong variable type", "application/json", `{"query":"query($id: ID!){ node(id: $id) { id } }","variables":{"id":{"a":1}}}`, http.StatusOK, ""},
		{"bad ID", "application/json", `{"query":"{ node(id: \"abc\") { id } }"}`, http.StatusOK, `is not a valid ID`},
		{"unknown enum value", "application/json", `{"query":"query($k: PolicyKind!){ evaluatePolicy(kind: $k, input: {}) }","variables":{"k":"NOPE"}}`, http.StatusOK, ""},
		{"wrong media type", "text/plain", `{ __typename }`, http.StatusUnsupportedMediaType, "application/json"},
		{"10 MiB body", "application/json", `{"query":"{ __typename }","x":"` + strings.Repeat("a", 10<<20) + `"}`, http.StatusRequestEntityTooLarge, "larger than"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			resp := rawPost(t, env, c.contentType, "", c.body)
			assert.Equal(t, c.status, resp.status, resp.body)
			assert.Contains(t, resp.body, `"code":"BAD_USER_INPUT"`, resp.body)
			assert.Contains(t, resp.body, c.message)
			assert.NotContains(t, resp.body, "goroutine", "no stack traces")
			assert.Less(t, len(resp.body), 4096, "the error does not echo the body back")
		})
	}

	t.Run("other methods are refused", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPut, env.URL+"/graphql", strings.NewReader(`{}`))
		resp, err := env.HTTP.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
	})

	t.Run("still serving after all of that", func(t *testing.T) {
		r := env.Do(t, "", `{ __typename }`, nil)
		assert.Equal(t, http.StatusOK, r.Status)
		assert.Empty(t, r.Errors)
	})
}

func TestEndpoints(t *testing.T) {
	env := testapp.New(t)
	for path, want := range map[string]string{
		"/healthz": "ok",
		"/readyz":  "ok",
		"/":        "<html",
	} {
		resp, err := env.HTTP.Get(env.URL + path)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		assert.Contains(t, strings.ToLower(string(body)), want, path)
		assert.NotEmpty(t, resp.Header.Get("X-Request-Id"), path)
	}
	// An error is counted by its code in /metrics.
	env.Do(t, "", `{ nope }`, nil)
	resp, err := env.HTTP.Get(env.URL + "/metrics")
	require.NoError(t, err)
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	body := metricLines(string(raw))
	assert.Contains(t, string(body), `countthings_graphql_errors_total{code="BAD_USER_INPUT"}`)
	assert.Contains(t, string(body), `countthings_http_request_duration_seconds_count{method="POST",route="graphql",status="200"}`)
	assert.Contains(t, string(body), `go_sql_max_open_connections{db_name="countthings"}`)
}

func TestReadyzFailsWhenTheDatabaseIsGone(t *testing.T) {
	env := testapp.New(t)
	require.NoError(t, env.App.DB.SQL.Close())
	resp, err := env.HTTP.Get(env.URL + "/readyz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	// The process is still up.
	resp, err = env.HTTP.Get(env.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

type rawResponse struct {
	status                   int
	contentType, allow, body string
}

func rawGet(t *testing.T, env *testapp.Env, rawQuery, accept string) rawResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, env.URL+"/graphql?"+rawQuery, nil)
	require.NoError(t, err)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return doRaw(t, env, req)
}

func rawPost(t *testing.T, env *testapp.Env, contentType, accept, body string) rawResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, env.URL+"/graphql", bytes.NewBufferString(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", contentType)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return doRaw(t, env, req)
}

func doRaw(t *testing.T, env *testapp.Env, req *http.Request) rawResponse {
	t.Helper()
	resp, err := env.HTTP.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return rawResponse{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"), allow: resp.Header.Get("Allow"), body: string(b)}
}

// metricLines keeps the countthings_ and go_sql_ series, so a failure prints a short text.
func metricLines(all string) string {
	var out []string
	for _, l := range strings.Split(all, "\n") {
		if strings.HasPrefix(l, "countthings_") || strings.HasPrefix(l, "go_sql_") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// Started without migrating on an unmigrated database, the server is not ready (every
// request would fail) until the migrations are applied.
func TestReadyzFailsWhileTheSchemaIsBehind(t *testing.T) {
	env := testapp.New(t, testapp.SharedDatabase(testdb.EmptyPostgresURL(t)),
		testapp.Configure(func(c *app.Config) { c.NoMigrate = true }))
	get := func() (int, string) {
		resp, err := env.HTTP.Get(env.URL + "/readyz")
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get()
	assert.Equal(t, http.StatusServiceUnavailable, code)
	assert.Contains(t, body, "behind")
	assert.Contains(t, body, "countthings migrate")

	_, err := env.App.DB.Migrate(context.Background())
	require.NoError(t, err)
	code, body = get()
	assert.Equal(t, http.StatusOK, code, body)
}
