package faults_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/internal/testdb"
)

const requestTimeout = 3 * time.Second

// load runs heartbeats and reads from a few goroutines for d and returns every result.
func load(base string, tokens []string, d time.Duration) []result {
	var (
		mu  sync.Mutex
		out []result
		wg  sync.WaitGroup
	)
	deadline := time.Now().Add(d)
	for i, tok := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; time.Now().Before(deadline); n++ {
				q, vars, tok := `mutation { heartbeat { licensed } }`, map[string]any(nil), tok
				switch {
				case strings.HasPrefix(tok, "login:"):
					// A device logging in: no token, the resolver itself meets the database.
					q = `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p, deviceCode: "LOGIN-DEV"}) { token } }`
					vars = map[string]any{"e": strings.TrimPrefix(tok, "login:"), "p": testapp.Password}
					tok = ""
				case (i+n)%3 == 0:
					q = `{ me { email } }`
				}
				r := call(base, tok, q, vars)
				mu.Lock()
				out = append(out, r)
				mu.Unlock()
				time.Sleep(10 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	return out
}

// A Postgres restart under load: while the database is unreachable every request fails fast
// with 503 UNAVAILABLE and a message that says the database is unavailable (never UNAUTHENTICATED,
// which would make a device drop its session), /readyz says 503; once the database is back,
// requests succeed again without restarting the service.
func TestPostgresRestartUnderLoad(t *testing.T) {
	direct := testdb.NewPostgresURL(t)
	u, err := url.Parse(direct)
	require.NoError(t, err)
	px := newProxy(t, u.Host)
	u.Host = px.addr
	env := testapp.New(t, testapp.SharedDatabase(u.String()), testapp.Configure(func(c *app.Config) {
		c.Server.RequestTimeout = requestTimeout
	}))

	acct := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountFloating, Floating: 2})
	var tokens []string
	for i := range 4 {
		op := env.SeedUser(t, acct.Account.ID, "", "count")
		d := env.SeedDevice(t, acct.Account.ID, fmt.Sprintf("DEV-%d", i))
		tokens = append(tokens, env.Token(t, op, d.ID))
	}
	tokens = append(tokens, "login:"+env.SeedUser(t, acct.Account.ID, "", "count").Email)

	t.Run("up", func(t *testing.T) {
		for _, r := range load(env.URL, tokens, 500*time.Millisecond) {
			require.True(t, r.err == nil && (r.code == "" || r.code == "NO_LICENSE_AVAILABLE"), "before the cut: %v", r)
		}
	})

	px.cut()
	t.Run("down: fail fast with a clear error", func(t *testing.T) {
		rs := load(env.URL, tokens, 2*time.Second)
		require.NotEmpty(t, rs)
		var slowest time.Duration
		for _, r := range rs {
			require.NoError(t, r.err)
			assert.Equal(t, "UNAVAILABLE", r.code, "while the database is down: %v", r)
			assert.Equal(t, http.StatusServiceUnavailable, r.status, "while the database is down: %v", r)
			assert.Contains(t, r.message, "database", "while the database is down: %v", r)
			slowest = max(slowest, r.took)
		}
		assert.Less(t, slowest, requestTimeout+time.Second, "requests must not hang while the database is down")
		t.Logf("while down: %d requests, slowest %v; first: %v", len(rs), slowest, rs[0])
		assert.Equal(t, http.StatusServiceUnavailable, status(env.URL+"/readyz"))
		assert.Equal(t, http.StatusOK, status(env.URL+"/healthz"))
	})

	px.restore()
	t.Run("back: recovers by itself", func(t *testing.T) {
		start := time.Now()
		require.Eventually(t, func() bool {
			return call(env.URL, tokens[0], `mutation { heartbeat { licensed } }`, nil).code == "" &&
				status(env.URL+"/readyz") == http.StatusOK
		}, 20*time.Second, 100*time.Millisecond)
		t.Logf("recovered %v after the database came back", time.Since(start).Round(time.Millisecond))
		for _, r := range load(env.URL, tokens, 500*time.Millisecond) {
			require.True(t, r.err == nil && (r.code == "" || r.code == "NO_LICENSE_AVAILABLE"), "after the restore: %v", r)
		}
		assert.Positive(t, px.open(), "the pool reconnected through the proxy")
	})
}
