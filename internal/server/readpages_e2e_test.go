package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/internal/testdb"
)

// The four reads frontends use most, as the account's admin over HTTP: each page costs the
// same number of statements (counted on the wire) whether it holds a few rows or many.
var readPages = []struct{ name, query string }{
	{"devices", `{ account { devices(first: 100) { edges { node { id code name lastSeenAt lastUser { email } license { pool } } } } } }`},
	{"users", `{ account { users(first: 100) { edges { node { id email role permissions disabled createdAt lastLoginAt } } } } }`},
	{"licenseEvents", `{ licenseEvents(first: 100) { edges { cursor node { id type occurredAt pool reason device { id code } user { id email } } } } }`},
	{"me.devices", `{ me { id email devices { id code name lastSeenAt licenseStatus license { pool } lastUser { email } } } }`},
}

// addRows adds n users, n devices (every third last used by the admin, the others by one
// of the new users; each with an ACTIVE seat) and n events naming a device and a user.
func addRows(t *testing.T, env *testapp.Env, accountID, adminID, n int, tag string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	stmts := []string{
		`INSERT INTO users (created_at, email, password_hash, role, permissions, disabled, account_id)
		 SELECT now(), $4::text || i || '@rows.test', 'x', 'OPERATOR', '["count"]', false, $1 FROM generate_series(1, $3::int) i
		 WHERE $2::bigint > 0`,
		`INSERT INTO devices (created_at, code, name, inactive, last_seen_at, account_id, last_user_id)
		 SELECT now(), $4::text || i, 'Device ' || $4::text || i, false, now(), $1,
		        CASE WHEN i % 3 = 0 THEN $2 ELSE (SELECT id FROM users WHERE email = $4::text || i || '@rows.test') END
		 FROM generate_series(1, $3::int) i`,
		`INSERT INTO licenses (created_at, pool, status, assigned_at, account_id, device_id)
		 SELECT now(), 'STANDARD', 'ACTIVE', now(), $1, d.id FROM devices d
		 WHERE d.account_id = $1 AND d.code LIKE $4::text || '%' AND $2::bigint > 0 AND $3::int > 0`,
		`INSERT INTO license_events (seq, type, occurred_at, pool, account_id, device_id, user_id, user_email)
		 SELECT (SELECT COALESCE(max(seq), 0) FROM license_events WHERE account_id = $1) + row_number() OVER (ORDER BY d.id),
		        'ASSIGNED', now(), 'STANDARD', $1, d.id, d.last_user_id, u.email
		 FROM devices d JOIN users u ON u.id = d.last_user_id
		 WHERE d.account_id = $1 AND d.code LIKE $4::text || '%' AND $2::bigint > 0 AND $3::int > 0`,
	}
	for _, q := range stmts {
		_, err := env.App.DB.SQL.ExecContext(ctx, q, accountID, adminID, n, tag)
		require.NoError(t, err, q)
	}
}

func TestReadPagesConstantStatements(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 1})
	tok := env.Token(t, s.Admin, 0)
	// A second instance on the same database, its statements counted on the wire.
	counter := testdb.CountStatements(t, env.DBURL)
	counted := testapp.New(t, testapp.SharedDatabase(counter.URL),
		testapp.Configure(func(c *app.Config) { c.NoMigrate = true }))

	page := func(t *testing.T, query string) (map[string]any, int64) {
		t.Helper()
		counted.Do(t, tok, query, nil) // connections, caches
		// The instance's own background work (the usage catch-up, the webhook dispatcher's
		// safety poll) goes through the same counter and only ever adds: the page's cost is
		// the least of three requests.
		var r *testapp.Response
		n := int64(-1)
		for range 3 {
			n0 := counter.Statements()
			r = counted.Do(t, tok, query, nil)
			if d := counter.Statements() - n0; n < 0 || d < n {
				n = d
			}
		}
		require.Empty(t, r.Errors, "%s", r.Data)
		var out map[string]any
		require.NoError(t, json.Unmarshal(r.Data, &out))
		return out, n
	}
	// items is the page's list: edges, or me.devices.
	items := func(out map[string]any, name string) []any {
		switch name {
		case "licenseEvents":
			return out["licenseEvents"].(map[string]any)["edges"].([]any)
		case "me.devices":
			return out["me"].(map[string]any)["devices"].([]any)
		}
		return out["account"].(map[string]any)[name].(map[string]any)["edges"].([]any)
	}

	addRows(t, env, s.Account.ID, s.Admin.ID, 6, "a")
	small := map[string]int64{}
	smallLen := map[string]int{}
	for _, p := range readPages {
		out, n := page(t, p.query)
		small[p.name], smallLen[p.name] = n, len(items(out, p.name))
	}
	addRows(t, env, s.Account.ID, s.Admin.ID, 60, "b")
	for _, p := range readPages {
		t.Run(p.name, func(t *testing.T) {
			out, n := page(t, p.query)
			got := items(out, p.name)
			assert.Greater(t, len(got), smallLen[p.name], "the page grew")
			t.Logf("%s: %d statements for %d items, %d for %d", p.name, small[p.name], smallLen[p.name], n, len(got))
			assert.Equal(t, small[p.name], n, "statements per page must not grow with the page")
			assert.LessOrEqual(t, n, int64(6))
			// What the page shows is each row's own.
			for _, it := range got {
				it := it.(map[string]any)
				if p.name == "licenseEvents" {
					it = it["node"].(map[string]any)
					dev, usr := it["device"].(map[string]any), it["user"].(map[string]any)
					require.NotNil(t, dev)
					require.NotNil(t, usr)
					continue
				}
				if node, ok := it["node"].(map[string]any); ok {
					it = node
				}
				switch p.name {
				case "devices", "me.devices":
					code := it["code"].(string)
					assert.Equal(t, "Device "+code, it["name"])
					assert.Equal(t, map[string]any{"pool": "STANDARD"}, it["license"], code)
					lu := it["lastUser"].(map[string]any)["email"].(string)
					if p.name == "me.devices" {
						assert.Equal(t, s.Admin.Email, lu)
						assert.Equal(t, "ACTIVE", it["licenseStatus"])
					} else if lu != s.Admin.Email {
						assert.Equal(t, fmt.Sprintf("%s@rows.test", code), lu)
					}
				case "users":
					assert.NotEmpty(t, it["email"])
					assert.IsType(t, []any{}, it["permissions"])
				}
			}
		})
	}
}
