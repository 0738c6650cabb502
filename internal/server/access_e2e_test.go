package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines(t *testing.T, msg string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(s.b.Bytes()))
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		if m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// One info line per request, with what an operator needs and no secret.
func TestAccessLog(t *testing.T) {
	var logs syncBuffer
	env := testapp.New(t, testapp.JSONLogTo(&logs), testapp.Configure(func(c *app.Config) { c.Server.AccessLog = true }))
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	token := env.Token(t, acct.Admin, 0)
	r := env.Do(t, token, `query Overview { me { email } }`, nil)
	require.Empty(t, r.Errors)
	r = env.Do(t, "", `mutation SignIn { login(input: {email: "nobody@example.com", password: "secret password 1"}) { token } }`, nil)
	require.NotEmpty(t, r.Errors)

	var got []map[string]any
	require.Eventually(t, func() bool { got = logs.lines(t, "request"); return len(got) >= 2 }, 5*time.Second, 20*time.Millisecond)
	overview, signIn := got[0], got[1]
	assert.Equal(t, "INFO", overview["level"])
	assert.Equal(t, "POST", overview["method"])
	assert.Equal(t, "/graphql", overview["path"])
	assert.Equal(t, "Overview", overview["operation"])
	assert.EqualValues(t, 200, overview["status"])
	assert.EqualValues(t, acct.Admin.ID, overview["viewer_id"])
	assert.Equal(t, "127.0.0.1", overview["client_addr"])
	assert.NotEmpty(t, overview["request_id"])
	assert.Positive(t, overview["bytes"])
	assert.Contains(t, overview, "duration_ms")
	assert.Equal(t, "SignIn", signIn["operation"])
	assert.NotContains(t, signIn, "viewer_id")

	logs.mu.Lock()
	all := logs.b.String()
	logs.mu.Unlock()
	assert.NotContains(t, all, token, "no token in the log")
	assert.NotContains(t, all, "secret password 1", "no password in the log")
}

func TestMetricsLabelsAreBounded(t *testing.T) {
	env := testapp.New(t)
	for _, m := range []string{"FROB", "BREW", "PROPFIND"} {
		req, err := http.NewRequest(m, env.URL+"/graphql", nil)
		require.NoError(t, err)
		resp, err := env.HTTP.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
	}
	for _, p := range []string{"/nope", "/wp-login.php", "/a/b/c"} {
		resp, err := env.HTTP.Get(env.URL + p)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusNotFound, resp.StatusCode)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := env.Dial(ctx, "")
	require.NoError(t, err)

	m := scrape(t, env)
	assert.Equal(t, 3.0, m[`countthings_http_request_duration_seconds_count{method="OTHER",route="graphql",status="405"}`])
	assert.Equal(t, 3.0, m[`countthings_http_request_duration_seconds_count{method="GET",route="not_found",status="404"}`])
	assert.Equal(t, 1.0, m[`countthings_websocket_connections`])
	var buildInfo bool
	for k, v := range m {
		assert.NotContains(t, k, `method="FROB"`)
		assert.NotContains(t, k, `status="101"`, "a WebSocket is not a request in the latency histogram")
		if strings.HasPrefix(k, "countthings_build_info{") {
			buildInfo = v == 1 && strings.Contains(k, `go_version="go1.`) && strings.Contains(k, `opa_version=`)
		}
	}
	assert.True(t, buildInfo, "countthings_build_info")

	conn.CloseNow()
	require.Eventually(t, func() bool {
		m = scrape(t, env)
		return m[`countthings_websocket_connections`] == 0 && m[`countthings_websocket_connection_duration_seconds_count`] == 1
	}, 5*time.Second, 20*time.Millisecond)
}
