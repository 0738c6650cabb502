//go:build bench

package bench

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
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

	// While capturing, every statement executed is recorded with its parameters.
	capturing atomic.Bool
	capMu     sync.Mutex
	captured  []capturedStatement
}

// capturedStatement is one execution seen on the wire: the statement's text and its
// parameters (nil: NULL; binary: sent in binary format).
type capturedStatement struct {
	Query  string
	Params []capturedParam
}

type capturedParam struct {
	Value  []byte
	Null   bool
	Binary bool
}

// capture records the statements executed while f runs.
func (p *statementProxy) capture(f func()) []capturedStatement {
	p.capMu.Lock()
	p.captured = nil
	p.capMu.Unlock()
	p.capturing.Store(true)
	f()
	p.capturing.Store(false)
	p.capMu.Lock()
	defer p.capMu.Unlock()
	return append([]capturedStatement(nil), p.captured...)
}

func (p *statementProxy) record(c capturedStatement) {
	if !p.capturing.Load() {
		return
	}
	p.capMu.Lock()
	p.captured = append(p.captured, c)
	p.capMu.Unlock()
}

// cstring splits a NUL-terminated string off b.
func cstring(b []byte) (string, []byte) {
	i := bytes.IndexByte(b, 0)
	if i < 0 {
		return string(b), nil
	}
	return string(b[:i]), b[i+1:]
}

// parseBind reads a Bind message's statement name and parameters.
func parseBind(b []byte) (string, []capturedParam) {
	_, b = cstring(b) // portal
	stmt, b := cstring(b)
	if len(b) < 2 {
		return stmt, nil
	}
	nf := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	formats := make([]uint16, nf)
	for i := range formats {
		formats[i] = binary.BigEndian.Uint16(b)
		b = b[2:]
	}
	np := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	params := make([]capturedParam, np)
	for i := range params {
		n := int(int32(binary.BigEndian.Uint32(b)))
		b = b[4:]
		switch {
		case nf == 1:
			params[i].Binary = formats[0] == 1
		case nf > i:
			params[i].Binary = formats[i] == 1
		}
		if n < 0 {
			params[i].Null = true
			continue
		}
		params[i].Value = append([]byte(nil), b[:n]...)
		b = b[n:]
	}
	return stmt, params
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
	prepared := map[string]string{} // statement name → text, on this connection
	var bound capturedStatement
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
		switch hdr[0] {
		case 'Q':
			q, _ := cstring(msg[5:])
			p.record(capturedStatement{Query: q})
		case 'P':
			name, rest := cstring(msg[5:])
			q, _ := cstring(rest)
			prepared[name] = q
		case 'B':
			name, params := parseBind(msg[5:])
			bound = capturedStatement{Query: prepared[name], Params: params}
		case 'E':
			p.record(bound)
		}
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
