//go:build bench

package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// consoleDevicesQuery is the console's Devices page query (console/src/pages/Devices.tsx),
// as the browser sends it.
const consoleDevicesQuery = `query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {
  account { id type licensePool { standard { unassigned } floating { unassigned } }
    devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id code name platform inactive licenseStatus lastSeenAt
        license { id pool } lastUser { id email } } } } } }`

// seedConsoleDevices fills one MIXED account with n devices: a third hold a seat (ACTIVE or
// ASSIGNED), all were last used by one of 50 operators, seen at spread times, some inactive.
func seedConsoleDevices(t testing.TB, env *testapp.Env, n int) string {
	t.Helper()
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountMixed, Standard: 1, Floating: 1})
	ctx, cancel := ctxTimeout(2 * time.Minute)
	defer cancel()
	stmts := []string{
		`INSERT INTO users (created_at, email, password_hash, role, permissions, disabled, last_login_at, account_id)
		 SELECT now(), 'op' || i || '@bench.test', 'x', 'OPERATOR', '["count"]', false, now(), $1 FROM generate_series(1, 50) i`,
		`INSERT INTO devices (created_at, code, name, platform, inactive, last_seen_at, account_id, last_user_id)
		 SELECT now() - (i || ' seconds')::interval, 'TAB-' || lpad(i::text, 5, '0'), 'Tablet ' || i, 'android', i % 17 = 0,
		        CASE WHEN i % 5 = 0 THEN NULL ELSE now() - ((i * 7919 % 100000) || ' seconds')::interval END, $1,
		        (SELECT id FROM users WHERE email = 'op' || (i % 50 + 1) || '@bench.test')
		 FROM generate_series(1, $2::int) i`,
		`INSERT INTO licenses (created_at, pool, status, assigned_at, account_id, device_id)
		 SELECT now(), CASE WHEN d.id % 2 = 0 THEN 'STANDARD' ELSE 'FLOATING' END, CASE WHEN d.id % 6 = 0 THEN 'ASSIGNED' ELSE 'ACTIVE' END,
		        now(), $1, d.id FROM devices d WHERE d.account_id = $1 AND d.id % 3 = 0 AND $2::int > 0`,
		`ANALYZE`,
	}
	for _, q := range stmts {
		args := []any{s.Account.ID, n}
		if !strings.Contains(q, "$2") {
			args = args[:1]
		}
		if q == `ANALYZE` {
			args = nil
		}
		if _, err := env.App.DB.SQL.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("seed: %v\n%s", err, q)
		}
	}
	return env.Token(t, s.Admin, 0)
}

type devicesPage struct {
	Data struct {
		Account struct {
			Devices struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node struct{ Code string } }
			}
		}
	}
	Errors []json.RawMessage
}

