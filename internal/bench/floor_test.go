//go:build bench

package bench

import (
	"bufio"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"sync"
	"testing"
	"time"
)

// TestMain: with BENCH_FLOOR_SERVE set, this binary is the floor's bare WebSocket writer
// (a process of its own, as the real server is, so that each side has its own files).
func TestMain(m *testing.M) {
	if os.Getenv("BENCH_FLOOR_SERVE") != "" {
		floorServe()
		return
	}
	os.Exit(m.Run())
}

// floorServe accepts WebSocket subscribers and, for each line on stdin, hands every one
// the same ready-made next frame (stamped with the time the fan-out starts) from two
// goroutines, one write system call each; it prints its address first and "done" after
// each fan-out.
func floorServe() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("error", err)
		return
	}
	fmt.Println(ln.Addr().String())
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				if errors.Is(err, net.ErrClosed) {
					return
				}
				time.Sleep(10 * time.Millisecond)
				continue
			}
			go func() {
				if err := floorHandshake(c); err != nil {
					c.Close()
					return
				}
				mu.Lock()
				conns = append(conns, c)
				mu.Unlock()
			}()
		}
	}()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		payload := fmt.Sprintf(`{"id":"1","type":"next","payload":{"data":{"licenseEvents":{"cursor":"gqhwAA","occurredAt":%q}}}}`,
			time.Now().UTC().Format(time.RFC3339Nano))
		frame := wsFrame([]byte(payload))
		mu.Lock()
		all := conns
		mu.Unlock()
		var wg sync.WaitGroup
		for half := 0; half < 2; half++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := half; j < len(all); j += 2 {
					_, _ = all[j].Write(frame)
				}
			}()
		}
		wg.Wait()
		fmt.Println("done", len(all))
	}
}

// fanoutFloor is the floor of an event's fan-out on this machine: the same subscribers
// (the harness's graphql-transport-ws clients, on the same CPUs) served by floorServe in a
// child process: no database, no GraphQL, no per-subscriber goroutine, one write each. It
// returns p50, p99 and max of 20 fan-outs, 300 ms apart.
func fanoutFloor(t *testing.T, n, events int) (time.Duration, time.Duration, time.Duration) {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "BENCH_FLOOR_SERVE=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); _ = cmd.Wait() }()
	out := bufio.NewScanner(stdout)
	if !out.Scan() {
		t.Fatal("floor: no address")
	}
	url := "http://" + out.Text()
	subs, err := dialSubscribers(n, url, func(int) string { return "floor" })
	defer closeSubscribers(subs)
	if err != nil {
		t.Fatalf("floor: %v", err)
	}
	time.Sleep(time.Second) // the writer registers each connection after its subscribe
	for k := 0; k < events; k++ {
		if _, err := io.WriteString(stdin, "send\n"); err != nil {
			t.Fatal(err)
		}
		if !out.Scan() {
			t.Fatal("floor: writer gone")
		}
		time.Sleep(300 * time.Millisecond)
	}
	lat, missing, _ := awaitDeliveries(subs, func(int) int { return events }, 10*time.Second)
	if missing > 0 {
		t.Logf("floor: %d deliveries missing", missing)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return quantile(lat, 0.5), quantile(lat, 0.99), quantile(lat, 1)
}

// floorHandshake answers the upgrade and the client's connection_init, and reads its
// subscribe.
func floorHandshake(c net.Conn) error {
	br := bufio.NewReader(c)
	req, err := http.ReadRequest(br)
	if err != nil {
		return err
	}
	h := sha1.Sum([]byte(req.Header.Get("Sec-WebSocket-Key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	resp := "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(h[:]) + "\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"
	if _, err := io.WriteString(c, resp); err != nil {
		return err
	}
	if err := skipClientFrame(br); err != nil { // connection_init
		return err
	}
	if _, err := c.Write(wsFrame([]byte(`{"type":"connection_ack"}`))); err != nil {
		return err
	}
	return skipClientFrame(br) // subscribe
}

// skipClientFrame reads one (masked) frame from the client.
func skipClientFrame(br *bufio.Reader) error {
	var h [2]byte
	if _, err := io.ReadFull(br, h[:]); err != nil {
		return err
	}
	n := int64(h[1] & 0x7f)
	switch n {
	case 126:
		var e [2]byte
		if _, err := io.ReadFull(br, e[:]); err != nil {
			return err
		}
		n = int64(binary.BigEndian.Uint16(e[:]))
	case 127:
		var e [8]byte
		if _, err := io.ReadFull(br, e[:]); err != nil {
			return err
		}
		n = int64(binary.BigEndian.Uint64(e[:]))
	}
	if h[1]&0x80 != 0 {
		n += 4 // the mask key
	}
	_, err := io.CopyN(io.Discard, br, n)
	return err
}

// wsFrame is an unmasked text frame (server to client).
func wsFrame(p []byte) []byte {
	b := []byte{0x81}
	if len(p) < 126 {
		b = append(b, byte(len(p)))
	} else {
		b = append(b, 126, byte(len(p)>>8), byte(len(p)))
	}
	return append(b, p...)
}
