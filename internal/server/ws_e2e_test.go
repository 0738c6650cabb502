package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// A raw graphql-transport-ws client, written against the protocol, not against the server.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

func dialWS(t *testing.T, env *testapp.Env, protocols ...string) *wsClient {
	t.Helper()
	if protocols == nil {
		protocols = []string{"graphql-transport-ws"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(env.URL, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: protocols})
	require.NoError(t, err)
	require.Equal(t, protocols[0], resp.Header.Get("Sec-WebSocket-Protocol"))
	t.Cleanup(func() { conn.CloseNow() })
	return &wsClient{t: t, conn: conn}
}

func (c *wsClient) send(v any) {
	c.t.Helper()
	b, err := json.Marshal(v)
	require.NoError(c.t, err)
	require.NoError(c.t, c.conn.Write(context.Background(), websocket.MessageText, b))
}

func (c *wsClient) sendRaw(s string) {
	c.t.Helper()
	require.NoError(c.t, c.conn.Write(context.Background(), websocket.MessageText, []byte(s)))
}

type wsMsg struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

// next reads the next message.
func (c *wsClient) next() wsMsg {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, b, err := c.conn.Read(ctx)
	require.NoError(c.t, err)
	var m wsMsg
	require.NoError(c.t, json.Unmarshal(b, &m), "%s", b)
	return m
}

// closed waits for the server to close the connection and returns the close code and reason.
func (c *wsClient) closed() (websocket.StatusCode, string) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		_, b, err := c.conn.Read(ctx)
		if err != nil {
			var ce websocket.CloseError
			require.ErrorAs(c.t, err, &ce, "closed with a code")
			return ce.Code, ce.Reason
		}
		c.t.Logf("before the close: %s", b)
	}
}

func (c *wsClient) init(token string) {
	c.t.Helper()
	c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}})
	require.Equal(c.t, "connection_ack", c.next().Type)
}

