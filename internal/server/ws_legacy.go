package server

import (
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"
)

// legacyWS accepts connections of the legacy graphql-ws subprotocol for gqlgen's transport,
// with the same write guard as graphql-transport-ws (writeWatch): a client that stops
// reading is dropped once the writes to it make no progress for the write timeout.
type legacyWS struct {
	writeTimeout time.Duration // 0: none
}

var _ transport.WebsocketImplementation = legacyWS{}

func (l legacyWS) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	// The token in connection_init, not a cookie, authenticates, so a page of another origin
	// cannot act for a user: any origin may connect.
	inner, err := transport.CoderWebsocketImplementation{AcceptOptions: coderws.AcceptOptions{InsecureSkipVerify: true}}.Accept(w, r, opts)
	if err != nil {
		return nil, err
	}
	c := &legacyConn{WebsocketConn: inner}
	if l.writeTimeout > 0 {
		c.watch.start(l.writeTimeout, func() { _ = inner.Close() })
	}
	return c, nil
}

// legacyConn counts gqlgen's writes for the watch.
type legacyConn struct {
	transport.WebsocketConn
	watch writeWatch
}

func (c *legacyConn) WriteJSON(v any) error {
	c.watch.pending.Add(1)
	defer func() {
		c.watch.finished.Add(1)
		c.watch.pending.Add(-1)
	}()
	return c.WebsocketConn.WriteJSON(v)
}

func (c *legacyConn) Close() error {
	c.watch.stop()
	return c.WebsocketConn.Close()
}

// The optional interfaces of gqlgen's adapter, passed on.

func (c *legacyConn) SetReadLimit(limit int64) {
	if l, ok := c.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

func (c *legacyConn) SetReadDeadline(t time.Time) error {
	if d, ok := c.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}
