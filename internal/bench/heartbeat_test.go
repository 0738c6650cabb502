//go:build bench

package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

const (
	hbDevices = 2000
	hbConns   = 32
	hbRounds  = 3
)

// newEnv starts the real server on a fresh Postgres database, on the real clock (last-seen
// writes then happen as in production: at most once a minute per device).
func newEnv(t testing.TB) *testapp.Env {
	return testapp.New(t, testapp.Configure(func(c *app.Config) { c.Now = time.Now }))
}

// seedLicensedDevices creates n devices of one STANDARD account, each holding an ACTIVE seat
// and its own device session whose token is "cts_bench_<i>" (i = 1..n), so that pgbench can
// compute the same token hash in SQL: sha256(('cts_bench_' || i)::bytea).
func seedLicensedDevices(t testing.TB, env *testapp.Env, n int) (accountID int, tokens []string) {
	t.Helper()
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 1})
	op := env.SeedUser(t, s.Account.ID, "", "count")
	ctx, cancel := ctxTimeout(time.Minute)
	defer cancel()
	db := env.App.DB.SQL
	stmts := []string{
		`INSERT INTO devices (created_at, code, inactive, account_id, last_user_id)
		 SELECT now(), 'D' || i, false, $1, $2 FROM generate_series(1, $3::int) i`,
		`INSERT INTO licenses (created_at, pool, status, assigned_at, account_id, device_id)
		 SELECT now(), 'STANDARD', 'ACTIVE', now(), $1, d.id FROM devices d WHERE d.account_id = $1 AND $2::bigint > 0 AND $3::int > 0`,
		`INSERT INTO sessions (created_at, token_hash, expires_at, device_id, user_id)
		 SELECT now(), sha256(('cts_bench_' || substr(d.code, 2))::bytea), now() + interval '1 day', d.id, $2
		 FROM devices d WHERE d.account_id = $1 AND $3::int > 0`,
		`ANALYZE`,
	}
	for _, q := range stmts {
		args := []any{s.Account.ID, op.ID, n}
		if q == `ANALYZE` {
			args = nil
		}
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("seed: %v\n%s", err, q)
		}
	}
	tokens = make([]string, n)
	for i := range tokens {
		tokens[i] = fmt.Sprintf("cts_bench_%d", i+1)
	}
	return s.Account.ID, tokens
}

var heartbeatBody = []byte(`{"query":"mutation { heartbeat { licensed } }"}`)

// heartbeats runs `heartbeat { licensed }` over HTTP from conns connections, each request
// with the next device's token.
func heartbeats(t testing.TB, env *testapp.Env, c *http.Client, tokens []string, conns int, d time.Duration) result {
	url := env.URL + "/graphql"
	bufs := make([]bytes.Buffer, conns)
	return load(conns, d, func(w, i int) error {
		tok := tokens[(w+i*conns)%len(tokens)]
		b, err := post(c, url, tok, heartbeatBody, &bufs[w])
		if err != nil {
			return err
		}
		if !bytes.Contains(b, []byte(`"licensed":true`)) {
			return fmt.Errorf("not licensed: %s", truncate(b))
		}
		return nil
	})
}

// pgbenchScripts are the floor: (a) the reads a heartbeat needs, (b) those plus a last-seen write.
const pgbenchRead = `\set i random(1, %d)
SELECT s.id AS s_id, s.device_id AS dev, s.expires_at AS s_exp, s.revoked_at AS s_rev, u.id AS u_id, u.email AS u_email, u.role AS u_role, u.permissions AS u_perm, u.disabled AS u_dis, u.account_id AS u_acct FROM sessions s JOIN users u ON s.user_id = u.id WHERE s.token_hash = sha256(('cts_bench_' || :i)::bytea) \gset
SELECT d.id, d.created_at, d.code, d.name, d.platform, d.inactive, d.last_seen_at, d.floating_lost_at, d.account_id, d.last_user_id, COALESCE(seat.status, 'NONE') AS license_status, acct.expires_at, acct.expiry_recorded FROM devices d LEFT JOIN licenses seat ON d.id = seat.device_id JOIN accounts acct ON d.account_id = acct.id WHERE d.id = :dev LIMIT 2;
`