// The protocol's rules, over the wire: acknowledgement, ping/pong, results, errors and the
// close codes for every misuse.
func TestGraphQLTransportWS(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	admin := env.Token(t, acct.Admin, 0)
	dev := env.SeedDevice(t, acct.Account.ID, "DEV-1")

	t.Run("query, ping, subscription, complete", func(t *testing.T) {
		c := dialWS(t, env)
		c.send(map[string]any{"type": "ping", "payload": map[string]any{"n": 1}})
		pong := c.next()
		require.Equal(t, "pong", pong.Type, "ping is answered before connection_init too")
		require.JSONEq(t, `{"n":1}`, string(pong.Payload))
		c.init(admin)

		// A query over the socket: its result, then complete.
		c.send(map[string]any{"id": "q1", "type": "subscribe", "payload": map[string]any{"query": "{ account { name } }"}})
		m := c.next()
		require.Equal(t, wsMsg{ID: "q1", Type: "next", Payload: m.Payload}, m)
		require.JSONEq(t, `{"data":{"account":{"name":"`+acct.Account.Name+`"}}}`, string(m.Payload))
		require.Equal(t, wsMsg{ID: "q1", Type: "complete"}, c.next())

		// A subscription, an id needing escapes, an event, then the client's complete.
		id := "sub \"1\" ✓"
		c.send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": "subscription { licenseEvents { type device { code } } }"}})
		time.Sleep(200 * time.Millisecond) // subscribed before the event
		env.MustDo(t, admin, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)}, nil)
		m = c.next()
		require.Equal(t, id, m.ID)
		require.Equal(t, "next", m.Type)
		require.JSONEq(t, `{"data":{"licenseEvents":{"type":"RESERVED","device":{"code":"DEV-1"}}}}`, string(m.Payload))
		c.send(map[string]any{"id": id, "type": "complete"})
		env.MustDo(t, admin, `mutation($d: ID!) { removeLicense(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)}, nil)
		// After the client's complete nothing more comes for that id: the next message is
		// the pong of this ping.
		c.send(map[string]any{"type": "ping"})
		require.Equal(t, "pong", c.next().Type)

		// The same id may be used again once completed.
		c.send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": "{ account { id } }"}})
		require.Equal(t, "next", c.next().Type)
		require.Equal(t, "complete", c.next().Type)
	})

	t.Run("validation errors are the operation's error message, with codes", func(t *testing.T) {
		c := dialWS(t, env)
		c.init(admin)
		c.send(map[string]any{"id": "bad", "type": "subscribe", "payload": map[string]any{"query": "{ nope }"}})
		m := c.next()
		require.Equal(t, "bad", m.ID)
		require.Equal(t, "error", m.Type)
		var errs []struct {
			Message    string
			Extensions map[string]any
		}
		require.NoError(t, json.Unmarshal(m.Payload, &errs))
		require.NotEmpty(t, errs)
		require.Contains(t, errs[0].Message, "nope")
		require.Equal(t, "BAD_USER_INPUT", errs[0].Extensions["code"])
		// No complete after an error: the connection goes on.
		c.send(map[string]any{"id": "ok", "type": "subscribe", "payload": map[string]any{"query": "{ account { id } }"}})
		m = c.next()
		require.Equal(t, "ok", m.ID)
		require.Equal(t, "next", m.Type)
		require.Equal(t, wsMsg{ID: "ok", Type: "complete"}, c.next())

		// A subscription the viewer may not read.
		c.send(map[string]any{"id": "other", "type": "subscribe", "payload": map[string]any{
			"query": `subscription($a: ID) { licenseEvents(accountId: $a) { type } }`, "variables": map[string]any{"a": "1"}}})
		m = c.next()
		require.Equal(t, "other", m.ID)
		require.Contains(t, []string{"next", "error"}, m.Type)
		require.Contains(t, string(m.Payload), `"code":"`)
	})

	t.Run("anonymous connections run public operations and are refused the rest", func(t *testing.T) {
		c := dialWS(t, env)
		c.send(map[string]any{"type": "connection_init"})
		require.Equal(t, "connection_ack", c.next().Type)
		c.send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": "subscription { licenseEvents { type } }"}})
		m := c.next()
		require.Contains(t, []string{"next", "error"}, m.Type)
		require.Contains(t, string(m.Payload), `"UNAUTHENTICATED"`)
	})

	closes := []struct {
		name   string
		steps  func(c *wsClient)
		code   websocket.StatusCode
		reason string
	}{
		{"a bad token in connection_init is 4403, with the reason", func(c *wsClient) {
			c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer nope"}})
		}, 4403, "the token is invalid"},
		{"a malformed Authorization is 4403", func(c *wsClient) {
			c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Basic abc"}})
		}, 4403, "Bearer"},
		{"subscribe before connection_init is 4401", func(c *wsClient) {
			c.send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": "{ account { id } }"}})
		}, 4401, "Unauthorized"},
		{"a second connection_init is 4429", func(c *wsClient) {
			c.init(admin)
			c.send(map[string]any{"type": "connection_init"})
		}, 4429, "Too many initialisation requests"},
		{"a duplicate operation id is 4409", func(c *wsClient) {
			c.init(admin)
			sub := map[string]any{"id": "same", "type": "subscribe", "payload": map[string]any{"query": "subscription { licenseEvents { type } }"}}
			c.send(sub)
			c.send(sub)
		}, 4409, "Subscriber for same already exists"},
		{"malformed JSON is 4400", func(c *wsClient) { c.sendRaw(`{"type":`) }, 4400, "Invalid message"},
		{"an unknown message type is 4400", func(c *wsClient) {
			c.init(admin)
			c.send(map[string]any{"type": "start", "id": "1"})
		}, 4400, "Invalid message"},
		{"a connection_init payload that is not an object is 4400", func(c *wsClient) {
			c.sendRaw(`{"type":"connection_init","payload":[1,2]}`)
		}, 4400, "Invalid message"},
		{"subscribe without an id is 4400", func(c *wsClient) {
			c.init(admin)
			c.send(map[string]any{"type": "subscribe", "payload": map[string]any{"query": "{ account { id } }"}})
		}, 4400, "Invalid message"},
	}
	for _, tc := range closes {
		t.Run(tc.name, func(t *testing.T) {
			c := dialWS(t, env)
			tc.steps(c)
			code, reason := c.closed()
			require.Equal(t, tc.code, code)
			require.Contains(t, reason, tc.reason)
		})
	}

	t.Run("a message over the size limit ends the connection, not the server", func(t *testing.T) {
		c := dialWS(t, env)
		c.init(admin)
		// The server may reset the connection before the whole message is written.
		_ = c.conn.Write(context.Background(), websocket.MessageText,
			[]byte(`{"type":"subscribe","id":"1","payload":{"query":"`+strings.Repeat("x", 2<<20)+`"}}`))
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, _, err := c.conn.Read(ctx)
		require.Error(t, err)
		if code := websocket.CloseStatus(err); code != -1 {
			require.Equal(t, websocket.StatusMessageTooBig, code)
		}
		again := dialWS(t, env)
		again.init(admin)
	})

	// The legacy graphql-ws protocol is still served (by gqlgen's transport).
	t.Run("graphql-ws", func(t *testing.T) {
		c := dialWS(t, env, "graphql-ws")
		c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + admin}})
		require.Equal(t, "connection_ack", c.next().Type)
		c.send(map[string]any{"id": "1", "type": "start", "payload": map[string]any{"query": "{ account { id } }"}})
		for {
			m := c.next()
			if m.Type == "ka" {
				continue
			}
			require.Equal(t, "data", m.Type)
			require.Contains(t, string(m.Payload), strconv.Itoa(acct.Account.ID))
			break
		}
	})
}

// A connection that never sends connection_init is closed with 4408.
func TestGraphQLTransportWSInitTimeout(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.WebSocketInitTimeout = 200 * time.Millisecond }))
	c := dialWS(t, env)
	code, reason := c.closed()
	require.Equal(t, websocket.StatusCode(4408), code)
	require.Equal(t, "Connection initialisation timeout", reason)
}

