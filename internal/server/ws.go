package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/internal/clip"
	"github.com/countthings/countthings/internal/reqctx"
)

// wsProtocol is the subprotocol of https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md.
const wsProtocol = "graphql-transport-ws"

// maxCloseReason is the most a close frame's reason may hold, in bytes.
const maxCloseReason = 123

// Close codes of the protocol.
const (
	wsInvalidMessage     coderws.StatusCode = 4400
	wsUnauthorized       coderws.StatusCode = 4401
	wsForbidden          coderws.StatusCode = 4403
	wsInitTimeout        coderws.StatusCode = 4408
	wsSubscriberExists   coderws.StatusCode = 4409
	wsTooManyInitRequest coderws.StatusCode = 4429
)

// wsTransport serves graphql-transport-ws on coder/websocket, in place of gqlgen's generic
// WebSocket transport (which stays registered for the legacy graphql-ws protocol). It
// follows the protocol's close codes (4400 invalid message, 4401 subscribe before the
// acknowledgement, 4403 a refused connection_init, with the reason, which gqlgen's
// transport dropped, 4408 no connection_init in time, 4409 a duplicate operation id, 4429 a
// second connection_init), answers pings, sends a request's validation errors as its error
// message, and a subscription's reason to end (reqctx.EndSubscription) as its error instead
// of complete. It writes a result's frame in one append when the result is data alone (a
// license event, usually rendered once for all subscribers by graph.SharedSubscriptions):
// no reflection and no second pass over the payload, which gqlgen's transport spent twice
// per message.
type wsTransport struct {
	init         transport.WebsocketInitFunc
	initTimeout  time.Duration
	writeTimeout time.Duration // see writeWatch; 0: none
	readLimit    int64
	// maxOps caps one connection's operations at once (0: none); limits caps each subject's
	// connections and operations across connections.
	maxOps int
	limits *wsLimits
	// shutdown is closed when the server begins to shut down: each connection then waits (at
	// most goingAwayWait) for its operations to end, subscriptions with their reason to end
	// (internal/events watches the same channel), and closes with 1001 (going away).
	shutdown <-chan struct{}
	// conns counts the open connections, which Server.Serve waits for at shutdown.
	conns *sync.WaitGroup
}

// goingAwayWait bounds how long a connection waits at shutdown for its operations' last
// messages before it closes with 1001.
const goingAwayWait = 5 * time.Second

func (t wsTransport) Supports(r *http.Request) bool {
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		return false
	}
	for _, h := range r.Header.Values("Sec-WebSocket-Protocol") {
		for _, p := range strings.Split(h, ",") {
			if strings.TrimSpace(p) == wsProtocol {
				return true
			}
		}
	}
	return false
}

func (t wsTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	conn, err := coderws.Accept(w, r, &coderws.AcceptOptions{
		Subprotocols: []string{wsProtocol},
		// The token in connection_init, not a cookie, authenticates, so a page of another
		// origin cannot act for a user: any origin may connect.
		InsecureSkipVerify: true,
		// Messages are small JSON: compressing each would cost more CPU and memory per
		// connection than it saves.
		CompressionMode: coderws.CompressionDisabled,
	})
	if err != nil {
		return // Accept has answered the request
	}
	conn.SetReadLimit(t.readLimit)
	if t.conns != nil {
		t.conns.Add(1)
		defer t.conns.Done()
	}
	c := &wsConn{t: t, conn: conn, exec: exec, headers: r.Header, ops: map[string]*wsOp{}, opsDone: make(chan struct{}, 1)}
	c.serve(r.Context())
}

// goAway closes the connection with 1001 once the server shuts down, after its operations
// have ended (or goingAwayWait). It returns when ctx (the connection's) ends.
func (c *wsConn) goAway(ctx context.Context) {
	select {
	case <-c.t.shutdown:
	case <-ctx.Done():
		return
	}
	wait := time.NewTimer(goingAwayWait)
	defer wait.Stop()
	for c.openOps() > 0 {
		select {
		case <-c.opsDone: // an operation ended: look again
		case <-wait.C:
			c.close(coderws.StatusGoingAway, "server shutting down")
			return
		case <-ctx.Done():
			return
		}
	}
	c.close(coderws.StatusGoingAway, "server shutting down")
}

func (c *wsConn) openOps() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.running
}