const pgbenchWrite = pgbenchRead + `UPDATE devices SET last_seen_at = now() WHERE id = :dev;
`

// pgbenchJoined is (a1): the same reads as one joined statement, as the server's token check
// now sends them (the floor of that design).
const pgbenchJoined = `\set i random(1, %d)
SELECT s.id, s.device_id, s.expires_at, s.revoked_at, u.id, u.email, u.role, u.permissions, u.disabled, u.account_id, pv.version, d.account_id, d.last_seen_at, seat.status, acct.expires_at, acct.expiry_recorded FROM sessions s JOIN users u ON s.user_id = u.id LEFT JOIN policy_versions pv ON pv.account_id = u.account_id AND pv.kind = 'PERMISSIONS' AND pv.active LEFT JOIN devices d ON s.device_id = d.id LEFT JOIN licenses seat ON d.id = seat.device_id LEFT JOIN accounts acct ON d.account_id = acct.id WHERE s.token_hash = sha256(('cts_bench_' || :i)::bytea);
`

type pgbenchResult struct {
	TPS      float64
	P50, P99 time.Duration
	N        int
}

func (r pgbenchResult) String() string {
	return fmt.Sprintf("%.0f/s (n=%d, p50 %s, p99 %s)", r.TPS, r.N, ms(r.P50), ms(r.P99))
}

var tpsRe = regexp.MustCompile(`tps = ([0-9.]+) \(without initial connection time\)`)

// pgbench runs script against dbURL with 32 clients, 2 threads, for d, logging each
// transaction's latency for p50/p99.
func pgbench(t testing.TB, dbURL, name, script string, d time.Duration, extra ...string) pgbenchResult {
	t.Helper()
	dir := t.TempDir()
	f := filepath.Join(dir, name+".sql")
	if err := os.WriteFile(f, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	secs := int(d.Round(time.Second) / time.Second)
	if secs < 1 {
		secs = 1
	}
	args := append([]string{"-n", "-f", f, "-c", "32", "-j", "2", "-T", strconv.Itoa(secs), "-l", "--log-prefix", filepath.Join(dir, "log")}, extra...)
	args = append(args, dbURL)
	cmd := exec.Command("pgbench", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("pgbench %s: %v\n%s", name, err, out)
	}
	m := tpsRe.FindSubmatch(out)
	if m == nil {
		t.Fatalf("pgbench %s: no tps in output:\n%s", name, out)
	}
	tps, _ := strconv.ParseFloat(string(m[1]), 64)
	var lat []time.Duration
	logs, _ := filepath.Glob(filepath.Join(dir, "log.*"))
	for _, lf := range logs {
		fh, err := os.Open(lf)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) >= 3 {
				us, err := strconv.ParseInt(fs[2], 10, 64)
				if err == nil {
					lat = append(lat, time.Duration(us)*time.Microsecond)
				}
			}
		}
		fh.Close()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return pgbenchResult{TPS: tps, N: len(lat), P50: quantile(lat, 0.5), P99: quantile(lat, 0.99)}
}

