//go:build bench

package bench

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// readPages are the four reads the frontends use most, as the account's ADMIN.
var readPages = []struct{ name, query string }{
	{"devices", `{ account { devices(first: 100) { edges { node { id code name lastSeenAt lastUser { email } license { pool } } } } } }`},
	{"users", `{ account { users(first: 100) { edges { node { id email role permissions disabled createdAt lastLoginAt } } } } }`},
	{"licenseEvents", `{ licenseEvents(first: 100) { edges { cursor node { id type occurredAt pool reason device { id code } user { id email } } } } }`},
	{"me.devices", `{ me { id email devices { id code name lastSeenAt licenseStatus } } }`},
}

// defaultBefore is the commit the read path's "before" figures are built from: main just
// before the read path's work (gqlgen's goroutines per node, ID and Time written by
// strconv.Quote, the per-page policy lookups). BENCH_BEFORE overrides ("" or "none": skip).
const defaultBefore = "d8337f9"

// buildServer builds `countthings serve` from the working tree (rev "") or from a commit.
func buildServer(t testing.TB, rev string) string {
	t.Helper()
	root := filepath.Join("..", "..")
	dir := root
	if rev != "" {
		dir = t.TempDir()
		archive := exec.Command("sh", "-c", fmt.Sprintf("git -C %q archive --format=tar %q | tar -x -C %q", root, rev, dir))
		if out, err := archive.CombinedOutput(); err != nil {
			t.Fatalf("git archive %s: %v\n%s", rev, err, out)
		}
	}
	bin := filepath.Join(t.TempDir(), "countthings")
	build := exec.Command("go", "build", "-o", bin, "./cmd/countthings")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build %s: %v\n%s", rev, err, out)
	}
	return bin
}

// seedReadPages fills one STANDARD account for the four pages: 300 devices with an ACTIVE
// seat each (100 of them last used by the admin, the others by the operators), 150 users,
// 300 license events naming a device and a user. It returns the admin's token.
func seedReadPages(t testing.TB, env *testapp.Env) string {
	t.Helper()
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 1})
	admin := s.Admin
	ctx, cancel := ctxTimeout(time.Minute)
	defer cancel()
	stmts := []string{
		`INSERT INTO users (created_at, email, password_hash, role, permissions, disabled, last_login_at, account_id)
		 SELECT now() - (i || ' minutes')::interval, 'user' || i || '@bench.test', 'x', 'OPERATOR', '["devices:read","count"]', false, now(), $1
		 FROM generate_series(1, 150) i`,
		`INSERT INTO devices (created_at, code, name, inactive, last_seen_at, account_id, last_user_id)
		 SELECT now() - ((300 - i) || ' seconds')::interval, 'D' || i, 'Device ' || i, false, now(), $1,
		        CASE WHEN i % 3 = 0 THEN $2 ELSE (SELECT id FROM users WHERE email = 'user' || (i % 150 + 1) || '@bench.test') END
		 FROM generate_series(1, 300) i`,
		`INSERT INTO licenses (created_at, pool, status, assigned_at, account_id, device_id)
		 SELECT now(), 'STANDARD', 'ACTIVE', now(), $1, d.id FROM devices d WHERE d.account_id = $1 AND $2::bigint > 0`,
		`INSERT INTO license_events (seq, type, occurred_at, pool, account_id, device_id, user_id, user_email, reason)
		 SELECT row_number() OVER (ORDER BY d.id) + 1000, 'ASSIGNED', now(), 'STANDARD', $1, d.id, d.last_user_id, u.email, 'bench'
		 FROM devices d JOIN users u ON u.id = d.last_user_id WHERE d.account_id = $1 AND $2::bigint > 0`,
		`ANALYZE`,
	}
	for _, q := range stmts {
		args := []any{s.Account.ID, admin.ID}
		if strings.Count(q, "$2") == 0 {
			args = args[:1]
		}
		if q == `ANALYZE` {
			args = nil
		}
		if _, err := env.App.DB.SQL.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("seed: %v\n%s", err, q)
		}
	}
	return env.Token(t, admin, 0)
}

// pgbenchScript turns the statements of one page, as sent on the wire, into a pgbench
// script: each statement with its parameters written as literals, one per line.
func pgbenchScript(stmts []capturedStatement) string {
	param := regexp.MustCompile(`\$(\d+)`)
	var sb strings.Builder
	for _, st := range stmts {
		q := param.ReplaceAllStringFunc(st.Query, func(m string) string {
			var i int
			fmt.Sscan(m[1:], &i)
			if i < 1 || i > len(st.Params) {
				return m
			}
			p := st.Params[i-1]
			switch {
			case p.Null:
				return "NULL"
			case p.Binary:
				return `'\x` + hex.EncodeToString(p.Value) + `'`
			}
			return "'" + strings.ReplaceAll(string(p.Value), "'", "''") + "'"
		})
		q = strings.Join(strings.Fields(q), " ")
		sb.WriteString(q + ";\n")
	}
	return sb.String()
}

