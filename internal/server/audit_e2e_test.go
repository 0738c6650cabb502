package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/policy"
)

// An audit line for each login (success, failure), limit hit, and change by an admin, saying who
// (viewer, account, client address, request id) and what, and never a secret.
func TestAuditLines(t *testing.T) {
	var logs syncBuffer
	env := testapp.New(t, testapp.JSONLogTo(&logs), testapp.Configure(func(c *app.Config) {
		c.Limits.LoginPairFailures = 2
		c.Limits.LoginBackoff = time.Hour
		c.Limits.LoginMaxBackoff = time.Hour
	}))
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	dev := env.SeedDevice(t, acct.Account.ID, "SCAN-1")
	email := acct.Admin.Email

	const wrong = "wrong password 123"
	r := env.Do(t, "", `mutation SignIn($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`, map[string]any{"e": email, "p": wrong})
	require.NotEmpty(t, r.Errors)
	var login struct{ Login struct{ Token string } }
	env.MustDo(t, "", `mutation SignIn($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`, map[string]any{"e": email, "p": testapp.Password}, &login)
	admin := login.Login.Token

	const newPassword = "a brand new password 42"
	var created struct{ CreateUser struct{ ID string } }
	env.MustDo(t, admin, `mutation($p: String!) { createUser(input: {email: "op@acme.test", password: $p, permissions: ["count"]}) { id } }`, map[string]any{"p": newPassword}, &created)
	env.MustDo(t, admin, `mutation($id: ID!) { updateUser(id: $id, input: {password: "another password 77", permissions: ["count", "devices:read"]}) { id } }`, map[string]any{"id": created.CreateUser.ID}, nil)
	var tok struct{ CreateApiToken struct{ Token string } }
	env.MustDo(t, admin, `mutation { createApiToken(name: "ci", permissions: ["devices:read"]) { token } }`, nil, &tok)
	env.MustDo(t, admin, `mutation($s: String!) { updatePolicy(kind: PERMISSIONS, source: $s) { version } }`, map[string]any{"s": policy.DefaultSource(policy.KindPermissions)}, nil)
	env.MustDo(t, admin, `mutation { updateAccountSettings(input: {floatingIdleMinutes: 45}) { id } }`, nil, nil)
	env.MustDo(t, admin, fmt.Sprintf(`mutation { assignLicense(deviceId: "%s") { id } }`, globalID(t, env, admin, dev.Code)), nil, nil)
	const hookSecret = "webhook signing secret 9"
	env.Do(t, admin, `mutation($s: String!) { createWebhook(input: {url: "https://hooks.example.com/ct", secret: $s}) { id } }`, map[string]any{"s": hookSecret})
	// A limit hit: the login limit of this email from this address.
	for range 3 {
		env.Do(t, "", `mutation SignIn($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`, map[string]any{"e": email, "p": wrong})
	}
	// Reading is not audited.
	env.MustDo(t, admin, `query { me { id } }`, nil, nil)

	var got []map[string]any
	require.Eventually(t, func() bool {
		got = logs.lines(t, "audit")
		return len(got) >= 12
	}, 10*time.Second, 20*time.Millisecond)
	actions := make([]string, 0, len(got))
	for _, l := range got {
		actions = append(actions, fmt.Sprintf("%s:%s", l["action"], l["outcome"]))
		assert.Equal(t, true, l["audit"])
		assert.NotEmpty(t, l["request_id"], "%v", l)
		assert.Equal(t, "127.0.0.1", l["client_addr"], "%v", l)
	}
	assert.Equal(t, []string{
		"login:UNAUTHENTICATED", "login:ok", "createUser:ok", "updateUser:ok", "createApiToken:ok",
		"updatePolicy:ok", "updateAccountSettings:ok", "assignLicense:ok", got[8]["action"].(string) + ":" + got[8]["outcome"].(string),
		"login:UNAUTHENTICATED", "login:RATE_LIMITED", "login:RATE_LIMITED",
	}, actions)
	assert.Equal(t, "createWebhook", got[8]["action"])

	failed, ok := got[0], got[1]
	assert.NotContains(t, failed, "viewer_id")
	args := failed["args"].(map[string]any)["input"].(map[string]any)
	assert.Equal(t, "[redacted]", args["password"])
	assert.NotEqual(t, email, args["email"], "the email is masked")
	assert.EqualValues(t, acct.Admin.ID, ok["user_id"], "who logged in")
	for _, l := range got[2:9] {
		assert.EqualValues(t, acct.Admin.ID, l["viewer_id"], "%v", l)
		assert.EqualValues(t, acct.Account.ID, l["account_id"], "%v", l)
		assert.Equal(t, "ADMIN", l["role"])
	}
	assert.NotEmpty(t, got[2]["target_id"], "the user created")
	assert.Equal(t, []any{"count", "devices:read"}, got[3]["args"].(map[string]any)["input"].(map[string]any)["permissions"])
	assert.Equal(t, "PERMISSIONS", got[5]["args"].(map[string]any)["kind"])
	assert.Contains(t, got[5]["args"].(map[string]any)["source"], "bytes)", "a policy's source by its length")
	assert.EqualValues(t, 45, got[6]["args"].(map[string]any)["input"].(map[string]any)["floatingIdleMinutes"])
	assert.Equal(t, "WARN", got[10]["level"])
	assert.Equal(t, true, got[10]["limit_hit"])

	logs.mu.Lock()
	all := logs.b.String()
	logs.mu.Unlock()
	for _, secret := range []string{wrong, testapp.Password, newPassword, "another password 77", hookSecret, admin, tok.CreateApiToken.Token} {
		assert.NotContains(t, all, secret, "no secret in the log")
	}
	assert.False(t, strings.Contains(all, "cts_") || strings.Contains(all, "ctk_"), "no token in the log")
}

// globalID is the device's GraphQL id.
func globalID(t *testing.T, env *testapp.Env, token, code string) string {
	t.Helper()
	var out struct {
		Account struct {
			Devices struct {
				Edges []struct{ Node struct{ ID, Code string } }
			}
		}
	}
	env.MustDo(t, token, `query { account { devices(first: 10) { edges { node { id code } } } } }`, nil, &out)
	for _, e := range out.Account.Devices.Edges {
		if e.Node.Code == code {
			return e.Node.ID
		}
	}
	t.Fatalf("no device %s", code)
	return ""
}
