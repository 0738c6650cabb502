package identity_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/accounts"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/testapp"
)

// Each role's allowed and refused actions, through the services the resolvers call.
func TestRoles(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	ids, accts := env.App.Identity, env.App.Accounts

	admin := as(t, env, s.Admin)
	tok, err := ids.CreateAPIToken(admin, "inventory sync", []string{"devices:read"})
	require.NoError(t, err)

	viewers := []struct {
		name string
		ctx  context.Context
	}{
		{"support", as(t, env, env.SeedSupport(t))},
		{"admin", admin},
		{"counter", as(t, env, env.SeedUser(t, s.Account.ID, "", "count"))},
		{"user manager", as(t, env, env.SeedUser(t, s.Account.ID, "", "users:manage"))},
		{"device reader", as(t, env, env.SeedUser(t, s.Account.ID, "", "devices:read"))},
		{"api token", viewerCtx(t, env, tok.Token)},
		{"anonymous", context.Background()},
	}
	n := 0
	next := func() int { n++; return n }
	actions := []struct {
		name string
		do   func(ctx context.Context) error
		want []string // per viewer, in the order above; "" = allowed
	}{
		{"createAccount", func(ctx context.Context) error {
			_, err := accts.Create(ctx, accounts.CreateAccountInput{Name: "New", Email: fmt.Sprintf("counting@new%d.example", next()),
				AdminPassword: "a good admin password", Type: enums.AccountStandard, StandardLicenses: 1,
				ExpiresAt: env.Clock.Now().Add(time.Hour)})
			return err
		}, []string{"", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"accounts", func(ctx context.Context) error { _, err := accts.List(ctx, nil, nil); return err },
			[]string{"", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"accountRequests", func(ctx context.Context) error { _, err := accts.Requests(ctx, nil); return err },
			[]string{"", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"account", func(ctx context.Context) error { _, err := accts.Current(ctx); return err },
			[]string{"", "", "FORBIDDEN", "FORBIDDEN", "", "", "UNAUTHENTICATED"}},
		{"account.users", func(ctx context.Context) error { _, err := accts.Users(ctx, s.Account, nil, nil); return err },
			[]string{"", "", "FORBIDDEN", "", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"account.apiTokens", func(ctx context.Context) error { _, err := ids.APITokens(ctx, s.Account); return err },
			[]string{"", "", "FORBIDDEN", "", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"createUser", func(ctx context.Context) error {
			_, err := ids.CreateUser(ctx, identity.CreateUserInput{Email: fmt.Sprintf("new%d@acme.example", next()),
				Password: "a good user password", Permissions: []string{"count"}})
			return err
		}, []string{"BAD_USER_INPUT", "", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"createUser within own permissions", func(ctx context.Context) error {
			_, err := ids.CreateUser(ctx, identity.CreateUserInput{Email: fmt.Sprintf("new%d@acme.example", next()),
				Password: "a good user password", Permissions: []string{"users:manage"}})
			return err
		}, []string{"BAD_USER_INPUT", "", "FORBIDDEN", "", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"updateAccountSettings", func(ctx context.Context) error {
			_, err := accts.UpdateSettings(ctx, accounts.AccountSettingsInput{FloatingIdleMinutes: ptr(20)})
			return err
		}, []string{"BAD_USER_INPUT", "", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"createApiToken", func(ctx context.Context) error {
			_, err := ids.CreateAPIToken(ctx, "t", []string{"devices:read"})
			return err
		}, []string{"BAD_USER_INPUT", "", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"}},
		{"node(admin)", func(ctx context.Context) error { _, err := ids.Node(ctx, s.Admin.ID); return err },
			[]string{"", "", "NOT_FOUND", "", "NOT_FOUND", "NOT_FOUND", "UNAUTHENTICATED"}},
		{"node(account)", func(ctx context.Context) error { _, err := ids.Node(ctx, s.Account.ID); return err },
			[]string{"", "", "NOT_FOUND", "NOT_FOUND", "", "", "UNAUTHENTICATED"}},
		{"me", func(ctx context.Context) error { _, err := ids.Me(ctx); return err },
			[]string{"", "", "", "", "", "", "UNAUTHENTICATED"}},
	}
	for _, a := range actions {
		for i, v := range viewers {
			t.Run(a.name+"/"+v.name, func(t *testing.T) {
				err := a.do(v.ctx)
				assert.Equal(t, a.want[i], codeOf(err), "%v", err)
			})
		}
	}
}

func TestUserRules(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	ids := env.App.Identity
	admin := as(t, env, s.Admin)

	u, err := ids.CreateUser(admin, identity.CreateUserInput{Email: "Op@Acme.example", Password: "a good user password",
		Notes: ptr("night shift"), Permissions: []string{"count", "count", "custom.thing"}})
	require.NoError(t, err)
	assert.Equal(t, "op@acme.example", u.Email)
	assert.Equal(t, []string{"count", "custom.thing"}, u.Permissions)
	assert.Equal(t, enums.RoleOperator, u.Role)

	_, err = ids.CreateUser(admin, identity.CreateUserInput{Email: "OP@acme.example", Password: "a good user password"})
	assert.Equal(t, "CONFLICT", codeOf(err), "emails are unique whatever their case")

	bad := []identity.CreateUserInput{
		{Email: "not-an-email", Password: "a good user password"},
		{Email: "x1@acme.example", Password: "short"},
		{Email: "x2@acme.example", Password: "1234567890"},
		{Email: "x3@acme.example", Password: "a good user password", Permissions: []string{"Users:Manage"}},
		{Email: "x4@acme.example", Password: "a good user password", Permissions: make([]string, 51)},
		{Email: "x5@acme.example", Password: "a good user password", Notes: ptr(string(make([]byte, 10001)))},
	}
	for i := range bad[4].Permissions {
		bad[4].Permissions[i] = fmt.Sprintf("p%d", i)
	}
	for _, in := range bad {
		_, err := ids.CreateUser(admin, in)
		assert.Equal(t, "BAD_USER_INPUT", codeOf(err), "%s: %v", in.Email, err)
	}

	// The admin cannot lock itself out, nor be deleted.
	_, err = ids.UpdateUser(admin, s.Admin.ID, identity.UpdateUserInput{Disabled: ptr(true)})
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	_, err = ids.DeleteUser(admin, s.Admin.ID)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	_, err = ids.UpdateUser(admin, s.Admin.ID, identity.UpdateUserInput{Permissions: []string{}})
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err), "the admin's role holds every permission")

	// A user manager cannot touch the admin nor hand out what it lacks.
	mgr := as(t, env, env.SeedUser(t, s.Account.ID, "", "users:manage", "count"))
	_, err = ids.UpdateUser(mgr, s.Admin.ID, identity.UpdateUserInput{Password: ptr("a new admin password")})
	assert.Equal(t, "FORBIDDEN", codeOf(err))
	_, err = ids.DeleteUser(mgr, s.Admin.ID)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	_, err = ids.UpdateUser(mgr, u.ID, identity.UpdateUserInput{Permissions: []string{"licenses:manage"}})
	assert.Equal(t, "FORBIDDEN", codeOf(err))
	_, err = ids.UpdateUser(mgr, u.ID, identity.UpdateUserInput{Notes: ptr("")})
	assert.Equal(t, "FORBIDDEN", codeOf(err), "the user holds custom.thing, which the manager lacks")
	_, err = ids.UpdateUser(admin, u.ID, identity.UpdateUserInput{Permissions: []string{"count", "users:manage"}})
	require.NoError(t, err)
	u, err = ids.UpdateUser(mgr, u.ID, identity.UpdateUserInput{Permissions: []string{"count"}, Notes: ptr("")})
	require.NoError(t, err)
	assert.Equal(t, []string{"count"}, u.Permissions)
	assert.Nil(t, u.Notes)

	// A password reset by the admin ends the user's sessions; the new password works.
	p, err := login(t, env, u.Email, "a good user password")
	require.NoError(t, err)
	_, err = ids.UpdateUser(admin, u.ID, identity.UpdateUserInput{Password: ptr("another good password")})
	require.NoError(t, err)
	_, err = ids.Authenticate(context.Background(), p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))
	_, err = login(t, env, u.Email, "another good password")
	require.NoError(t, err)

	id, err := ids.DeleteUser(admin, u.ID)
	require.NoError(t, err)
	assert.Equal(t, u.ID, id)
	_, err = ids.Node(admin, u.ID)
	assert.Equal(t, "NOT_FOUND", codeOf(err))
	_, err = login(t, env, u.Email, "another good password")
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))
}

func TestAPITokens(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	ids := env.App.Identity
	admin := as(t, env, s.Admin)

	_, err := ids.CreateAPIToken(as(t, env, env.SeedUser(t, s.Account.ID, "", "users:manage")), "x", []string{"devices:read"})
	assert.Equal(t, "FORBIDDEN", codeOf(err), "a token carries a subset of its creator's permissions")
	_, err = ids.CreateAPIToken(admin, "x", nil)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	_, err = ids.CreateAPIToken(admin, " ", []string{"count"})
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))

	p, err := ids.CreateAPIToken(admin, "inventory sync", []string{"devices:read", "events:read"})
	require.NoError(t, err)
	assert.Equal(t, []string{"devices:read", "events:read"}, p.Permissions)

	v, err := ids.Authenticate(context.Background(), p.Token)
	require.NoError(t, err)
	assert.Equal(t, s.Account.ID, v.AccountID)
	assert.Equal(t, []string{"devices:read", "events:read"}, v.Permissions)

	list, err := ids.APITokens(admin, s.Account)
	require.NoError(t, err)
	require.Len(t, list, 1)
	require.NotNil(t, list[0].LastUsedAt, "use is recorded")
	first := *list[0].LastUsedAt

	// last_used_at moves at most once a minute.
	env.Clock.Advance(30 * time.Second)
	_, err = ids.Authenticate(context.Background(), p.Token)
	require.NoError(t, err)
	list, _ = ids.APITokens(admin, s.Account)
	assert.True(t, first.Equal(*list[0].LastUsedAt))
	env.Clock.Advance(31 * time.Second)
	_, err = ids.Authenticate(context.Background(), p.Token)
	require.NoError(t, err)
	list, _ = ids.APITokens(admin, s.Account)
	assert.True(t, list[0].LastUsedAt.After(first))

	// Over HTTP the token acts inside its account, within its permissions.
	r := env.Do(t, p.Token, `{ account { id name } }`, nil)
	require.Empty(t, r.Errors)
	r = env.Do(t, p.Token, `mutation { createUser(input: {email: "z@acme.example", password: "a good user password"}) { id } }`, nil)
	assert.Equal(t, "FORBIDDEN", r.Code())

	revoked, err := ids.RevokeAPIToken(admin, list[0].ID)
	require.NoError(t, err)
	assert.NotNil(t, revoked.RevokedAt)
	_, err = ids.Authenticate(context.Background(), p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err), "a revoked token stops at once")
	r = env.Do(t, p.Token, `{ account { id } }`, nil)
	assert.Equal(t, "UNAUTHENTICATED", r.Code())
}