// procStats is what a server process spent: CPU, heap bytes and objects allocated.
type procStats struct {
	cpu            time.Duration
	bytes, objects float64
}

func statsOf(t testing.TB, p *serverProcess) procStats {
	return procStats{cpu: p.cpu(t), bytes: p.metric(t, "go_memstats_alloc_bytes_total"), objects: p.metric(t, "go_memstats_mallocs_total")}
}

// pageRun is one phase of one page against one server.
type pageRun struct {
	r                    result
	cpu                  time.Duration // per page
	bytesPer, objectsPer float64
}

func runPage(t testing.TB, p *serverProcess, tok string, body []byte) pageRun {
	c := httpClient(hbConns)
	bufs := make([]bytes.Buffer, hbConns)
	s0 := statsOf(t, p)
	r := load(hbConns, phase(), func(w, i int) error {
		b, err := post(c, p.url+"/graphql", tok, body, &bufs[w])
		if err == nil && bytes.Contains(b, []byte(`"errors"`)) {
			err = fmt.Errorf("%s", truncate(b))
		}
		return err
	})
	s1 := statsOf(t, p)
	c.CloseIdleConnections()
	if r.Errors > 0 {
		t.Errorf("%d errors, first %v", r.Errors, r.FirstErr)
	}
	n := float64(r.N)
	if n == 0 {
		n = 1
	}
	return pageRun{r: r, cpu: time.Duration(float64(s1.cpu-s0.cpu) / n), bytesPer: (s1.bytes - s0.bytes) / n, objectsPer: (s1.objects - s0.objects) / n}
}

// countPage sends reqs requests one at a time through a counting proxy and returns the
// statements per request and what the last request executed.
func countPage(t testing.TB, p *serverProcess, proxy *statementProxy, tok string, body []byte, reqs int) (float64, []capturedStatement) {
	cc := httpClient(1)
	var buf bytes.Buffer
	check := func() {
		b, err := post(cc, p.url+"/graphql", tok, body, &buf)
		if err != nil || bytes.Contains(b, []byte(`"errors"`)) {
			t.Fatalf("counted request: %v %s", err, truncate(b))
		}
	}
	check() // connections, caches
	s0 := proxy.Statements()
	for i := 0; i < reqs-1; i++ {
		check()
	}
	last := proxy.capture(check)
	return float64(proxy.Statements()-s0) / float64(reqs), last
}