// TestBenchHeartbeat: the device app's hot path beside pgbench's floor, in the same run.
func TestBenchHeartbeat(t *testing.T) {
	env := newEnv(t)
	_, tokens := seedLicensedDevices(t, env, hbDevices)
	c := httpClient(hbConns)
	// Warm up: every device once (its first heartbeat writes last_seen_at), then 2 s more.
	if r := heartbeats(t, env, c, tokens, hbConns, 2*time.Second); r.Errors > 0 {
		t.Fatalf("warm-up: %d errors, first: %v", r.Errors, r.FirstErr)
	}
	stmts, _, _ := countStatements(t, env, tokens[0], heartbeatBody, 10)
	t.Logf("statements per heartbeat: %v", stmts)
	readScript := fmt.Sprintf(pgbenchRead, hbDevices)
	writeScript := fmt.Sprintf(pgbenchWrite, hbDevices)
	joinedScript := fmt.Sprintf(pgbenchJoined, hbDevices)
	var rows []string
	var ratios, prepRatios []float64
	for round := 1; round <= hbRounds; round++ {
		var hb result
		if p := os.Getenv("BENCH_CPUPROFILE"); p != "" && round == 1 {
			fh, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			_ = pprof.StartCPUProfile(fh)
			hb = heartbeats(t, env, c, tokens, hbConns, phase())
			pprof.StopCPUProfile()
			fh.Close()
		} else {
			hb = heartbeats(t, env, c, tokens, hbConns, phase())
		}
		if hb.Errors > 0 {
			t.Errorf("heartbeat: %d errors, first: %v", hb.Errors, hb.FirstErr)
		}
		a := pgbench(t, env.DBURL, "read", readScript, phase())
		b := pgbench(t, env.DBURL, "write", writeScript, phase())
		a1 := pgbench(t, env.DBURL, "joined", joinedScript, phase())
		ap := pgbench(t, env.DBURL, "read-prepared", readScript, phase(), "-M", "prepared")
		a1p := pgbench(t, env.DBURL, "joined-prepared", joinedScript, phase(), "-M", "prepared")
		t.Logf("round %d: heartbeat %s; pgbench (a) %s; (b) %s; (a1) %s; (a) prepared %s; (a1) prepared %s", round, hb, a, b, a1, ap, a1p)
		ratios = append(ratios, hb.PerSec()/a.TPS)
		prepRatios = append(prepRatios, hb.PerSec()/ap.TPS)
		rows = append(rows, fmt.Sprintf("| %d | %.0f | %s / %s | %.0f | %s / %s | %.0f | %s / %s | %.0f | %.0f | %.0f | **%.2f** | %.2f | %.2f | %.2f |",
			round, hb.PerSec(), ms(hb.P50), ms(hb.P99), a.TPS, ms(a.P50), ms(a.P99), b.TPS, ms(b.P50), ms(b.P99), a1.TPS, ap.TPS, a1p.TPS,
			hb.PerSec()/a.TPS, hb.PerSec()/b.TPS, hb.PerSec()/ap.TPS, hb.PerSec()/a1p.TPS))
	}
	sort.Float64s(ratios)
	sort.Float64s(prepRatios)
	body := fmt.Sprintf(`Median heartbeat ÷ pgbench (a) over the rounds: **%.2f** (target ≥ 0.5); ÷ pgbench (a) with
`+"`-M prepared`"+` (the fairer floor, since the server prepares its statement): **%.2f**.

%d devices of one account, each licensed (ACTIVE seat) with its own device session token;
%d keep-alive HTTP connections sending `+"`mutation { heartbeat { licensed } }`"+` round-robin over the devices,
%s per phase; pgbench `+"`-n -c 32 -j 2 -T %d`"+` with custom scripts on the same database right after:
(a) the reads a heartbeat needs (session by token hash joined to its user; device with its seat and account),
(b) the same plus `+"`UPDATE devices SET last_seen_at = now()`"+` per call; (a1) the reads of (a) as the one joined statement the
server's token check now sends (the floor of that design); pgbench's default is the simple protocol (parse and plan
each time), `+"`-M prepared`"+` plans once per connection as the server's prepared token check does. Target: heartbeat ≥ 0.5 × (a).

Statements per heartbeat, counted on the wire (10 requests): %v.

| round | heartbeat/s | p50 / p99 | (a)/s | p50 / p99 | (b)/s | p50 / p99 | (a1)/s | (a) prepared/s | (a1) prepared/s | heartbeat ÷ (a) | ÷ (b) | ÷ (a) prepared | ÷ (a1) prepared |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
%s
`, ratios[len(ratios)/2], prepRatios[len(prepRatios)/2], hbDevices, hbConns, phase(), int(phase()/time.Second), stmts, strings.Join(rows, "\n"))
	writeSection(t, "heartbeat", "1. Heartbeat hot path vs pgbench", body)
}
