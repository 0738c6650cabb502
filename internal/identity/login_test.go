package identity_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/testapp"
)

func TestWebLoginSessionLogout(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	ids := env.App.Identity
	ctx := context.Background()

	p, err := login(t, env, "  "+strings.ToUpper(s.Admin.Email)+" ", testapp.Password)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(p.Token, auth.SessionTokenPrefix))
	assert.Equal(t, env.Clock.Now().Add(identity.WebSessionLifetime), p.ExpiresAt)
	assert.Nil(t, p.Device)
	require.NotNil(t, p.User.LastLoginAt)
	assert.Equal(t, s.Admin.ID, p.User.ID)

	v, err := ids.Authenticate(ctx, p.Token)
	require.NoError(t, err)
	assert.Equal(t, s.Admin.ID, v.UserID)
	assert.Equal(t, s.Account.ID, v.AccountID)
	assert.Equal(t, auth.RoleAdmin, v.Role)
	assert.Equal(t, auth.KindUser, v.Kind)
	assert.NotZero(t, v.SessionID)
	assert.Zero(t, v.DeviceID)

	vctx := auth.WithViewer(ctx, v)
	me, err := ids.Me(vctx)
	require.NoError(t, err)
	assert.Equal(t, s.Admin.ID, me.ID)

	ok, err := ids.Logout(vctx)
	require.NoError(t, err)
	assert.True(t, ok)
	_, err = ids.Authenticate(ctx, p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))

	// A session ends by itself after its lifetime.
	p, err = login(t, env, s.Admin.Email, testapp.Password)
	require.NoError(t, err)
	env.Clock.Advance(identity.WebSessionLifetime - time.Second)
	_, err = ids.Authenticate(ctx, p.Token)
	require.NoError(t, err)
	env.Clock.Advance(time.Second)
	_, err = ids.Authenticate(ctx, p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))

	for _, bad := range []string{"", "cts_nonsense", "ctk_nonsense", "Bearer x", strings.Repeat("c", 5000)} {
		_, err := ids.Authenticate(ctx, bad)
		assert.Equal(t, "UNAUTHENTICATED", codeOf(err), bad)
	}
}

func TestLoginFailuresLookAlike(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	_, unknown := login(t, env, "nobody@nowhere.test", testapp.Password)
	_, wrong := login(t, env, s.Admin.Email, "not the password at all")
	_, empty := login(t, env, "", "")
	require.Error(t, unknown)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(unknown))
	for _, err := range []error{wrong, empty} {
		a, _ := apperr.As(err)
		b, _ := apperr.As(unknown)
		require.NotNil(t, a)
		assert.Equal(t, b.Code, a.Code)
		assert.Equal(t, b.Message, a.Message, "an unknown email and a wrong password answer alike")
	}
}

func TestDisabledUserIsLockedOut(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	op := env.SeedUser(t, s.Account.ID, "", "count")
	ids := env.App.Identity
	admin := as(t, env, s.Admin)

	p, err := login(t, env, op.Email, testapp.Password)
	require.NoError(t, err)
	r := env.Do(t, p.Token, `{ me { id disabled } }`, nil)
	require.Empty(t, r.Errors)

	_, err = ids.UpdateUser(admin, op.ID, identity.UpdateUserInput{Disabled: ptr(true)})
	require.NoError(t, err)

	_, err = ids.Authenticate(context.Background(), p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err), "the open session stops working")
	r = env.Do(t, p.Token, `{ me { id } }`, nil)
	assert.Equal(t, "UNAUTHENTICATED", r.Code())
	_, err = login(t, env, op.Email, testapp.Password)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err), "and no new one opens")

	// Enabling again lets the user log in; the old session stays ended.
	_, err = ids.UpdateUser(admin, op.ID, identity.UpdateUserInput{Disabled: ptr(false)})
	require.NoError(t, err)
	_, err = login(t, env, op.Email, testapp.Password)
	require.NoError(t, err)
	_, err = ids.Authenticate(context.Background(), p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))
}

// The session lookup is hand-built SQL: it must hold on the embedded SQLite default too.
func TestSessionOnSQLite(t *testing.T) {
	env := testapp.New(t, testapp.SQLite())
	s := env.SeedAccount(t, testapp.AccountSpec{})
	p, err := login(t, env, s.Admin.Email, testapp.Password)
	require.NoError(t, err)
	v, err := env.App.Identity.Authenticate(context.Background(), p.Token)
	require.NoError(t, err)
	assert.Equal(t, s.Admin.ID, v.UserID)
	assert.Equal(t, s.Account.ID, v.AccountID)
	env.Clock.Advance(identity.WebSessionLifetime)
	_, err = env.App.Identity.Authenticate(context.Background(), p.Token)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))
}

func TestDeviceLogin(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountFloating, Floating: 1})
	counter := env.SeedUser(t, s.Account.ID, "", "count")
	reader := env.SeedUser(t, s.Account.ID, "", "devices:read")
	ids := env.App.Identity
	ctx := context.Background()
	dev := func(u *ent.User, code string) (*identity.LoginPayload, error) {
		return ids.Login(ctx, identity.LoginInput{Email: u.Email, Password: testapp.Password, DeviceCode: &code, DeviceName: ptr("S20+"), Platform: ptr("android")})
	}
	sessions := func() int {
		n, err := env.App.DB.Client.Session.Query().Count(testapp.System())
		require.NoError(t, err)
		return n
	}

	p, err := dev(counter, "tablet-1")
	require.NoError(t, err)
	require.NotNil(t, p.Device)
	assert.Equal(t, "tablet-1", p.Device.Code)
	assert.Equal(t, env.Clock.Now().Add(identity.DeviceSessionLifetime), p.ExpiresAt)
	v, err := ids.Authenticate(ctx, p.Token)
	require.NoError(t, err)
	assert.Equal(t, p.Device.ID, v.DeviceID)

	// Without the count permission no device login, and no session.
	before := sessions()
	_, err = dev(reader, "tablet-2")
	require.Equal(t, "FORBIDDEN", codeOf(err))
	assert.Contains(t, err.Error(), "count")
	// The only seat is taken and its holder is not idle: no license, no session.
	_, err = dev(s.Admin, "tablet-3")
	assert.Equal(t, "NO_LICENSE_AVAILABLE", codeOf(err))
	assert.Equal(t, before, sessions())

	support := env.SeedSupport(t)
	_, err = dev(support, "tablet-4")
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	_, err = dev(counter, "  ")
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))

	// Logout gives the floating license back; then the admin's device gets it.
	ok, err := ids.Logout(auth.WithViewer(ctx, v))
	require.NoError(t, err)
	assert.True(t, ok)
	p, err = dev(s.Admin, "tablet-3")
	require.NoError(t, err)
	assert.Equal(t, "tablet-3", p.Device.Code)

	// Over HTTP, the payload carries the device.
	r := env.Do(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p, deviceCode: "tablet-1"}) { token device { code licenseStatus } user { email } } }`,
		map[string]any{"e": counter.Email, "p": testapp.Password})
	assert.Equal(t, "NO_LICENSE_AVAILABLE", r.Code(), "%+v", r.Errors)
}