// TestBenchReadPaths: the four reads frontends use most, before (BENCH_BEFORE's build) and
// after (this tree's build), each a `countthings serve` child process on the same database,
// in alternating rounds, beside pgbench replaying the page's own statements (-M prepared).
func TestBenchReadPaths(t *testing.T) {
	env := newEnv(t)
	tok := seedReadPages(t, env)
	before := os.Getenv("BENCH_BEFORE")
	if _, set := os.LookupEnv("BENCH_BEFORE"); !set {
		before = defaultBefore
	}
	if before == "none" {
		before = ""
	}
	type side struct {
		label string
		srv   *serverProcess
		count *serverProcess
		proxy *statementProxy
	}
	u, err := url.Parse(env.DBURL)
	if err != nil {
		t.Fatal(err)
	}
	start := func(label, rev string) *side {
		bin := buildServer(t, rev)
		proxy := startProxy(t, u.Host)
		pu := *u
		pu.Host = proxy.ln.Addr().String()
		return &side{label: label, srv: startServerBinary(t, bin, env.DBURL), count: startServerBinary(t, bin, pu.String()), proxy: proxy}
	}
	after := start("after", "")
	sides := []*side{after}
	if before != "" {
		sides = []*side{start("before", before), after}
	}
	rounds := 2
	if s := os.Getenv("BENCH_ROUNDS"); s != "" {
		fmt.Sscan(s, &rounds)
	}

	var table strings.Builder
	table.WriteString("| page | build | statements per page | pages/s | p50 / p99 | server CPU per page | bytes per page | allocations per page | pgbench floor (tx/s, p50 / p99) | ÷ floor |\n")
	table.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
	var summary strings.Builder
	for _, pg := range readPages {
		body, _ := json.Marshal(map[string]any{"query": pg.query})
		// Both builds answer the same.
		var want []byte
		for _, s := range sides {
			var buf bytes.Buffer
			b, err := post(httpClient(1), s.srv.url+"/graphql", tok, body, &buf)
			if err != nil || bytes.Contains(b, []byte(`"errors"`)) {
				t.Fatalf("%s %s: %v %s", pg.name, s.label, err, truncate(b))
			}
			if want == nil {
				want = append([]byte(nil), b...)
			} else if !bytes.Equal(want, b) {
				t.Errorf("%s: the builds answer differently:\n%s\n%s", pg.name, truncate(want), truncate(b))
			}
		}
		stmts := map[string]float64{}
		var script string
		for _, s := range sides {
			n, last := countPage(t, s.count, s.proxy, tok, body, 20)
			stmts[s.label] = n
			if s == after {
				script = pgbenchScript(last)
			}
		}
		t.Logf("%s: pgbench script:\n%s", pg.name, script)
		runs := map[string][]pageRun{}
		var floors []pgbenchResult
		for r := 0; r < rounds; r++ {
			order := sides
			if r%2 == 1 && len(sides) == 2 {
				order = []*side{sides[1], sides[0]}
			}
			for _, s := range order {
				pr := runPage(t, s.srv, tok, body)
				runs[s.label] = append(runs[s.label], pr)
				t.Logf("%s round %d %s: %s, CPU %s/page, %.0f B/page, %.0f allocs/page", pg.name, r+1, s.label, pr.r, pr.cpu, pr.bytesPer, pr.objectsPer)
			}
			f := pgbench(t, env.DBURL, "page", script, phase(), "-M", "prepared")
			floors = append(floors, f)
			t.Logf("%s round %d floor: %s", pg.name, r+1, f)
		}
		for r := 0; r < rounds; r++ {
			f := floors[r]
			for _, s := range sides {
				pr := runs[s.label][r]
				fmt.Fprintf(&table, "| %s | %s (round %d) | %.2f | %.0f | %s / %s | %.0f µs | %.0f KiB | %.0f | %.0f (%s / %s) | %.2f |\n",
					pg.name, s.label, r+1, stmts[s.label], pr.r.PerSec(), ms(pr.r.P50), ms(pr.r.P99),
					float64(pr.cpu)/1e3, pr.bytesPer/1024, pr.objectsPer, f.TPS, ms(f.P50), ms(f.P99), pr.r.PerSec()/f.TPS)
			}
		}
		if len(sides) == 2 {
			var ratios, bytesCut []string
			for r := 0; r < rounds; r++ {
				b, a := runs["before"][r], runs["after"][r]
				ratios = append(ratios, fmt.Sprintf("%.2f×", a.r.PerSec()/b.r.PerSec()))
				bytesCut = append(bytesCut, fmt.Sprintf("%.0f %%", 100*(1-a.bytesPer/b.bytesPer)))
			}
			fmt.Fprintf(&summary, "- **%s**: after ÷ before %s pages/s; bytes per page −%s; statements %.2f → %.2f.\n",
				pg.name, strings.Join(ratios, ", "), strings.Join(bytesCut, ", −"), stmts["before"], stmts["after"])
		}
	}
	var pages []string
	for _, pg := range readPages {
		pages = append(pages, fmt.Sprintf("- %s: `%s`", pg.name, pg.query))
	}
	beforeNote := "no before build (BENCH_BEFORE=none)"
	if before != "" {
		beforeNote = fmt.Sprintf("before = commit %s built by the harness, after = this tree", before)
	}
	text := fmt.Sprintf("The admin's four reads, one STANDARD account: 300 devices each with an ACTIVE seat (100 last used by the admin),\n"+
		"150 users, 300 license events naming a device and a user:\n\n%s\n\n"+
		"Each build is a `countthings serve` child process on the same database (%s);\n"+
		"32 keep-alive connections for %s per phase, %d rounds in alternating order (before, after, floor; then after, before, floor).\n"+
		"Statements are counted on the wire by a proxy in front of a second instance of each build (mean over 20 sequential requests).\n"+
		"CPU per page is the server process's user + system time ÷ pages; bytes and allocations per page are the server's\n"+
		"`go_memstats_alloc_bytes_total` and `go_memstats_mallocs_total` ÷ pages. Floor: the statements the after build sent for\n"+
		"one page (captured by the proxy, parameters written as literals) replayed by `pgbench -n -M prepared -c 32 -j 2`, one transaction = one page.\n\n"+
		"%s\n%s",
		strings.Join(pages, "\n"), beforeNote, phase(), rounds, summary.String(), table.String())
	writeSection(t, "readpath", "5. Read path: four pages, before and after", text)
}

// BenchmarkReadPage serves one of readPages (BENCH_PAGE, default devices) in process, for
// profiles: go test -tags 'bench benchallowall' -run '^$' -bench ReadPage -memprofile mem.out ./internal/bench
func BenchmarkReadPage(b *testing.B) {
	env := newEnv(b)
	tok := seedReadPages(b, env)
	name := os.Getenv("BENCH_PAGE")
	if name == "" {
		name = "devices"
	}
	var query string
	for _, pg := range readPages {
		if pg.name == name {
			query = pg.query
		}
	}
	body, _ := json.Marshal(map[string]any{"query": query})
	c := httpClient(4)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var buf bytes.Buffer
		for pb.Next() {
			if out, err := post(c, env.URL+"/graphql", tok, body, &buf); err != nil || bytes.Contains(out, []byte(`"errors"`)) {
				b.Fatalf("%v %s", err, truncate(out))
			}
		}
	})
}
