package identity_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/testapp"
)

// viewerCtx is the context a request with this bearer token runs in.
func viewerCtx(t testing.TB, env *testapp.Env, token string) context.Context {
	t.Helper()
	v, err := env.App.Identity.Authenticate(context.Background(), token)
	require.NoError(t, err)
	return auth.WithViewer(context.Background(), v)
}

// as is the context of a logged-in user (a fresh web session).
func as(t testing.TB, env *testapp.Env, u *ent.User) context.Context {
	t.Helper()
	return viewerCtx(t, env, env.Token(t, u, 0))
}

func login(t testing.TB, env *testapp.Env, email, password string) (*identity.LoginPayload, error) {
	t.Helper()
	return env.App.Identity.Login(context.Background(), identity.LoginInput{Email: email, Password: password})
}

// codeOf is the API error code of err ("" for nil).
func codeOf(err error) string {
	if err == nil {
		return ""
	}
	return string(apperr.CodeOf(err))
}

func ptr[T any](v T) *T { return &v }
