package testdb

import (
	"encoding/binary"
	"errors"
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
)

// Statements counts the statements clients send a Postgres server, read off the wire.
type Statements struct{ n atomic.Int64 }

// Load is the count so far.
func (s *Statements) Load() int64 { return s.n.Load() }

// Reset sets the count to zero.
func (s *Statements) Reset() { s.n.Store(0) }

// CountingURL returns rawURL (a Postgres URL) rerouted through a loopback proxy that counts
// each statement the clients send: a simple query ('Q') or an execution of a parsed or
// prepared one ('B', Bind). Transactions' BEGIN and COMMIT count as statements.
func CountingURL(t testing.TB, rawURL string) (string, *Statements) {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatalf("counting proxy: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("counting proxy: %v", err)
	}
	st := &Statements{}
	target := u.Host
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, c, s)
			mu.Unlock()
			wg.Add(2)
			go func() { defer wg.Done(); _, _ = io.Copy(c, s); c.Close() }()
			go func() { defer wg.Done(); countMessages(c, s, st); s.Close() }()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	u.Host = ln.Addr().String()
	return u.String(), st
}

// countMessages copies the frontend's messages from client to server, counting statements.
func countMessages(client io.Reader, server io.Writer, st *Statements) {
	// The startup message has no type byte: a length, then the payload.
	var head [5]byte
	if _, err := io.ReadFull(client, head[:4]); err != nil {
		return
	}
	n := int(binary.BigEndian.Uint32(head[:4]))
	if n < 4 || copyN(server, client, head[:4], n-4) != nil {
		return
	}
	for {
		if _, err := io.ReadFull(client, head[:]); err != nil {
			return
		}
		if head[0] == 'Q' || head[0] == 'B' {
			st.n.Add(1)
		}
		n := int(binary.BigEndian.Uint32(head[1:]))
		if n < 4 || copyN(server, client, head[:], n-4) != nil {
			return
		}
	}
}

func copyN(dst io.Writer, src io.Reader, head []byte, n int) error {
	if _, err := dst.Write(head); err != nil {
		return err
	}
	if m, err := io.CopyN(dst, src, int64(n)); err != nil || m != int64(n) {
		return errors.Join(err, io.ErrUnexpectedEOF)
	}
	return nil
}
