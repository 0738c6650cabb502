package faults_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing/invariant"
	"github.com/countthings/countthings/internal/testdb"
)

const password = "correct horse battery staple"

// buildBinary builds cmd/countthings once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "countthings")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/countthings/countthings/cmd/countthings").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// child is a `countthings serve` process.
type child struct {
	cmd  *exec.Cmd
	url  string
	mu   sync.Mutex
	logs strings.Builder
	exit chan error
}

func startServe(t *testing.T, bin, dbURL string) *child {
	t.Helper()
	c := &child{exit: make(chan error, 1)}
	c.cmd = exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--log-format", "json", "--shutdown-grace", "5s")
	c.cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL)
	stderr, err := c.cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, c.cmd.Start())
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			c.mu.Lock()
			c.logs.WriteString(line + "\n")
			c.mu.Unlock()
			var rec struct {
				Msg     string `json:"msg"`
				GraphQL string `json:"graphql"`
			}
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "serving" {
				urls <- strings.TrimSuffix(rec.GraphQL, "/graphql")
			}
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	go func() { c.exit <- c.cmd.Wait() }()
	t.Cleanup(func() {
		if c.cmd.ProcessState == nil {
			_ = c.cmd.Process.Kill()
			<-c.exit
		}
	})
	select {
	case c.url = <-urls:
	case err := <-c.exit:
		t.Fatalf("serve exited before serving: %v\n%s", err, c.output())
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not start within 60s\n%s", c.output())
	}
	return c
}

func (c *child) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.logs.String()
}

// fixture is the seeded account: its admin's token and its devices with their sessions.
type fixture struct {
	accountID int
	adminID   int
	admin     string
	operators []string // emails
	devices   []int
	codes     []string

	mu     sync.Mutex
	tokens map[int]string // device → session token
}

func seed(t *testing.T, db *database.DB) *fixture {
	t.Helper()
	ctx := auth.WithSystem(context.Background())
	c := db.Client
	// Cheap hashes: the server verifies with the parameters stored in the hash.
	restore := auth.SetParamsForTesting(auth.Argon2Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32})
	defer restore()
	hash, err := auth.HashPassword(password)
	require.NoError(t, err)
	acct, err := c.Account.Create().SetName("Crash Co").SetEmail("counting@crash.test").SetType(enums.AccountMixed).
		SetExpiresAt(time.Now().Add(365 * 24 * time.Hour)).SetFloatingIdleMinutes(0).Save(ctx)
	require.NoError(t, err)
	var seats []*ent.LicenseCreate
	for i := range 5 {
		pool := enums.PoolFloating
		if i < 2 {
			pool = enums.PoolStandard
		}
		seats = append(seats, c.License.Create().SetAccountID(acct.ID).SetPool(pool))
	}
	_, err = c.License.CreateBulk(seats...).Save(ctx)
	require.NoError(t, err)
	f := &fixture{accountID: acct.ID, tokens: map[int]string{}}
	admin, err := c.User.Create().SetEmail(acct.Email).SetPasswordHash(hash).SetRole(enums.RoleAdmin).
		SetPermissions([]string{}).SetAccountID(acct.ID).Save(ctx)
	require.NoError(t, err)
	f.adminID = admin.ID
	f.admin = session(t, c, admin.ID, 0)
	var ops []*ent.User
	for i := range 6 {
		u, err := c.User.Create().SetEmail(fmt.Sprintf("op%d@crash.test", i)).SetPasswordHash(hash).
			SetRole(enums.RoleOperator).SetPermissions([]string{"count"}).SetAccountID(acct.ID).Save(ctx)
		require.NoError(t, err)
		ops = append(ops, u)
		f.operators = append(f.operators, u.Email)
	}
	for i := range 12 {
		code := fmt.Sprintf("DEV-%02d", i)
		d, err := c.Device.Create().SetAccountID(acct.ID).SetCode(code).Save(ctx)
		require.NoError(t, err)
		f.devices = append(f.devices, d.ID)
		f.codes = append(f.codes, code)
		f.tokens[d.ID] = session(t, c, ops[i%len(ops)].ID, d.ID)
	}
	return f
}

// session creates a session directly, as testapp.Token does, and returns its bearer token.
func session(t *testing.T, c *ent.Client, userID, deviceID int) string {
	t.Helper()
	tok, hash, err := auth.NewToken(auth.SessionTokenPrefix)
	require.NoError(t, err)
	q := c.Session.Create().SetUserID(userID).SetTokenHash(hash).SetExpiresAt(time.Now().Add(24 * time.Hour))
	if deviceID != 0 {
		q.SetDeviceID(deviceID)
	}
	_, err = q.Save(auth.WithSystem(context.Background()))
	require.NoError(t, err)
	return tok
}

// acks counts the admin's license changes the server acknowledged, by the event each writes.
type acks struct {
	mu sync.Mutex
	n  map[string]int
}

func (a *acks) add(event string) {
	a.mu.Lock()
	a.n[event]++
	a.mu.Unlock()
}