// TestBenchConsoleDevices10000 measures what the admin feels on the console's Devices page at
// 10,000 devices: the first page under every sort and filter the page offers, and each next
// page of a walk to the last page, one request at a time (one browser) and 8 at once.
func TestBenchConsoleDevices10000(t *testing.T) {
	const n = 10000
	env := newEnv(t)
	tok := seedConsoleDevices(t, env, n)
	c := httpClient(8)
	var buf bytes.Buffer
	page := func(vars map[string]any) (devicesPage, time.Duration) {
		body, _ := json.Marshal(map[string]any{"query": consoleDevicesQuery, "variables": vars})
		t0 := time.Now()
		out, err := post(c, env.URL+"/graphql", tok, body, &buf)
		took := time.Since(t0)
		if err != nil {
			t.Fatalf("devices page: %v", err)
		}
		var p devicesPage
		if err := json.Unmarshal(out, &p); err != nil || len(p.Errors) > 0 {
			t.Fatalf("devices page: %v %s", err, truncate(out))
		}
		return p, took
	}
	variants := []struct {
		label string
		vars  map[string]any
	}{
		{"Code ▲ (default)", map[string]any{}},
		{"Code ▼", map[string]any{"orderBy": map[string]any{"field": "CODE", "direction": "DESC"}}},
		{"Last seen ▼", map[string]any{"orderBy": map[string]any{"field": "LAST_SEEN_AT", "direction": "DESC"}}},
		{"Registered ▲", map[string]any{"orderBy": map[string]any{"field": "CREATED_AT", "direction": "ASC"}}},
		{"Status NONE", map[string]any{"where": map[string]any{"licenseStatus": "NONE"}}},
		{"Status ACTIVE", map[string]any{"where": map[string]any{"licenseStatus": "ACTIVE"}}},
		{"Inactive", map[string]any{"where": map[string]any{"inactive": true}}},
		{"Code contains \"12\"", map[string]any{"where": map[string]any{"code": "12"}}},
		{"Last user op7@bench.test", map[string]any{"where": map[string]any{"userEmail": "op7@bench.test"}}},
	}
	const reps = 30
	var sb strings.Builder
	fmt.Fprintf(&sb, "One MIXED account of %d devices (a third holding a seat, 50 operators as last users), the console's exact Devices query (`first: 50`) over HTTP as the admin; one request at a time, %d times each, after one warm-up.\n\n", n, reps)
	sb.WriteString("| first page of | rows in all | p50 | p99 |\n| --- | ---: | ---: | ---: |\n")
	for _, v := range variants {
		v.vars["first"] = 50
		p, _ := page(v.vars)
		lat := make([]time.Duration, 0, reps)
		for i := 0; i < reps; i++ {
			_, d := page(v.vars)
			lat = append(lat, d)
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		fmt.Fprintf(&sb, "| %s | %d | %s | %s |\n", v.label, p.Data.Account.Devices.TotalCount, ms(quantile(lat, 0.5)), ms(quantile(lat, 0.99)))
	}

	// The walk: every next page to the end, under two sorts, checking that no device is seen twice.
	for _, v := range []struct {
		label, field, dir string
	}{{"Code ▲", "CODE", "ASC"}, {"Last seen ▼", "LAST_SEEN_AT", "DESC"}} {
		seen := make(map[string]bool, n)
		var lat []time.Duration
		var after any
		for {
			p, d := page(map[string]any{"first": 50, "after": after, "orderBy": map[string]any{"field": v.field, "direction": v.dir}})
			lat = append(lat, d)
			for _, e := range p.Data.Account.Devices.Edges {
				if seen[e.Node.Code] {
					t.Fatalf("%s: %s seen twice", v.label, e.Node.Code)
				}
				seen[e.Node.Code] = true
			}
			if !p.Data.Account.Devices.PageInfo.HasNextPage {
				break
			}
			after = p.Data.Account.Devices.PageInfo.EndCursor
		}
		if len(seen) != n {
			t.Fatalf("%s: the walk saw %d devices of %d", v.label, len(seen), n)
		}
		first, last := lat[0], lat[len(lat)-1]
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		fmt.Fprintf(&sb, "| every next page, %s (%d pages; first %s, last %s) | %d | %s | %s |\n", v.label, len(lat), ms(first), ms(last), n, ms(quantile(lat, 0.5)), ms(quantile(lat, 0.99)))
	}

	// Eight admins at once on the default page.
	body, _ := json.Marshal(map[string]any{"query": consoleDevicesQuery, "variables": map[string]any{"first": 50}})
	r := load(8, phase(), func(w, i int) error {
		var b bytes.Buffer
		_, err := post(c, env.URL+"/graphql", tok, body, &b)
		return err
	})
	if r.Errors > 0 {
		t.Fatalf("load: %v", r.FirstErr)
	}
	fmt.Fprintf(&sb, "\nEight at once on the default page: %s.\n", r)
	t.Log("\n" + sb.String())
	writeSection(t, "console-devices", "The console's Devices page at 10,000 devices", sb.String())
}
