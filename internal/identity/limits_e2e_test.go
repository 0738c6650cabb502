package identity_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/reqctx"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/internal/testdb"
)

const loginMutation = `mutation($e: String!, $p: String!, $d: String) {
  login(input: {email: $e, password: $p, deviceCode: $d}) { token device { code licenseStatus } }
}`

func loginInput(email, password string, device *string) identity.LoginInput {
	return identity.LoginInput{Email: email, Password: password, DeviceCode: device}
}

func loginVars(email, password string) map[string]any {
	return map[string]any{"e": email, "p": password}
}

// guessUntilRefused sends wrong passwords for email (through send) until one is refused,
// and returns how many were answered as guesses (UNAUTHENTICATED) before that.
func guessUntilRefused(t *testing.T, max int, send func(i int) *testapp.Response) (guesses int, refused *testapp.Response) {
	t.Helper()
	for i := range max {
		r := send(i)
		switch r.Code() {
		case "UNAUTHENTICATED":
			guesses++
		case "RATE_LIMITED":
			return guesses, r
		default:
			t.Fatalf("guess %d: %+v", i+1, r.Errors)
		}
	}
	return guesses, nil
}

// A site's shift start: 200 tablets of one shared operator behind one address log in at
// once; none is refused and each takes its license. Guessing another user's password from
// that address is refused before the 40th try, and that user still logs in from elsewhere.
func TestShiftStartThenGuessing(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Standard: 200})
	line := env.SeedUser(t, s.Account.ID, "", "count")

	const tablets = 200
	results := make([]*testapp.Response, tablets)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 50)
	for i := range tablets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			vars := loginVars(line.Email, testapp.Password)
			vars["d"] = fmt.Sprintf("TAB-%03d", i)
			results[i] = env.Do(t, "", loginMutation, vars)
		}()
	}
	wg.Wait()
	for i, r := range results {
		require.Empty(t, r.Errors, "tablet %d", i)
		var out struct {
			Login struct {
				Token  string
				Device struct{ LicenseStatus string }
			}
		}
		r.Decode(t, &out)
		assert.NotEmpty(t, out.Login.Token)
		assert.Equal(t, "ACTIVE", out.Login.Device.LicenseStatus, "tablet %d", i)
	}
	held, err := env.App.DB.Client.License.Query().
		Where(license.AccountID(s.Account.ID), license.DeviceIDNotNil()).Count(testapp.System())
	require.NoError(t, err)
	assert.Equal(t, tablets, held, "every tablet holds a license")

	guesses, refused := guessUntilRefused(t, 40, func(i int) *testapp.Response {
		return env.Do(t, "", loginMutation, loginVars(s.Admin.Email, fmt.Sprintf("guess number %d", i)))
	})
	require.NotNil(t, refused, "40 wrong passwords and none refused")
	assert.Less(t, guesses, 39)
	assert.Contains(t, refused.Errors[0].Message, "try again in")
	assert.NotNil(t, refused.Errors[0].Extensions["retryAfterSeconds"])
	for range 3 {
		assert.Equal(t, "RATE_LIMITED", env.Do(t, "", loginMutation, loginVars(s.Admin.Email, testapp.Password)).Code(),
			"from the guessing address even the right password waits")
	}

	r := env.DoAs(t, testapp.FromAddress("127.0.0.2"), nil, "", loginMutation, loginVars(s.Admin.Email, testapp.Password))
	require.Empty(t, r.Errors, "the admin, from another address, is not locked out")

	// Logged in /metrics.
	metrics := scrape(t, env)
	assert.GreaterOrEqual(t, metricValue(t, metrics, `countthings_login_failures_total`), float64(guesses))
	assert.GreaterOrEqual(t, metricValue(t, metrics, `countthings_rate_limited_total{limit="login"}`), float64(4))
}