type wsConn struct {
	t       wsTransport
	conn    *coderws.Conn
	exec    graphql.GraphExecutor
	headers http.Header

	mu     sync.Mutex
	ops    map[string]*wsOp
	closed bool
	// running counts the operations that have not sent their last message yet; opsDone is
	// signalled (without blocking) each time one has.
	running int
	opsDone chan struct{}

	subject string // whose quota the connection counts against (set at connection_init)

	watch writeWatch
}

// writeWatch drops a connection whose writes stall: a client that stops reading, its TCP
// window full, would otherwise hold its operations' goroutines (and a subscription's place
// in the events hub) until the connection drops. Writes are counted, not timed: two atomic
// adds each, nothing per write on the subscribers' hot path. A timer looks every half write
// timeout; when two looks in a row find writes under way and none finished since, the
// connection is closed at once (no close frame can get through a full window).
type writeWatch struct {
	pending  atomic.Int64
	finished atomic.Uint64
	stopped  atomic.Bool
	every    time.Duration
	timer    atomic.Pointer[time.Timer]
	// The timer's own: finished at the last look, and looks in a row that saw no progress.
	seen   uint64
	stalls int
}

func (w *writeWatch) start(timeout time.Duration, stall func()) {
	w.every = timeout / 2
	w.timer.Store(time.AfterFunc(w.every, func() { w.look(stall) }))
}

func (w *writeWatch) look(stall func()) {
	finished := w.finished.Load()
	if w.pending.Load() > 0 && finished == w.seen {
		w.stalls++
	} else {
		w.stalls = 0
	}
	w.seen = finished
	if w.stalls >= 2 {
		stall()
		return
	}
	if t := w.timer.Load(); t != nil && !w.stopped.Load() {
		t.Reset(w.every)
	}
}

func (w *writeWatch) stop() {
	w.stopped.Store(true)
	if t := w.timer.Load(); t != nil {
		t.Stop()
	}
}

// write sends one message under the watch.
func (c *wsConn) write(b []byte) bool {
	c.watch.pending.Add(1)
	// Background, not an operation's context: a result already computed is still sent
	// when the operation is cancelled meanwhile (the peer's complete or close ends it just
	// after); a peer that stops reading is the watch's.
	err := c.conn.Write(context.Background(), coderws.MessageText, b)
	c.watch.finished.Add(1)
	c.watch.pending.Add(-1)
	return err == nil
}

type wsOp struct {
	cancel context.CancelFunc
	// completedByClient: the client sent complete, so nothing more is sent for the id.
	completedByClient bool
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func (c *wsConn) serve(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx) // ends every operation with the connection
	defer cancel()
	defer c.conn.CloseNow()
	if c.t.writeTimeout > 0 {
		c.watch.start(c.t.writeTimeout, func() { c.conn.CloseNow() })
		defer c.watch.stop()
	}
	if c.t.shutdown != nil {
		go c.goAway(ctx)
	}

	// Until connection_init is acknowledged (opCtx set), only ping and pong are welcome.
	// (The init timeout is a timer, not a deadline on the read: coder/websocket drops the
	// connection, without a close code, when a read's context ends.)
	timeout := time.AfterFunc(c.t.initTimeout, func() { c.close(wsInitTimeout, "Connection initialisation timeout") })
	defer timeout.Stop()
	var opCtx context.Context
	for {
		m, ok := c.read(ctx)
		if !ok {
			return
		}
		switch {
		case m.Type == "ping":
			c.send(wsMessage{Type: "pong", Payload: m.Payload})
		case m.Type == "pong":
		case m.Type == "connection_init" && opCtx != nil:
			c.close(wsTooManyInitRequest, "Too many initialisation requests")
			return
		case m.Type == "connection_init":
			if !timeout.Stop() {
				return // too late: being closed
			}
			if opCtx, ok = c.initialise(ctx, m.Payload); !ok {
				return
			}
			c.subject = subjectOf(opCtx)
			if !c.t.limits.takeConn(c.subject) {
				c.close(wsTooManyInitRequest, fmt.Sprintf("Too many connections: at most %d at once for one user or token", c.t.limits.maxConns))
				return
			}
			defer c.t.limits.giveConn(c.subject)
		case m.Type == "subscribe" && opCtx == nil:
			c.close(wsUnauthorized, "Unauthorized")
			return
		case m.Type == "subscribe":
			if !c.subscribe(opCtx, m) {
				return
			}
		case m.Type == "complete" && opCtx != nil:
			c.mu.Lock()
			if op := c.ops[m.ID]; op != nil {
				op.completedByClient = true
				op.cancel()
			}
			c.mu.Unlock()
		default:
			c.close(wsInvalidMessage, "Invalid message")
			return
		}
	}
}