// A client that stops reading is dropped once the server's writes to it have made no
// progress for the write timeout; a client that reads, or is merely idle, is not. Both
// subprotocols have the guard.
func TestWebSocketWriteTimeout(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.WebSocketWriteTimeout = 200 * time.Millisecond }))
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	admin := env.Token(t, acct.Admin, 0)
	for _, protocol := range []string{"graphql-transport-ws", "graphql-ws"} {
		t.Run(protocol, func(t *testing.T) { testWriteTimeout(t, env, admin, protocol) })
	}
}

func testWriteTimeout(t *testing.T, env *testapp.Env, token, protocol string) {
	start := "subscribe" // the message that starts an operation
	if protocol == "graphql-ws" {
		start = "start"
	}
	dial := func() *wsClient {
		c := dialWS(t, env, protocol)
		c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}})
		require.Equal(t, "connection_ack", c.next().Type)
		return c
	}
	idle := dial()

	// Far more results than the sockets' buffers hold (each about 40 KB, cheap to compute),
	// asked without reading any. The stalled client's receive buffer is fixed small: left to
	// autotuning, it may grow to hold every result.
	const ops = 300
	stalled := dialSmallBuffer(t, env, protocol)
	stalled.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}})
	require.Equal(t, "connection_ack", stalled.next().Type)
	stalled.conn.SetReadLimit(64 << 20)
	var big strings.Builder
	big.WriteString("{")
	for i := range 2500 {
		fmt.Fprintf(&big, " f%04d: __typename", i)
	}
	big.WriteString(" }")
	for i := range ops {
		// Once the server has dropped the connection, the rest cannot be sent.
		b, _ := json.Marshal(map[string]any{"id": strconv.Itoa(i), "type": start, "payload": map[string]any{"query": big.String()}})
		if stalled.conn.Write(context.Background(), websocket.MessageText, b) != nil {
			break
		}
	}
	time.Sleep(5 * time.Second) // the buffers fill, the writes stall, the watch looks twice

	// What was buffered before the drop may still arrive (unless the drop came as a reset,
	// which discards it); then the connection is gone, long before every result was sent.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	completes, bytes := 0, 0
	var err error
	for {
		var b []byte
		if _, b, err = stalled.conn.Read(ctx); err != nil {
			break
		}
		bytes += len(b)
		if strings.Contains(string(b[:min(len(b), 64)]), `"type":"complete"`) {
			completes++
		}
	}
	t.Logf("read %d bytes, %d results complete of %d, then: %v", bytes, completes, ops, err)
	require.NotErrorIs(t, err, context.DeadlineExceeded, "the stalled connection was not dropped")
	require.True(t, errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET),
		"dropped, without a close frame: %v", err)
	require.Less(t, completes, ops)

	// The idle connection is still served.
	idle.send(map[string]any{"id": "after", "type": start, "payload": map[string]any{"query": "{ __typename }"}})
	for {
		m := idle.next()
		if m.Type == "ka" {
			continue
		}
		require.Equal(t, "after", m.ID)
		require.Contains(t, []string{"next", "data"}, m.Type)
		break
	}
}

// dialSmallBuffer dials with a 64 KiB receive buffer.
func dialSmallBuffer(t *testing.T, env *testapp.Env, protocol string) *wsClient {
	t.Helper()
	dialer := &net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		var err error
		if cerr := c.Control(func(fd uintptr) { err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 64<<10) }); cerr != nil {
			return cerr
		}
		return err
	}}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(env.URL, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{protocol},
		HTTPClient:   &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext}},
	})
	require.NoError(t, err)
	t.Cleanup(func() { conn.CloseNow() })
	return &wsClient{t: t, conn: conn}
}

// A subscription's reason to end (here: its session logged out) reaches the client as the
// operation's error, with its code and resume cursor, on both subprotocols: our transport
// and gqlgen's legacy one (legacySubscriptionEnd).
func TestSubscriptionEndReasonOnBothProtocols(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Events.ReauthInterval = 100 * time.Millisecond }))
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	for protocol, start := range map[string]string{"graphql-transport-ws": "subscribe", "graphql-ws": "start"} {
		t.Run(protocol, func(t *testing.T) {
			token := env.Token(t, acct.Admin, 0)
			c := dialWS(t, env, protocol)
			c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}})
			require.Equal(t, "connection_ack", c.next().Type)
			c.send(map[string]any{"id": "1", "type": start, "payload": map[string]any{"query": "subscription { licenseEvents { type } }"}})
			env.MustDo(t, token, `mutation { logout }`, nil, nil)
			for {
				m := c.next()
				if m.Type == "ka" {
					continue
				}
				require.Equal(t, "error", m.Type, "%s", m.Payload)
				require.Equal(t, "1", m.ID)
				var errs []struct {
					Message    string         `json:"message"`
					Extensions map[string]any `json:"extensions"`
				}
				require.NoError(t, json.Unmarshal(m.Payload, &errs), "%s", m.Payload)
				require.Len(t, errs, 1)
				require.Equal(t, "UNAUTHENTICATED", errs[0].Extensions["code"])
				require.NotEmpty(t, errs[0].Extensions["resumeAfter"])
				require.Contains(t, errs[0].Message, "log in again")
				return
			}
		})
	}
}
