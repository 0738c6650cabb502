package testdb

import (
	"encoding/binary"
	"io"
	"net"
	"net/url"
	"sync/atomic"
	"testing"
)

// StatementCounter sits between a server and Postgres and counts the statements sent on
// the wire: simple queries ('Q') and extended-protocol executions ('E'), whatever the
// driver and whether statements are prepared.
type StatementCounter struct {
	ln    net.Listener
	n     atomic.Int64
	URL   string // the database URL through the counter
	inner string
}

// CountStatements returns a counter in front of the Postgres database at dbURL; it stops
// when t ends. Connect through its URL.
func CountStatements(t testing.TB, dbURL string) *StatementCounter {
	t.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &StatementCounter{ln: ln, inner: u.Host}
	pu := *u
	pu.Host = ln.Addr().String()
	c.URL = pu.String()
	go c.serve()
	t.Cleanup(func() { ln.Close() })
	return c
}

// Statements is how many statements went through so far.
func (c *StatementCounter) Statements() int64 { return c.n.Load() }

func (c *StatementCounter) serve() {
	for {
		conn, err := c.ln.Accept()
		if err != nil {
			return
		}
		go c.handle(conn)
	}
}

func (c *StatementCounter) handle(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", c.inner)
	if err != nil {
		return
	}
	defer server.Close()
	go func() { _, _ = io.Copy(client, server); client.Close() }()
	// The startup message: an int32 length (itself included), no type byte.
	var hdr [5]byte
	if _, err := io.ReadFull(client, hdr[:4]); err != nil {
		return
	}
	msg := make([]byte, binary.BigEndian.Uint32(hdr[:4]))
	copy(msg, hdr[:4])
	if _, err := io.ReadFull(client, msg[4:]); err != nil {
		return
	}
	if _, err := server.Write(msg); err != nil {
		return
	}
	for {
		if _, err := io.ReadFull(client, hdr[:5]); err != nil {
			return
		}
		if hdr[0] == 'Q' || hdr[0] == 'E' {
			c.n.Add(1)
		}
		msg := make([]byte, 1+int(binary.BigEndian.Uint32(hdr[1:5])))
		copy(msg, hdr[:5])
		if _, err := io.ReadFull(client, msg[5:]); err != nil {
			return
		}
		if _, err := server.Write(msg); err != nil {
			return
		}
	}
}
