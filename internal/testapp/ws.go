package testapp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// Subscription is one graphql-transport-ws subscription.
type Subscription struct {
	conn *websocket.Conn
	id   string
	msgs chan wsMessage
	done chan struct{}
	// CloseErr is why the socket closed, once it has.
	closeErr error
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// Dial opens a graphql-transport-ws connection and completes the init handshake
// (token may be ""). It returns the connection_init error, if the server refused it.
func (e *Env) Dial(ctx context.Context, token string) (*websocket.Conn, error) {
	url := "ws" + strings.TrimPrefix(e.URL, "http") + "/graphql"
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, err
	}
	conn.SetReadLimit(8 << 20)
	payload := map[string]any{}
	if token != "" {
		payload["Authorization"] = "Bearer " + token
	}
	if err := writeJSON(ctx, conn, map[string]any{"type": "connection_init", "payload": payload}); err != nil {
		return nil, err
	}
	for {
		var m wsMessage
		if err := readJSON(ctx, conn, &m); err != nil {
			return nil, err
		}
		switch m.Type {
		case "connection_ack":
			return conn, nil
		case "ping":
			_ = writeJSON(ctx, conn, map[string]any{"type": "pong"})
		default:
			return nil, fmt.Errorf("unexpected %s before connection_ack: %s", m.Type, m.Payload)
		}
	}
}

// Subscribe opens a connection and starts one subscription on it.
func (e *Env) Subscribe(t testing.TB, token, query string, vars map[string]any) *Subscription {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := e.Dial(ctx, token)
	if err != nil {
		t.Fatalf("dial websocket: %v", err)
	}
	s := &Subscription{conn: conn, id: "1", msgs: make(chan wsMessage, 1024), done: make(chan struct{})}
	if err := writeJSON(ctx, conn, map[string]any{
		"id": s.id, "type": "subscribe",
		"payload": map[string]any{"query": query, "variables": vars},
	}); err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	go s.read()
	t.Cleanup(s.Close)
	return s
}

func (s *Subscription) read() {
	defer close(s.done)
	defer close(s.msgs)
	for {
		var m wsMessage
		if err := readJSON(context.Background(), s.conn, &m); err != nil {
			s.closeErr = err
			return
		}
		if m.Type == "ping" {
			_ = writeJSON(context.Background(), s.conn, map[string]any{"type": "pong"})
			continue
		}
		s.msgs <- m
	}
}

// ErrCompleted is returned by Next once the server completed the subscription.
var ErrCompleted = errors.New("subscription completed")

// Next waits for the next result: its data, or the GraphQL errors the server sent.
func (s *Subscription) Next(timeout time.Duration) (json.RawMessage, error) {
	select {
	case m, ok := <-s.msgs:
		if !ok {
			return nil, fmt.Errorf("socket closed: %v", s.closeErr)
		}
		switch m.Type {
		case "next":
			var r struct {
				Data   json.RawMessage `json:"data"`
				Errors []Error         `json:"errors"`
			}
			if err := json.Unmarshal(m.Payload, &r); err != nil {
				return nil, err
			}
			if len(r.Errors) > 0 {
				return r.Data, &SubscriptionError{Errors: r.Errors}
			}
			return r.Data, nil
		case "error":
			var errs []Error
			_ = json.Unmarshal(m.Payload, &errs)
			return nil, &SubscriptionError{Errors: errs}
		case "complete":
			return nil, ErrCompleted
		default:
			return nil, fmt.Errorf("unexpected message %s: %s", m.Type, m.Payload)
		}
	case <-time.After(timeout):
		return nil, context.DeadlineExceeded
	}
}

// SubscriptionError carries the errors the server sent on a subscription.
type SubscriptionError struct{ Errors []Error }

func (e *SubscriptionError) Error() string {
	if len(e.Errors) == 0 {
		return "subscription error"
	}
	return fmt.Sprintf("%s (%v)", e.Errors[0].Message, e.Errors[0].Extensions["code"])
}

// Code is the extensions.code of the first error.
func (e *SubscriptionError) Code() string {
	if len(e.Errors) == 0 {
		return ""
	}
	c, _ := e.Errors[0].Extensions["code"].(string)
	return c
}

// Close ends the subscription and the connection.
func (s *Subscription) Close() {
	_ = s.conn.Close(websocket.StatusNormalClosure, "")
	<-s.done
}

func writeJSON(ctx context.Context, c *websocket.Conn, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return c.Write(ctx, websocket.MessageText, b)
}

func readJSON(ctx context.Context, c *websocket.Conn, v any) error {
	_, b, err := c.Read(ctx)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
