//go:build bench

package bench

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

const devicesQuery = `{ account { devices(first: 100) { edges { node { lastUser { email } license { pool } } } } } }`

// statementProxy sits between a server and Postgres and counts the statements the server
// sends: simple queries ('Q') and extended-protocol executions ('E').
type statementProxy struct {
	ln        net.Listener
	target    string
	simple    atomic.Int64
	executes  atomic.Int64
	closeOnce sync.Once
}

func startProxy(t testing.TB, target string) *statementProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &statementProxy{ln: ln, target: target}
	go p.serve()
	t.Cleanup(func() { ln.Close() })
	return p
}

func (p *statementProxy) Statements() int64 { return p.simple.Load() + p.executes.Load() }

func (p *statementProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.handle(c)
	}
}

func (p *statementProxy) handle(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	defer server.Close()
	go func() { _, _ = io.Copy(client, server); client.Close() }()
	// Startup message: int32 length (itself included), no type byte.
	var hdr [5]byte
	if _, err := io.ReadFull(client, hdr[:4]); err != nil {
		return
	}
	n := int(binary.BigEndian.Uint32(hdr[:4]))
	rest := make([]byte, n-4)
	if _, err := io.ReadFull(client, rest); err != nil {
		return
	}
	if _, err := server.Write(append(hdr[:4:4], rest...)); err != nil {
		return
	}
	printSQL := false
	for {
		if _, err := io.ReadFull(client, hdr[:5]); err != nil {
			return
		}
		switch hdr[0] {
		case 'Q':
			p.simple.Add(1)
			printSQL = true
		case 'E':
			p.executes.Add(1)
		}
		n := int(binary.BigEndian.Uint32(hdr[1:5]))
		msg := make([]byte, 5+n-4)
		copy(msg, hdr[:5])
		if _, err := io.ReadFull(client, msg[5:]); err != nil {
			return
		}
		if printSQL && os.Getenv("BENCH_PRINT_SQL") != "" {
			fmt.Fprintf(os.Stderr, "SQL: %s\n", msg[5:])
		}
		printSQL = false
		if _, err := server.Write(msg); err != nil {
			return
		}
	}
}

// countStatements sends reqs requests, one at a time, to a second server instance on the same
// database whose connections go through the counting proxy, and returns how many requests
// took how many statements (simple queries "s", extended executions "e"), the total, and the
// statements the idle instance sends in 2 s (background work).
func countStatements(t testing.TB, env *testapp.Env, tok string, body []byte, reqs int) (map[string]int, int64, int64) {
	u, err := url.Parse(env.DBURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := startProxy(t, u.Host)
	pu := *u
	pu.Host = proxy.ln.Addr().String()
	counted := testapp.New(t, testapp.SharedDatabase(pu.String()),
		testapp.Configure(func(c *app.Config) { c.Now = time.Now; c.NoMigrate = true }))
	cc := httpClient(1)
	var buf bytes.Buffer
	// One request first: connections, caches.
	if _, err := post(cc, counted.URL+"/graphql", tok, body, &buf); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	idle0 := proxy.Statements()
	time.Sleep(2 * time.Second)
	idle := proxy.Statements() - idle0
	perReq := map[string]int{}
	var total int64
	for i := 0; i < reqs; i++ {
		s0, e0 := proxy.simple.Load(), proxy.executes.Load()
		b, err := post(cc, counted.URL+"/graphql", tok, body, &buf)
		if err != nil || bytes.Contains(b, []byte(`"errors"`)) {
			t.Fatalf("counted request: %v %s", err, truncate(b))
		}
		s, e := proxy.simple.Load()-s0, proxy.executes.Load()-e0
		perReq[fmt.Sprintf("%d (%d simple, %d extended)", s+e, s, e)]++
		total += s + e
	}
	return perReq, total, idle
}

// TestBenchReadPath: the admin portal's devices page — SQL statements per request (counted
// on the wire by a proxy in front of Postgres) and throughput.
func TestBenchReadPath(t *testing.T) {
	env := newEnv(t)
	acct, _ := seedLicensedDevices(t, env, 300)
	op := env.SeedUser(t, acct, "", "devices:read")
	tok := env.Token(t, op, 0)
	body, _ := json.Marshal(map[string]any{"query": devicesQuery})
	var check bytes.Buffer
	b, err := post(httpClient(1), env.URL+"/graphql", tok, body, &check)
	if err != nil || bytes.Contains(b, []byte(`"errors"`)) || bytes.Count(b, []byte(`"pool":"STANDARD"`)) != 100 {
		t.Fatalf("devices page: %v %s", err, truncate(b))
	}

	perReq, total, idle := countStatements(t, env, tok, body, 20)
	const reqs = 20
	t.Logf("statements per devices page: %v (idle background: %d in 2 s)", perReq, idle)

	// Throughput on the direct instance.
	c := httpClient(hbConns)
	bufs := make([]bytes.Buffer, hbConns)
	r := load(hbConns, phase(), func(w, i int) error {
		b, err := post(c, env.URL+"/graphql", tok, body, &bufs[w])
		if err == nil && bytes.Contains(b, []byte(`"errors"`)) {
			err = fmt.Errorf("%s", truncate(b))
		}
		return err
	})
	if r.Errors > 0 {
		t.Errorf("devices page: %d errors, first %v", r.Errors, r.FirstErr)
	}
	var dist []string
	for k, v := range perReq {
		dist = append(dist, fmt.Sprintf("%s × %d requests", k, v))
	}
	text := fmt.Sprintf("`%s` as an OPERATOR with `devices:read`, on 300 licensed devices (each page: 100 devices, their last user and seat).\n"+
		"Statements are counted on the wire (simple queries + extended-protocol executions) by a proxy between a second\n"+
		"server instance and Postgres, over %d sequential requests (background work while idle: %d statements in 2 s).\n"+
		"Throughput: %d connections for %s on the direct instance.\n\n"+
		"| statements per request | throughput | p50 / p99 | errors |\n| --- | --- | --- | --- |\n| %s (mean %.2f) | %.0f pages/s (%.0f devices/s) | %s / %s | %d |\n",
		devicesQuery, reqs, idle, hbConns, phase(), strings.Join(dist, ", "), float64(total)/reqs,
		r.PerSec(), 100*r.PerSec(), ms(r.P50), ms(r.P99), r.Errors)
	writeSection(t, "readpath", "5. Read path: a devices page", text)
}
