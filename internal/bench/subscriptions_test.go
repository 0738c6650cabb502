//go:build bench

package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// subscribers is how many WebSocket subscribers: BENCH_SUBSCRIBERS, default 10,000.
func subscribers() int {
	if s := os.Getenv("BENCH_SUBSCRIBERS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return 10000
}

// raiseFileLimit lifts the soft limit on open files to the hard one; set explicitly, it is
// also what child processes inherit.
func raiseFileLimit(t testing.TB) uint64 {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	lim.Cur = lim.Max
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	return lim.Cur
}

// serverProcess is `countthings serve` as a child process (so that its memory is its own).
type serverProcess struct {
	cmd *exec.Cmd
	url string
}

func startServerProcess(t testing.TB, dbURL string) *serverProcess {
	return startServerBinary(t, buildServer(t, ""), dbURL)
}

// startServerBinary starts a built `countthings serve` on dbURL (already migrated).
func startServerBinary(t testing.TB, bin, dbURL string) *serverProcess {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "--addr", addr, "--database-url", dbURL, "--no-migrate", "--log-level", "warn")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() })
	for i := 0; i < 100; i++ {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			return &serverProcess{cmd: cmd, url: "http://" + addr}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("server did not start")
	return nil
}

// rss is the server's resident set size in bytes.
func (p *serverProcess) rss(t testing.TB) int64 {
	pid := os.Getpid()
	if p.cmd != nil {
		pid = p.cmd.Process.Pid
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			f := strings.Fields(l)
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpu is the server process's user and system CPU time so far (the harness's own, in process).
func (p *serverProcess) cpu(t testing.TB) time.Duration {
	if p.cmd == nil {
		return selfCPU(t)
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	// Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}

// selfCPU is this process's user and system CPU time so far.
func selfCPU(t testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// metric reads one unlabelled value from the server's /metrics.
func (p *serverProcess) metric(t testing.TB, name string) float64 {
	resp, err := http.Get(p.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, name+" ") {
			v, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimPrefix(l, name)), 64)
			return v
		}
	}
	return -1
}

type delivery struct {
	cursor  string
	latency time.Duration
}

type wsSubscriber struct {
	conn *websocket.Conn
	got  []delivery
	mu   sync.Mutex
	err  error
}

const subQuery = `subscription { licenseEvents { cursor occurredAt } }`

func dialSubscriber(ctx context.Context, url, token string) (*wsSubscriber, error) {
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, err
	}
	send := func(v any) error {
		b, _ := json.Marshal(v)
		return conn.Write(ctx, websocket.MessageText, b)
	}
	if err := send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}}); err != nil {
		return nil, err
	}
	_, b, err := conn.Read(ctx)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(string(b), "connection_ack") {
		return nil, fmt.Errorf("no ack: %s", b)
	}
	if err := send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": subQuery}}); err != nil {
		return nil, err
	}
	s := &wsSubscriber{conn: conn}
	go s.read()
	return s, nil
}

// dialSubscribers connects n subscribers, 32 at a time, the i-th with token(i).
func dialSubscribers(n int, url string, token func(i int) string) ([]*wsSubscriber, error) {
	subs := make([]*wsSubscriber, n)
	var next atomic.Int64
	var dialErr atomic.Value
	var wg sync.WaitGroup
	for w := 0; w < 32; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				sub, err := dialSubscriber(ctx, url, token(i))
				cancel()
				if err != nil {
					dialErr.Store(fmt.Errorf("subscriber %d: %w", i, err))
					return
				}
				subs[i] = sub
			}
		}()
	}
	wg.Wait()
	err, _ := dialErr.Load().(error)
	return subs, err
}

