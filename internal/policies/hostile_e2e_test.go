package policies_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

func hostileSource(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "hostile", name+".rego"))
	require.NoError(t, err)
	return string(b)
}

// waitFor polls cond (the engine's own counters: no sleep decides the test's outcome).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited 20 s for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Hostile policies over HTTP, as an account's admin would send them: each draft is refused
// with POLICY_INVALID saying why; while one runs to its time limit, other requests answer;
// drafts beyond the workers and their queue are RATE_LIMITED at once; a stored policy that
// runs a bomb for one action denies that action (FORBIDDEN) instead of stalling it.
func TestHostilePoliciesOverHTTP(t *testing.T) {
	// A time limit long enough that "answered while the hostile draft still ran" is an
	// ordering on any machine, not a race.
	env := testapp.New(t, testapp.Configure(func(c *app.Config) {
		c.PolicyTimeout = 2 * time.Second
		c.DraftWorkers, c.DraftQueue = 1, 1
	}))
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)

	for _, name := range []string{"bits_lsh_huge", "bits_lsh", "sprintf_replace", "numbers_range", "big_literal", "json_marshal_dag", "regex_input"} {
		r := env.Do(t, admin, updatePolicy, map[string]any{"kind": "PERMISSIONS", "source": hostileSource(t, name)})
		require.Equal(t, "POLICY_INVALID", r.Code(), "%s: %+v", name, r.Errors)
		assert.Regexp(t, `too costly|too big|limited to`, r.Errors[0].Message, name)
		problems, _ := r.Errors[0].Extensions["problems"].([]any)
		assert.NotEmpty(t, problems, name)
	}
	input := map[string]any{"subject": map[string]any{"id": "1", "kind": "user", "role": "OPERATOR", "permissions": []string{}}, "action": "device.login", "resource": map[string]any{}}
	r := env.Do(t, admin, evaluatePolicy, map[string]any{"kind": "PERMISSIONS", "input": input, "source": hostileSource(t, "bits_lsh")})
	assert.Equal(t, "POLICY_INVALID", r.Code(), "%+v", r.Errors)
	r = env.Do(t, admin, evaluatePolicy, map[string]any{"kind": "PERMISSIONS", "input": map[string]any{"action": 1e300, "n": []any{1e300, 1e300}}})
	assert.NotEqual(t, "INTERNAL", r.Code(), "%+v", r.Errors)

	// One draft that runs to its limit holds the only worker, a second waits in the queue.
	engine := env.App.Engine
	slow := hostileSource(t, "hashing_forever")
	first, second := make(chan *testapp.Response, 1), make(chan *testapp.Response, 1)
	go func() {
		first <- env.Do(t, admin, updatePolicy, map[string]any{"kind": "PERMISSIONS", "source": slow})
	}()
	waitFor(t, "the first draft to run", func() bool { return engine.DraftsRunning() == 1 })
	go func() {
		second <- env.Do(t, admin, evaluatePolicy, map[string]any{"kind": "PERMISSIONS", "input": input, "source": slow})
	}()
	waitFor(t, "the second draft to wait", func() bool { return engine.DraftsWaiting() == 1 })

	// Meanwhile: other requests answer, and a third draft is refused at once.
	var typename struct {
		Typename string `json:"__typename"`
	}
	env.MustDo(t, "", `{ __typename }`, nil, &typename)
	assert.Equal(t, "Query", typename.Typename)
	r = env.Do(t, admin, updatePolicy, map[string]any{"kind": "PERMISSIONS", "source": hostileSource(t, "bits_lsh")})
	assert.Equal(t, "RATE_LIMITED", r.Code(), "%+v", r.Errors)
	assert.Equal(t, 1, engine.DraftsRunning(), "the first draft was still running")
	select {
	case <-first:
		t.Fatal("the hostile draft ended before the other requests were answered")
	default:
	}

	r = <-first
	assert.Equal(t, "POLICY_INVALID", r.Code(), "%+v", r.Errors)
	assert.Contains(t, r.Errors[0].Message, "too costly")
	r = <-second
	assert.Equal(t, "POLICY_INVALID", r.Code(), "%+v", r.Errors)

	// A policy that passes the conformance cases and runs a bomb for event.read only.
	env.MustDo(t, admin, updatePolicy, map[string]any{"kind": "PERMISSIONS", "source": hostileSource(t, filepath.Join("live", "one_action"))}, nil)
	operator := env.Token(t, env.SeedUser(t, acct.Account.ID, "", "count"), 0)
	r = env.Do(t, operator, `{ licenseEvents(first: 5) { edges { cursor } } }`, nil)
	assert.Equal(t, "FORBIDDEN", r.Code(), "fails closed: %+v", r.Errors)
	env.MustDo(t, "", `{ __typename }`, nil, nil)
}