// drive runs concurrent logins, heartbeats, logouts and admin moves, removals and
// assignments against base until stop closes; it returns the outcome counts.
func drive(f *fixture, base string, stop <-chan struct{}, acked *acks) map[string]int {
	var (
		mu       sync.Mutex
		outcomes = map[string]int{}
		wg       sync.WaitGroup
	)
	id := func(n int) string { return strconv.Itoa(n) }
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for {
				select {
				case <-stop:
					return
				default:
				}
				i := r.IntN(len(f.devices))
				dev := f.devices[i]
				f.mu.Lock()
				tok := f.tokens[dev]
				f.mu.Unlock()
				var (
					name string
					res  result
					ack  string
				)
				switch op := r.IntN(10); {
				case op < 3:
					name = "heartbeat"
					res = call(base, tok, `mutation { heartbeat { licensed } }`, nil)
				case op < 4:
					name = "logout"
					res = call(base, tok, `mutation { logout }`, nil)
				case op < 6:
					name = "login"
					var out struct {
						Data struct {
							Login struct{ Token string } `json:"login"`
						} `json:"data"`
					}
					res = callInto(base, "", `mutation($e: String!, $p: String!, $d: String) { login(input: {email: $e, password: $p, deviceCode: $d}) { token } }`,
						map[string]any{"e": f.operators[r.IntN(len(f.operators))], "p": password, "d": f.codes[i]}, &out)
					if out.Data.Login.Token != "" {
						f.mu.Lock()
						f.tokens[dev] = out.Data.Login.Token
						f.mu.Unlock()
					}
				case op < 8:
					name, ack = "move", "MOVED"
					res = call(base, f.admin, `mutation($a: ID!, $b: ID!) { moveLicense(fromDeviceId: $a, toDeviceId: $b) { id } }`,
						map[string]any{"a": id(dev), "b": id(f.devices[r.IntN(len(f.devices))])})
				case op < 9:
					name, ack = "remove", "REMOVED"
					res = call(base, f.admin, `mutation($a: ID!) { removeLicense(deviceId: $a) { id } }`, map[string]any{"a": id(dev)})
				default:
					name, ack = "assign", "RESERVED"
					res = call(base, f.admin, `mutation($a: ID!) { assignLicense(deviceId: $a) { id } }`, map[string]any{"a": id(dev)})
				}
				outcome := res.code
				switch {
				case res.err != nil:
					outcome = "transport error"
					time.Sleep(5 * time.Millisecond) // the server is gone: do not spin
				case res.code == "":
					outcome = "ok"
					if ack != "" {
						acked.add(ack)
					}
				}
				mu.Lock()
				outcomes[name+":"+outcome]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return outcomes
}

// kill -9 of the server in the middle of concurrent license changes loses no acknowledged
// change and no event, and leaks no seat; the restarted server serves the same database.
func TestKillDuringLicenseChanges(t *testing.T) {
	bin := buildBinary(t)
	dbURL := testdb.NewPostgresURL(t)
	db, err := database.Open(context.Background(), dbURL)
	require.NoError(t, err)
	defer db.Close()
	f := seed(t, db)

	srv := startServe(t, bin, dbURL)
	stop := make(chan struct{})
	acked := &acks{n: map[string]int{}}
	done := make(chan map[string]int, 1)
	go func() { done <- drive(f, srv.url, stop, acked) }()

	// Let the load run, then kill the server while requests are in flight.
	time.Sleep(1500 * time.Millisecond)
	require.NoError(t, srv.cmd.Process.Signal(syscall.SIGKILL))
	<-srv.exit
	time.Sleep(200 * time.Millisecond) // the clients see their connections drop
	close(stop)
	outcomes := <-done
	t.Logf("outcomes before and at the kill (op:outcome → count): %v", outcomes)
	require.Positive(t, outcomes["move:ok"]+outcomes["remove:ok"]+outcomes["assign:ok"], "the admin changed licenses before the kill")

	check := func(when string) int {
		t.Helper()
		ctx := context.Background()
		// The killed server's transactions end when Postgres sees its connections drop.
		require.Eventually(t, func() bool {
			var n int
			err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`).Scan(&n)
			return err == nil && n == 0
		}, 10*time.Second, 50*time.Millisecond)
		problems, events, err := invariant.Check(ctx, db.SQL, f.accountID, invariant.Pools{"STANDARD": 2, "FLOATING": 3})
		require.NoError(t, err)
		require.Empty(t, problems, "the license invariant %s", when)
		return events
	}
	events := check("after kill -9")
	byType := map[string]int{}
	rows, err := db.SQL.Query(`SELECT type, count(*) FROM license_events WHERE account_id = $1 AND actor_id = $2 GROUP BY type`, f.accountID, f.adminID)
	require.NoError(t, err)
	for rows.Next() {
		var typ string
		var n int
		require.NoError(t, rows.Scan(&typ, &n))
		byType[typ] = n
	}
	rows.Close()
	t.Logf("%d events after the kill; the admin's: %v; acknowledged: %v", events, byType, acked.n)
	for typ, n := range acked.n {
		assert.GreaterOrEqual(t, byType[typ], n, "acknowledged %s changes missing from the event log", typ)
	}

	// The restarted server serves the same database and keeps the invariant.
	srv2 := startServe(t, bin, dbURL)
	assert.Equal(t, http.StatusOK, status(srv2.url+"/readyz"))
	r := call(srv2.url, f.admin, `{ account { licensePool { total assigned unassigned } } }`, nil)
	require.NoError(t, r.err)
	require.Empty(t, r.code, "%v", r)
	stop2 := make(chan struct{})
	go func() { time.Sleep(500 * time.Millisecond); close(stop2) }()
	outcomes = drive(f, srv2.url, stop2, &acks{n: map[string]int{}})
	t.Logf("after the restart: %v", outcomes)
	require.Positive(t, outcomes["heartbeat:ok"]+outcomes["login:ok"]+outcomes["move:ok"])
	require.Greater(t, check("after the restart"), events)

	// SIGTERM stops it cleanly.
	require.NoError(t, srv2.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-srv2.exit:
		require.NoError(t, err, "exit after SIGTERM\n%s", srv2.output())
	case <-time.After(20 * time.Second):
		t.Fatalf("no exit within 20s of SIGTERM")
	}
}