func scrape(t *testing.T, env *testapp.Env) string {
	t.Helper()
	resp, err := http.Get(env.URL + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

func metricValue(t *testing.T, metrics, name string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindStringSubmatch(metrics)
	require.NotNil(t, m, "metric %s missing", name)
	v, err := strconv.ParseFloat(m[1], 64)
	require.NoError(t, err)
	return v
}

// Two instances on one database give a guesser no more tries than one, and restarting
// both forgets nothing.
func TestGuessingAcrossInstancesAndRestarts(t *testing.T) {
	dbURL := testdb.NewPostgresURL(t)
	clock := testapp.NewClock(time.Now().UTC().Truncate(time.Millisecond))
	start := func() *testapp.Env {
		return testapp.New(t, testapp.SharedDatabase(dbURL), testapp.Configure(func(c *app.Config) { c.Now = clock.Now }))
	}
	a, b := start(), start()
	s := a.SeedAccount(t, testapp.AccountSpec{})
	other := a.SeedUser(t, s.Account.ID, "", "count")

	// One instance alone.
	alone, refused := guessUntilRefused(t, 40, func(i int) *testapp.Response {
		return a.Do(t, "", loginMutation, loginVars(other.Email, fmt.Sprintf("guess %d", i)))
	})
	require.NotNil(t, refused)

	// Two instances, taking turns.
	both, refused := guessUntilRefused(t, 40, func(i int) *testapp.Response {
		env := []*testapp.Env{a, b}[i%2]
		return env.Do(t, "", loginMutation, loginVars(s.Admin.Email, fmt.Sprintf("guess %d", i)))
	})
	require.NotNil(t, refused)
	assert.Equal(t, alone, both, "two instances allow no more guesses than one")
	assert.Equal(t, "RATE_LIMITED", b.Do(t, "", loginMutation, loginVars(s.Admin.Email, testapp.Password)).Code())

	// Restart both.
	require.NoError(t, a.Shutdown(20*time.Second))
	require.NoError(t, b.Shutdown(20*time.Second))
	a.App.Close()
	b.App.Close()
	a, b = start(), start()
	for _, env := range []*testapp.Env{a, b} {
		r := env.Do(t, "", loginMutation, loginVars(s.Admin.Email, "after the restart"))
		require.Equal(t, "RATE_LIMITED", r.Code(), "a restart forgets nothing: %+v", r.Errors)
	}
	wait := refused.Errors[0].Extensions["retryAfterSeconds"].(float64)
	clock.Advance(time.Duration(wait) * time.Second)
	after, refused := guessUntilRefused(t, 40, func(i int) *testapp.Response {
		env := []*testapp.Env{a, b}[i%2]
		return env.Do(t, "", loginMutation, loginVars(s.Admin.Email, fmt.Sprintf("later guess %d", i)))
	})
	assert.Equal(t, 1, after, "after the wait, one guess, not a fresh allowance")
	require.NotNil(t, refused)
	assert.Greater(t, refused.Errors[0].Extensions["retryAfterSeconds"].(float64), wait, "and the wait grew")
}

// Behind a trusted proxy, clients are told apart by the forwarding header; a header from
// a peer that is not trusted is ignored, so forging it changes nothing.
func TestLimitsBehindProxy(t *testing.T) {
	start := func(trusted string) *testapp.Env {
		p, err := reqctx.ParseProxies(trusted, "")
		require.NoError(t, err)
		return testapp.New(t, testapp.Configure(func(c *app.Config) {
			c.Server.TrustedProxies = p
			c.Limits = limits.Config{LoginAddressFailures: 3}
		}))
	}
	xff := func(addr string) http.Header { return http.Header{"X-Forwarded-For": {"203.0.113.50, " + addr}} }
	fail := func(env *testapp.Env, h http.Header, i int) *testapp.Response {
		return env.DoAs(t, env.HTTP, h, "", loginMutation, loginVars(fmt.Sprintf("nobody%d@nowhere.example", i), "wrong"))
	}

	t.Run("trusted", func(t *testing.T) {
		env := start("127.0.0.1/32")
		for i := range 3 {
			require.Equal(t, "UNAUTHENTICATED", fail(env, xff("198.51.100.1"), i).Code())
		}
		assert.Equal(t, "RATE_LIMITED", fail(env, xff("198.51.100.1"), 10).Code(), "the first client is limited")
		assert.Equal(t, "UNAUTHENTICATED", fail(env, xff("198.51.100.2"), 11).Code(), "the second is not")
		assert.Equal(t, "RATE_LIMITED", fail(env, xff("198.51.100.1, 127.0.0.1"), 12).Code(), "trusted hops are skipped")

		for i := range 3 {
			require.Equal(t, "UNAUTHENTICATED", fail(env, xff(fmt.Sprintf("2001:db8:7:7::%x", i+1)), 20+i).Code())
		}
		assert.Equal(t, "RATE_LIMITED", fail(env, xff("2001:db8:7:7:abcd::1"), 30).Code(), "an IPv6 /64 is one client")
		assert.Equal(t, "UNAUTHENTICATED", fail(env, xff("2001:db8:7:8::1"), 31).Code())
	})

	t.Run("untrusted", func(t *testing.T) {
		env := start("")
		for i := range 3 {
			require.Equal(t, "UNAUTHENTICATED", fail(env, xff("198.51.100.1"), i).Code())
		}
		for i, forged := range []string{"198.51.100.2", "10.9.8.7", "2001:db8::1"} {
			assert.Equal(t, "RATE_LIMITED", fail(env, xff(forged), 10+i).Code(), "a forged %s changes nothing", forged)
		}
		assert.Equal(t, "UNAUTHENTICATED", env.DoAs(t, testapp.FromAddress("127.0.0.3"), nil, "", loginMutation,
			loginVars("nobody@nowhere.example", "wrong")).Code(), "a really different address is not limited")
	})
}

// The embedded SQLite default keeps the counts in its file the same way.
func TestLoginLimitsOnSQLite(t *testing.T) {
	env := testapp.New(t, testapp.SQLite())
	s := env.SeedAccount(t, testapp.AccountSpec{})
	guesses, refused := guessUntilRefused(t, 40, func(i int) *testapp.Response {
		return env.Do(t, "", loginMutation, loginVars(s.Admin.Email, fmt.Sprintf("guess %d", i)))
	})
	require.NotNil(t, refused)
	assert.Equal(t, 5, guesses)
	assert.Equal(t, "RATE_LIMITED", env.Do(t, "", loginMutation, loginVars(s.Admin.Email, testapp.Password)).Code())
	env.Clock.Advance(time.Second)
	r := env.Do(t, "", loginMutation, loginVars(s.Admin.Email, testapp.Password))
	require.Empty(t, r.Errors, "after the wait the right password works")
	r = env.Do(t, "", loginMutation, loginVars(s.Admin.Email, testapp.Password))
	require.Empty(t, r.Errors, "and a success costs nothing")
	r = env.DoAs(t, testapp.FromAddress("127.0.0.2"), nil, "", loginMutation, loginVars(s.Admin.Email, testapp.Password))
	require.Empty(t, r.Errors)
}

// A successful login sends the database no statement more for its limits (counted on the
// wire); a failed one pays for the count.
func TestSuccessfulLoginAddsNoStatement(t *testing.T) {
	direct := testdb.NewPostgresURL(t)
	env := testapp.New(t, testapp.SharedDatabase(direct))
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 2})
	op := env.SeedUser(t, s.Account.ID, "", "count")
	// A second service on the same database through the counting proxy, not serving: no
	// background work (LISTEN, polls) runs through it, only the logins.
	counted, n := testdb.CountingURL(t, direct)
	svc, err := app.New(context.Background(), app.Config{DatabaseURL: counted, NoMigrate: true, Now: env.Clock.Now},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	require.NoError(t, err)
	t.Cleanup(func() { svc.Close() })
	ctx := reqctx.WithClientAddr(context.Background(), "192.0.2.1")
	login := func(email, password string, device *string) error {
		_, err := svc.Identity.Login(ctx, loginInput(email, password, device))
		return err
	}
	dev := "DEV-1"
	require.NoError(t, login(op.Email, testapp.Password, &dev)) // warm: statements prepared, device registered
	require.NoError(t, login(op.Email, testapp.Password, nil))

	// The counts of the same logins before the limits were kept in the database (an
	// in-process limiter): the limits ride along the user's lookup.
	n.Reset()
	require.NoError(t, login(op.Email, testapp.Password, nil))
	assert.EqualValues(t, 6, n.Load(), "statements of a web login")
	n.Reset()
	require.NoError(t, login(op.Email, testapp.Password, &dev))
	assert.EqualValues(t, 12, n.Load(), "statements of a device login")

	n.Reset()
	require.Error(t, login(op.Email, "wrong password", nil))
	assert.EqualValues(t, 2, n.Load(), "a failure: the user with its limits, then the count (before: 1)")
}