// read returns the next message; false when the connection is over (it closes it with
// 4400 when the message is not one of the protocol's).
func (c *wsConn) read(ctx context.Context) (wsMessage, bool) {
	typ, b, err := c.conn.Read(ctx)
	if err != nil {
		return wsMessage{}, false
	}
	var m wsMessage
	if typ != coderws.MessageText || json.Unmarshal(b, &m) != nil || m.Type == "" {
		c.close(wsInvalidMessage, "Invalid message")
		return wsMessage{}, false
	}
	return m, true
}

// initialise runs the server's check of the connection_init payload and acknowledges it.
func (c *wsConn) initialise(ctx context.Context, raw json.RawMessage) (context.Context, bool) {
	payload := transport.InitPayload{}
	if len(raw) > 0 && !bytes.Equal(raw, []byte("null")) {
		if err := json.Unmarshal(raw, &payload); err != nil {
			c.close(wsInvalidMessage, "Invalid message: the connection_init payload must be an object")
			return nil, false
		}
	}
	var ack *transport.InitPayload
	if c.t.init != nil {
		next, a, err := c.t.init(ctx, payload)
		if err != nil {
			c.close(wsForbidden, err.Error())
			return nil, false
		}
		ctx, ack = next, a
	}
	m := wsMessage{Type: "connection_ack"}
	if ack != nil {
		b, err := json.Marshal(*ack)
		if err != nil {
			c.close(coderws.StatusInternalError, "internal error")
			return nil, false
		}
		m.Payload = b
	}
	return ctx, c.send(m)
}

// subscribe starts an operation; false when the connection is closed for a duplicate id.
func (c *wsConn) subscribe(ctx context.Context, m wsMessage) bool {
	if m.ID == "" || len(m.Payload) == 0 {
		c.close(wsInvalidMessage, "Invalid message: subscribe needs an id and a payload")
		return false
	}
	ctx, cancel := context.WithCancel(ctx)
	op := &wsOp{cancel: cancel}
	c.mu.Lock()
	if _, dup := c.ops[m.ID]; dup {
		c.mu.Unlock()
		cancel()
		c.close(wsSubscriberExists, "Subscriber for "+m.ID+" already exists")
		return false
	}
	if c.t.maxOps > 0 && len(c.ops) >= c.t.maxOps {
		c.mu.Unlock()
		cancel()
		c.refuse(m.ID, fmt.Sprintf("too many operations on this connection: at most %d at once; complete one first", c.t.maxOps))
		return true
	}
	if !c.t.limits.takeOp(c.subject) {
		c.mu.Unlock()
		cancel()
		c.refuse(m.ID, fmt.Sprintf("too many subscriptions for this user or token: at most %d at once across connections; complete one first", c.t.limits.maxOps))
		return true
	}
	c.ops[m.ID] = op
	c.running++
	c.mu.Unlock()
	go func() {
		defer c.t.limits.giveOp(c.subject)
		c.run(ctx, m, op)
	}()
	return true
}

// opEnded tells goAway that an operation has sent its last message.
func (c *wsConn) opEnded() {
	c.mu.Lock()
	c.running--
	c.mu.Unlock()
	select {
	case c.opsDone <- struct{}{}:
	default:
	}
}

// refuse answers a subscribe beyond a cap with its error message (RATE_LIMITED); the
// connection and its other operations go on.
func (c *wsConn) refuse(id, msg string) {
	b, _ := json.Marshal(id)
	w := &wsWriter{c: c, id: b}
	w.errors(gqlerror.List{{Message: msg, Extensions: map[string]any{"code": "RATE_LIMITED"}}})
}

