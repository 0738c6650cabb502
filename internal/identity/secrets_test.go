package identity_test

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/migrate"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/accounts"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/testapp"
)

// No password or token is stored in plain text: every row of every table, as text, holds none.
func TestNoPlaintextSecretsStored(t *testing.T) {
	env := testapp.New(t)
	ctx := context.Background()
	supportCtx := as(t, env, env.SeedSupport(t))
	const adminPassword, userPassword = "admin password in plain", "operator password in plain"

	a, err := env.App.Accounts.Create(supportCtx, accounts.CreateAccountInput{
		Name: "Acme", Email: "counting@acme.example", AdminPassword: adminPassword, Type: enums.AccountStandard,
		StandardLicenses: 2, ExpiresAt: env.Clock.Now().Add(time.Hour),
	})
	require.NoError(t, err)
	p, err := login(t, env, a.Email, adminPassword)
	require.NoError(t, err)
	admin := viewerCtx(t, env, p.Token)
	_, err = env.App.Identity.CreateUser(admin, identity.CreateUserInput{Email: "op@acme.example", Password: userPassword, Permissions: []string{"count"}})
	require.NoError(t, err)
	op, err := login(t, env, "op@acme.example", userPassword)
	require.NoError(t, err)
	tok, err := env.App.Identity.CreateAPIToken(admin, "sync", []string{"count"})
	require.NoError(t, err)
	_, err = env.App.Identity.Authenticate(ctx, tok.Token)
	require.NoError(t, err)

	secrets := []string{adminPassword, userPassword, p.Token, op.Token, tok.Token}
	for _, s := range []string{p.Token, op.Token, tok.Token} {
		// Also the random part alone, and its bytes as Postgres shows bytea.
		body := s[len(auth.SessionTokenPrefix):]
		raw, err := base64.RawURLEncoding.DecodeString(body)
		require.NoError(t, err)
		secrets = append(secrets, body, fmt.Sprintf("%x", raw))
	}

	db, err := sql.Open("postgres", env.DBURL)
	require.NoError(t, err)
	defer db.Close()
	rows := 0
	for _, table := range migrate.Tables {
		func() {
			res, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT t::text FROM %q t`, table.Name))
			require.NoError(t, err)
			defer res.Close()
			for res.Next() {
				var row string
				require.NoError(t, res.Scan(&row))
				rows++
				for _, s := range secrets {
					assert.NotContains(t, strings.ToLower(row), strings.ToLower(s), "table %s stores a secret", table.Name)
				}
			}
			require.NoError(t, res.Err())
		}()
	}
	assert.Greater(t, rows, 5)

	var hash string
	require.NoError(t, db.QueryRowContext(ctx, `SELECT password_hash FROM users WHERE email = 'op@acme.example'`).Scan(&hash))
	assert.True(t, strings.HasPrefix(hash, "$argon2id$"), hash)
	var n int
	require.NoError(t, db.QueryRowContext(ctx, `SELECT count(*) FROM sessions WHERE token_hash = $1`, auth.HashToken(op.Token)).Scan(&n))
	assert.Equal(t, 1, n, "sessions are found by the token's hash")
	require.NoError(t, db.QueryRowContext(ctx, `SELECT count(*) FROM api_tokens WHERE token_hash = $1`, auth.HashToken(tok.Token)).Scan(&n))
	assert.Equal(t, 1, n)
}