// awaitDeliveries waits (up to timeout) until the i-th subscriber has want(i) deliveries,
// and returns the latencies, how many are missing and how many subscribers were closed.
func awaitDeliveries(subs []*wsSubscriber, want func(i int) int, timeout time.Duration) (lat []time.Duration, missing, closed int) {
	deadline := time.Now().Add(timeout)
	for {
		lat, missing, closed = lat[:0], 0, 0
		for i, s := range subs {
			s.mu.Lock()
			for _, d := range s.got {
				lat = append(lat, d.latency)
			}
			if w := want(i); len(s.got) < w {
				missing += w - len(s.got)
			}
			if s.err != nil {
				closed++
			}
			s.mu.Unlock()
		}
		if missing == 0 || time.Now().After(deadline) {
			return lat, missing, closed
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// closeSubscribers drops the connections (without the close handshake, which the floor's
// bare writer does not answer).
func closeSubscribers(subs []*wsSubscriber) {
	for _, s := range subs {
		if s != nil {
			s.conn.CloseNow()
		}
	}
}

func (s *wsSubscriber) read() {
	var m struct {
		Type    string `json:"type"`
		Payload struct {
			Data struct {
				LicenseEvents struct {
					Cursor     string    `json:"cursor"`
					OccurredAt time.Time `json:"occurredAt"`
				} `json:"licenseEvents"`
			} `json:"data"`
		} `json:"payload"`
	}
	for {
		_, b, err := s.conn.Read(context.Background())
		now := time.Now()
		if err != nil {
			s.mu.Lock()
			s.err = err
			s.mu.Unlock()
			return
		}
		if at, ok := occurredAt(b); ok {
			// The common case, without decoding the whole message: the harness shares the
			// server's CPUs, so its own work would count as delivery latency.
			s.mu.Lock()
			s.got = append(s.got, delivery{latency: now.Sub(at)})
			s.mu.Unlock()
			continue
		}
		m.Type = ""
		if err := json.Unmarshal(b, &m); err != nil {
			continue
		}
		switch m.Type {
		case "next":
			ev := m.Payload.Data.LicenseEvents
			s.mu.Lock()
			s.got = append(s.got, delivery{cursor: ev.Cursor, latency: now.Sub(ev.OccurredAt)})
			s.mu.Unlock()
		case "ping":
			_ = s.conn.Write(context.Background(), websocket.MessageText, []byte(`{"type":"pong"}`))
		case "error", "complete":
			s.mu.Lock()
			s.err = fmt.Errorf("%s: %s", m.Type, b)
			s.mu.Unlock()
		}
	}
}

// TestBenchSubscriptions: N WebSocket subscribers of licenseEvents on one server process;
// the server's memory per subscriber and the delivery latency of events (receipt − the
// event's occurredAt, stamped in the writing transaction). Two layouts: every subscriber on
// one account (each event goes to all N: the worst case), and N spread over 100 accounts
// (each event goes to N/100).
func TestBenchSubscriptions(t *testing.T) {
	limit := raiseFileLimit(t)
	n := subscribers()
	var rows []string
	// The one-account layout (the worst case) three times, each followed by the floor, since
	// one slow stretch of the shared machine moves a p99; then the 100-account layout.
	// (Subtests, so that each run's server and database are gone before the next.)
	for i := range 3 {
		t.Run(fmt.Sprintf("one account, run %d", i+1), func(t *testing.T) {
			rows = append(rows, subscriptionRun(t, n, 1))
			p50, p99, pmax := fanoutFloor(t, n, 20)
			t.Logf("floor: %d bare WebSocket connections, 20 frames: p50 %s p99 %s max %s", n, ms(p50), ms(p99), ms(pmax))
			rows = append(rows, fmt.Sprintf("| %d | floor: bare writes (%d) | | | | | | | | %s | **%s** | %s |", n, n, ms(p50), ms(p99), ms(pmax)))
		})
	}
	t.Run("100 accounts", func(t *testing.T) { rows = append(rows, subscriptionRun(t, n, 100)) })
	if t.Failed() {
		return
	}
	text := fmt.Sprintf(`WebSocket subscribers (graphql-transport-ws, one connection each, `+"`%s`"+`) on one
`+"`countthings serve`"+` process (a child of the harness, so that its memory is its own; open-file limit raised to %d),
spread over 1 or 100 accounts; then 20 events (assignLicense / removeLicense by an admin over HTTP, rotating over
the accounts), 300 ms apart. Latency = receipt by the subscriber − the event's occurredAt (stamped inside the writing
transaction; same clock). The subscribers' side runs in the harness on the same 2 CPUs. Targets: 10,000 subscribers
in < 1 GiB, p99 < 250 ms. The floor row, right after the run above it: the same subscribers served by a bare WebSocket writer (the bench
binary itself as a child process, internal/bench/floor_test.go) that hands each connection the same ready-made frame
from two goroutines, one write system call each: what 10,000 loopback deliveries cost on this machine, with the
harness's readers on the same CPUs, and no database, GraphQL or per-subscriber work.

| subscribers | accounts (deliveries per event) | connect time | server RSS idle → with subscribers (after events) | per subscriber (RSS) | Go heap in use idle → with subscribers | goroutines | deliveries (missing, closed) | CPU per delivery: server / harness | p50 | p99 | max |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
%s
`, subQuery, limit, strings.Join(rows, "\n"))
	writeSection(t, "subscriptions", "4. Subscriptions", text)
}

func subscriptionRun(t *testing.T, n, accounts int) string {
	env := newEnv(t)
	var srv *serverProcess
	if os.Getenv("BENCH_INPROCESS") != "" {
		// For profiling the server (BENCH_CPUPROFILE): serve from this process; the memory
		// figures then include the subscribers' side.
		srv = &serverProcess{url: env.URL}
	} else {
		srv = startServerProcess(t, env.DBURL)
	}
	c := httpClient(4)
	admins := make([]string, accounts)
	deviceIDs := make([]string, accounts)
	for i := range admins {
		s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 1})
		env.SeedDevice(t, s.Account.ID, "SUB-1")
		admins[i] = env.Token(t, s.Admin, 0)
		var devs struct {
			Account struct {
				Devices struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		r := doJSON(t, c, srv.url, admins[i], `{ account { devices(first: 1) { edges { node { id } } } } }`, nil)
		if err := json.Unmarshal(r, &devs); err != nil || len(devs.Account.Devices.Edges) != 1 {
			t.Fatalf("device id: %v %s", err, r)
		}
		deviceIDs[i] = devs.Account.Devices.Edges[0].Node.ID
	}
	assigned := make([]bool, accounts)
	event := func(k int) {
		a := k % accounts
		q := `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`
		if assigned[a] {
			q = `mutation($d: ID!) { removeLicense(deviceId: $d) { id } }`
		}
		assigned[a] = !assigned[a]
		doJSON(t, c, srv.url, admins[a], q, map[string]any{"d": deviceIDs[a]})
	}
	// Warm the server up (one subscriber, a few events) before measuring its idle memory.
	warm, err := dialSubscriber(context.Background(), srv.url, admins[0])
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		event(0)
	}
	time.Sleep(500 * time.Millisecond)
	warm.conn.Close(websocket.StatusNormalClosure, "")
	time.Sleep(500 * time.Millisecond)
	rss0 := srv.rss(t)
	heap0 := srv.metric(t, "go_memstats_heap_inuse_bytes")
	gor0 := srv.metric(t, "go_goroutines")

	start := time.Now()
	subs, err := dialSubscribers(n, srv.url, func(i int) string { return admins[i%accounts] })
	defer closeSubscribers(subs)
	if err != nil {
		t.Fatalf("connecting %d subscribers: %v", n, err)
	}
	// Wait until the server has registered every subscription.
	for i := 0; i < 600 && srv.metric(t, "countthings_graphql_subscriptions_active") < float64(n); i++ {
		time.Sleep(100 * time.Millisecond)
	}
	connectTime := time.Since(start)
	active := srv.metric(t, "countthings_graphql_subscriptions_active")
	time.Sleep(2 * time.Second)
	rss1 := srv.rss(t)
	heap1 := srv.metric(t, "go_memstats_heap_inuse_bytes")
	gor1 := srv.metric(t, "go_goroutines")
	alloc1, gc1 := srv.metric(t, "go_memstats_alloc_bytes_total"), srv.metric(t, "go_gc_duration_seconds_count")
	srvCPU1, ownCPU1 := srv.cpu(t), selfCPU(t)

	if p := os.Getenv("BENCH_HEAPPROFILE"); p != "" && accounts == 1 {
		// With BENCH_INPROCESS: what the idle subscriptions hold (both ends of each).
		fh, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		_ = pprof.WriteHeapProfile(fh)
		fh.Close()
	}
	const events = 20
	if p := os.Getenv("BENCH_CPUPROFILE"); p != "" && accounts == 1 {
		fh, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		_ = pprof.StartCPUProfile(fh)
		defer func() { pprof.StopCPUProfile(); fh.Close() }()
	}
	want := make([]int, accounts) // events per account
	for k := 0; k < events; k++ {
		event(k)
		want[k%accounts]++
		time.Sleep(300 * time.Millisecond)
	}
	lat, missing, closed := awaitDeliveries(subs, func(i int) int { return want[i%accounts] }, 15*time.Second)
	rss2 := srv.rss(t)
	alloc2, gc2 := srv.metric(t, "go_memstats_alloc_bytes_total"), srv.metric(t, "go_gc_duration_seconds_count")
	srvCPU, ownCPU := srv.cpu(t)-srvCPU1, selfCPU(t)-ownCPU1
	if accounts == 1 {
		// Each event's slowest delivery: is the tail one event or all of them?
		spread := make([]string, events)
		for k := range events {
			var hi time.Duration
			lo := time.Hour
			for _, s := range subs {
				s.mu.Lock()
				if k < len(s.got) {
					hi, lo = max(hi, s.got[k].latency), min(lo, s.got[k].latency)
				}
				s.mu.Unlock()
			}
			spread[k] = fmt.Sprintf("%.0f–%.0f", float64(lo)/1e6, float64(hi)/1e6)
		}
		t.Logf("fastest–slowest delivery of each event (ms): %s", strings.Join(spread, ", "))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p50, p99, max := quantile(lat, 0.5), quantile(lat, 0.99), quantile(lat, 1)
	perSub := float64(rss1-rss0) / float64(n)
	t.Logf("%d subscribers on %d accounts (%d active) in %s: RSS %d → %d MiB (%.1f KiB each), heap in use %.0f → %.0f MiB, goroutines %.0f → %.0f; after events RSS %d MiB; %d deliveries, missing %d, closed %d: p50 %s p99 %s max %s; during the events the server allocated %.0f B per delivery and ran %.0f GC cycles; CPU per delivery: server %.1f µs, harness (subscribers and the admin's requests) %.1f µs",
		n, accounts, int(active), connectTime, rss0>>20, rss1>>20, perSub/1024, heap0/(1<<20), heap1/(1<<20), gor0, gor1, rss2>>20, len(lat), missing, closed, ms(p50), ms(p99), ms(max),
		(alloc2-alloc1)/float64(len(lat)+1), gc2-gc1,
		float64(srvCPU.Microseconds())/float64(len(lat)+1), float64(ownCPU.Microseconds())/float64(len(lat)+1))
	return fmt.Sprintf("| %d | %d (%d) | %s | %d → %d MiB (%d MiB) | %.1f KiB | %.0f → %.0f MiB | %.0f → %.0f | %d (%d, %d) | %.1f / %.1f µs | %s | **%s** | %s |",
		n, accounts, n/accounts, connectTime.Round(time.Millisecond), rss0>>20, rss1>>20, rss2>>20, perSub/1024,
		heap0/(1<<20), heap1/(1<<20), gor0, gor1, len(lat), missing, closed,
		float64(srvCPU.Microseconds())/float64(len(lat)+1), float64(ownCPU.Microseconds())/float64(len(lat)+1),
		ms(p50), ms(p99), ms(max))
}

// occurredAt finds "occurredAt":"…" in a next message.
func occurredAt(b []byte) (time.Time, bool) {
	const key = `"occurredAt":"`
	// gqlgen writes the payload first: {"payload":{…},"id":"1","type":"next"}.
	if !bytes.HasSuffix(b, []byte(`"type":"next"}`)) && !bytes.Contains(b[:min(len(b), 40)], []byte(`"type":"next"`)) {
		return time.Time{}, false
	}
	i := bytes.Index(b, []byte(key))
	if i < 0 {
		return time.Time{}, false
	}
	rest := b[i+len(key):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 {
		return time.Time{}, false
	}
	at, err := time.Parse(time.RFC3339Nano, string(rest[:j]))
	return at, err == nil
}

func doJSON(t testing.TB, c *http.Client, url, token, query string, vars map[string]any) json.RawMessage {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || len(out.Errors) > 0 {
		t.Fatalf("%s: %v %s", query, err, raw)
	}
	return out.Data
}