// run executes one operation and sends its results, then complete, or the error message
// that ends it (its validation errors, its reason to end, a panic).
func (c *wsConn) run(ctx context.Context, m wsMessage, op *wsOp) {
	id, _ := json.Marshal(m.ID)
	w := &wsWriter{c: c, id: id}
	ctx = reqctx.WithSubscriptionEnd(ctx)
	var errs gqlerror.List // set: sent as the error message instead of complete
	defer c.opEnded()
	defer func() {
		if r := recover(); r != nil {
			errs = gqlerror.List{{Message: "internal error", Extensions: map[string]any{"code": "INTERNAL"}}}
		}
		c.mu.Lock()
		delete(c.ops, m.ID)
		byClient := op.completedByClient
		c.mu.Unlock()
		op.cancel()
		switch {
		case byClient: // the client has stopped listening: nothing more for this id
		case len(errs) > 0:
			w.errors(errs)
		default:
			if reasons := reqctx.SubscriptionEnd(ctx); len(reasons) > 0 {
				w.errors(subscriptionErrors(reasons))
				return
			}
			w.complete()
		}
	}()

	start := graphql.Now()
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(m.Payload))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		errs = gqlerror.List{{Message: "the subscribe payload must be {query, variables, operationName, extensions}", Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}
		return
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	params.Headers = c.headers
	ctx = graphql.StartOperationTrace(ctx)
	rc, invalid := c.exec.CreateOperationContext(ctx, params)
	if invalid != nil {
		// Parse and validation errors, presented (with their codes) like any other.
		errs = c.exec.DispatchError(graphql.WithOperationContext(ctx, rc), invalid).Errors
		if len(errs) == 0 {
			errs = invalid
		}
		return
	}
	responses, ctx := c.exec.DispatchOperation(graphql.WithOperationContext(ctx, rc), rc)
	for {
		resp := responses(ctx)
		// After the client's complete nothing more goes out for the id: a result made as the
		// operation was being cancelled (a read ended by that cancellation) is not news to it.
		if resp == nil || c.completedByClient(op) || !w.next(resp) {
			return
		}
	}
}

// completedByClient reports whether the client has sent complete for op.
func (c *wsConn) completedByClient(op *wsOp) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return op.completedByClient
}

// wsWriter writes one operation's messages, reusing its buffer.
type wsWriter struct {
	c   *wsConn
	id  []byte // the id, JSON-encoded
	buf []byte
}

// next sends a result; false when the connection is gone.
func (w *wsWriter) next(resp *graphql.Response) bool {
	b, _, err := nextFrame(w.buf[:0], w.id, resp)
	if err != nil {
		return false
	}
	w.buf = b
	return w.send(b)
}

// frame appends the start of an operation's message to dst: `{"id":<id>,"type":"<typ>"`.
func frame(dst, id []byte, typ string) []byte {
	b := append(append(dst, `{"id":`...), id...)
	return append(append(append(b, `,"type":"`...), typ...), '"')
}

// nextFrame appends the next message of a result to dst; direct reports that it was
// written without encoding/json (a result that is data alone, which the executor has
// already written as JSON).
func nextFrame(dst, id []byte, resp *graphql.Response) (b []byte, direct bool, err error) {
	b = append(frame(dst, id, "next"), `,"payload":`...)
	if len(resp.Errors) == 0 && len(resp.Extensions) == 0 && resp.Label == "" && resp.Path == nil && resp.HasNext == nil && len(resp.Data) > 0 {
		b = append(append(append(b, `{"data":`...), resp.Data...), '}')
		direct = true
	} else {
		p, err := json.Marshal(resp)
		if err != nil {
			return dst, false, err
		}
		b = append(b, p...)
	}
	return append(b, '}'), direct, nil
}

// errors sends the operation's error message, which ends it.
func (w *wsWriter) errors(errs gqlerror.List) {
	p, err := json.Marshal(errs)
	if err != nil {
		return
	}
	w.buf = append(append(append(frame(w.buf[:0], w.id, "error"), `,"payload":`...), p...), '}')
	w.send(w.buf)
}

// complete sends the message that ends the operation normally.
func (w *wsWriter) complete() {
	w.buf = append(frame(w.buf[:0], w.id, "complete"), '}')
	w.send(w.buf)
}

func (w *wsWriter) send(b []byte) bool { return w.c.write(b) }

// send writes a message of the connection's own (ack, pong).
func (c *wsConn) send(m wsMessage) bool {
	b, err := json.Marshal(m)
	if err != nil {
		return false
	}
	return c.write(b)
}

// close ends the connection with a protocol close code; the operations end with it.
func (c *wsConn) close(code coderws.StatusCode, reason string) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	for _, op := range c.ops {
		op.cancel()
	}
	c.mu.Unlock()
	_ = c.conn.Close(code, clip.String(reason, maxCloseReason))
}
