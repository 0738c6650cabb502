package faults_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/internal/testdb"
)

// Postgres out of connections ("too many clients", SQLSTATE 53300): requests answer 503
// with Retry-After, UNAVAILABLE and a plain message, one warning is logged for the burst,
// and the service recovers by itself once connections free up. The connections filled are
// a role's of its own (CONNECTION LIMIT), never the server's max_connections.
func TestDatabaseOutOfConnections(t *testing.T) {
	admin, err := sql.Open("postgres", testdb.AdminURL())
	require.NoError(t, err)
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	role := "ct_sat_" + hex.EncodeToString(b)
	_, err = admin.Exec(`CREATE ROLE ` + role + ` LOGIN`)
	require.NoError(t, err)
	// Registered before the database's own cleanup, so it runs after the drop.
	t.Cleanup(func() {
		if _, err := admin.Exec(`DROP ROLE IF EXISTS ` + role); err != nil {
			t.Logf("drop role: %v", err)
		}
	})
	dbURL := testdb.NewPostgresURL(t)
	own, err := sql.Open("postgres", dbURL)
	require.NoError(t, err)
	for _, q := range []string{
		`GRANT ALL ON ALL TABLES IN SCHEMA public TO ` + role,
		`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ` + role,
	} {
		_, err := own.Exec(q)
		require.NoError(t, err, q)
	}
	own.Close()
	u, err := url.Parse(dbURL)
	require.NoError(t, err)
	u.User = url.User(role)
	roleURL := u.String()

	var logs syncBuffer
	env := testapp.New(t, testapp.SharedDatabase(roleURL), testapp.LogTo(&logs), testapp.Configure(func(c *app.Config) {
		c.NoMigrate = true
		c.DB.MaxOpen = 4
	}))
	s := env.SeedAccount(t, testapp.AccountSpec{})
	token := env.Token(t, s.Admin, 0)
	me := func() result { return call(env.URL, token, `{ me { email } }`, nil) }
	login := func() result {
		return call(env.URL, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`,
			map[string]any{"e": s.Admin.Email, "p": testapp.Password})
	}
	require.Empty(t, me().code)

	// Fill the role's connections: the limit, then our own connections take every slot, and
	// the service's are ended (its pool must open new ones).
	const slots = 3
	_, err = admin.Exec(fmt.Sprintf(`ALTER ROLE %s CONNECTION LIMIT %d`, role, slots))
	require.NoError(t, err)
	holder, err := sql.Open("postgres", roleURL)
	require.NoError(t, err)
	t.Cleanup(func() { holder.Close() })
	ctx := context.Background()
	var held []*sql.Conn
	require.Eventually(t, func() bool {
		var mine []any
		for _, c := range held {
			var pid int
			if c.QueryRowContext(ctx, `SELECT pg_backend_pid()`).Scan(&pid) == nil {
				mine = append(mine, pid)
			}
		}
		// End every connection of the role but ours (the service's, also a LISTEN reconnecting).
		q, args := `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1`, []any{role}
		for i, pid := range mine {
			q += fmt.Sprintf(" AND pid <> $%d", i+2)
			args = append(args, pid)
		}
		_, _ = admin.Exec(q, args...)
		for len(held) < slots {
			c, err := holder.Conn(ctx)
			if err != nil {
				return false
			}
			if err := c.PingContext(ctx); err != nil {
				c.Close()
				return false
			}
			held = append(held, c)
		}
		var others int
		_ = admin.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE usename = $1`, role).Scan(&others)
		return others == slots
	}, 20*time.Second, 50*time.Millisecond, "our connections take every slot")

	var rs []result
	for range 10 {
		rs = append(rs, me(), login())
	}
	for _, r := range rs {
		require.NoError(t, r.err)
		assert.Equal(t, http.StatusServiceUnavailable, r.status, "%v", r)
		assert.Equal(t, "UNAVAILABLE", r.code, "%v", r)
		assert.Contains(t, r.message, "database", "%v", r)
		assert.NotContains(t, r.message, "pq:", "%v", r)
	}
	req, _ := http.NewRequest(http.MethodPost, env.URL+"/graphql", strings.NewReader(`{"query":"{ me { email } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Equal(t, "2", resp.Header.Get("Retry-After"))
	assert.Equal(t, 1, strings.Count(logs.String(), "database unavailable"), "one warning for the burst:\n%s", logs.String())

	// Connections free up: the service recovers by itself.
	for _, c := range held {
		c.Close()
	}
	holder.Close()
	require.Eventually(t, func() bool { return me().code == "" }, 20*time.Second, 100*time.Millisecond)
	r := login()
	assert.Equal(t, http.StatusOK, r.status)
	assert.Empty(t, r.code, "%v", r)
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
