package identity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

func bothStores(t *testing.T, f func(t *testing.T, env *testapp.Env)) {
	for _, store := range []struct {
		name string
		opts []testapp.Option
	}{{"postgres", nil}, {"sqlite", []testapp.Option{testapp.SQLite()}}} {
		t.Run(store.name, func(t *testing.T) { f(t, testapp.New(t, store.opts...)) })
	}
}

// An operator with users:manage may not take over one holding more (the probe changed a
// policies:manage operator's password, logged in as it and opened the whole account).
func TestNoPrivilegeTakeoverBetweenOperators(t *testing.T) {
	bothStores(t, func(t *testing.T, env *testapp.Env) {
		acct := env.SeedAccount(t, testapp.AccountSpec{})
		manager := env.SeedUser(t, acct.Account.ID, "", "users:manage", "count")
		managerTok := env.Token(t, manager, 0)
		policyMan := env.SeedUser(t, acct.Account.ID, "", "policies:manage", "count")
		peer := env.SeedUser(t, acct.Account.ID, "", "count")
		update := `mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id } }`
		for name, in := range map[string]map[string]any{
			"password":    {"password": "a brand new password"},
			"disabled":    {"disabled": true},
			"notes":       {"notes": "mine now"},
			"permissions": {"permissions": []string{"count"}},
		} {
			r := env.Do(t, managerTok, update, map[string]any{"id": fmt.Sprint(policyMan.ID), "in": in})
			assert.Equal(t, "FORBIDDEN", r.Code(), name)
		}
		r := env.Do(t, managerTok, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": fmt.Sprint(policyMan.ID)})
		assert.Equal(t, "FORBIDDEN", r.Code())
		r = env.Do(t, managerTok, update, map[string]any{"id": fmt.Sprint(acct.Admin.ID), "in": map[string]any{"password": "a brand new password"}})
		assert.Equal(t, "FORBIDDEN", r.Code(), "the admin")
		// The policy manager still logs in with its own password.
		_, err := login(t, env, policyMan.Email, testapp.Password)
		require.NoError(t, err)

		// Within what it holds it still manages: a count-only operator.
		env.MustDo(t, managerTok, update, map[string]any{"id": fmt.Sprint(peer.ID), "in": map[string]any{"notes": "line 2", "password": "a brand new password"}}, nil)
		env.MustDo(t, managerTok, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": fmt.Sprint(peer.ID)}, nil)

		// The same rule for API tokens: a users:manage operator revokes only tokens within its own permissions.
		admin := env.Token(t, acct.Admin, 0)
		var big, small struct {
			CreateApiToken struct{ Token string } `json:"createApiToken"`
		}
		env.MustDo(t, admin, `mutation { createApiToken(name: "policy bot", permissions: ["policies:manage"]) { token } }`, nil, &big)
		env.MustDo(t, admin, `mutation { createApiToken(name: "user bot", permissions: ["users:manage"]) { token } }`, nil, &small)
		var toks struct {
			Account struct {
				ApiTokens []struct{ ID, Name string } `json:"apiTokens"`
			}
		}
		env.MustDo(t, admin, `{ account { apiTokens { id name } } }`, nil, &toks)
		require.Len(t, toks.Account.ApiTokens, 2)
		ids := map[string]string{}
		for _, tk := range toks.Account.ApiTokens {
			ids[tk.Name] = tk.ID
		}
		revoke := `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`
		assert.Equal(t, "FORBIDDEN", env.Do(t, managerTok, revoke, map[string]any{"id": ids["policy bot"]}).Code())
		assert.Equal(t, "FORBIDDEN", env.Do(t, small.CreateApiToken.Token, revoke, map[string]any{"id": ids["policy bot"]}).Code(),
			"a token with users:manage")
		env.MustDo(t, managerTok, revoke, map[string]any{"id": ids["user bot"]}, nil)

		// A token acting on users: the same subset rule.
		var tok3 struct {
			CreateApiToken struct{ Token string } `json:"createApiToken"`
		}
		env.MustDo(t, admin, `mutation { createApiToken(name: "users", permissions: ["users:manage", "count"]) { token } }`, nil, &tok3)
		r = env.Do(t, tok3.CreateApiToken.Token, update, map[string]any{"id": fmt.Sprint(policyMan.ID), "in": map[string]any{"password": "a brand new password"}})
		assert.Equal(t, "FORBIDDEN", r.Code(), "a token")

		// ADMIN: anyone in its account; itself as the account's admin cannot be disabled or deleted.
		env.MustDo(t, admin, update, map[string]any{"id": fmt.Sprint(policyMan.ID), "in": map[string]any{"notes": "checked"}}, nil)
		assert.Equal(t, "BAD_USER_INPUT", env.Do(t, admin, update, map[string]any{"id": fmt.Sprint(acct.Admin.ID), "in": map[string]any{"disabled": true}}).Code())
		assert.Equal(t, "BAD_USER_INPUT", env.Do(t, admin, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": fmt.Sprint(acct.Admin.ID)}).Code())
	})
}

// ADMIN and SUPPORT grant any permission string (an account's policy may define its own), to
// users and tokens alike; an operator only what it holds. One rule: before, a token could not
// carry a custom string its admin could give a user.
func TestGrantingIsOneRule(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)
	env.MustDo(t, admin, `mutation { createApiToken(name: "custom", permissions: ["reports:export"]) { token } }`, nil, nil)
	env.MustDo(t, admin, fmt.Sprintf(`mutation { createUser(input: {email: "custom%d@%s", password: "a good user password", permissions: ["reports:export"]}) { id } }`,
		acct.Account.ID, domainOf(acct.Admin.Email)), nil, nil)
	op := env.Token(t, env.SeedUser(t, acct.Account.ID, "", "users:manage"), 0)
	r := env.Do(t, op, `mutation { createApiToken(name: "more", permissions: ["reports:export"]) { token } }`, nil)
	assert.Equal(t, "FORBIDDEN", r.Code())
}

// Changing your own password needs the current one, and ends your other sessions (this one stays).
func TestChangingOwnPasswordNeedsTheCurrentOne(t *testing.T) {
	bothStores(t, func(t *testing.T, env *testapp.Env) {
		acct := env.SeedAccount(t, testapp.AccountSpec{})
		op := env.SeedUser(t, acct.Account.ID, "", "count")
		this, other := env.Token(t, op, 0), env.Token(t, op, 0)
		update := `mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id } }`
		id := fmt.Sprint(op.ID)
		r := env.Do(t, this, update, map[string]any{"id": id, "in": map[string]any{"password": "a brand new password"}})
		assert.Equal(t, "BAD_USER_INPUT", r.Code(), "no current password")
		r = env.Do(t, this, update, map[string]any{"id": id, "in": map[string]any{"password": "a brand new password", "currentPassword": "wrong"}})
		assert.Equal(t, "BAD_USER_INPUT", r.Code(), "a wrong current password")
		env.MustDo(t, "", `{ __typename }`, nil, nil)
		env.MustDo(t, other, `{ me { id } }`, nil, nil)

		env.MustDo(t, this, update, map[string]any{"id": id, "in": map[string]any{"password": "a brand new password", "currentPassword": testapp.Password}}, nil)
		env.MustDo(t, this, `{ me { id } }`, nil, nil)
		assert.Equal(t, "UNAUTHENTICATED", env.Do(t, other, `{ me { id } }`, nil).Code(), "the other session ended")
		_, err := login(t, env, op.Email, "a brand new password")
		require.NoError(t, err)
	})
}

func domainOf(email string) string { return email[strings.LastIndexByte(email, '@')+1:] }
