package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// One connection holds at most --ws-max-operations operations, one user or token at most
// --ws-max-connections-per-subject connections and --ws-max-subscriptions-per-subject
// operations across them; beyond, a subscribe is refused with RATE_LIMITED (the connection
// goes on) and a connection_init is closed with 4429. A completed operation frees its place.
func TestSubscriptionCaps(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) {
		c.Server.WebSocketMaxOperations = 3
		c.Server.WebSocketMaxConnectionsPerSubject = 2
		c.Server.WebSocketMaxSubscriptionsPerSubject = 5
	}))
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)
	other := env.Token(t, env.SeedUser(t, acct.Account.ID, "", "events:read"), 0)
	subscribe := func(c *wsClient, id string) {
		c.send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": "subscription { licenseEvents { type } }"}})
	}
	refused := func(c *wsClient, id string) {
		t.Helper()
		m := c.next()
		require.Equal(t, id, m.ID)
		require.Equal(t, "error", m.Type, "%s", m.Payload)
		var errs []struct {
			Message    string
			Extensions map[string]any
		}
		require.NoError(t, json.Unmarshal(m.Payload, &errs))
		assert.Equal(t, "RATE_LIMITED", errs[0].Extensions["code"], errs[0].Message)
	}
	ping := func(c *wsClient) {
		t.Helper()
		c.send(map[string]any{"type": "ping"})
		require.Equal(t, "pong", c.next().Type, "nothing else came first")
	}

	c1 := dialWS(t, env)
	c1.init(admin)
	for i := range 3 {
		subscribe(c1, fmt.Sprint("a", i))
	}
	ping(c1)
	subscribe(c1, "a3")
	refused(c1, "a3")
	ping(c1) // the connection goes on

	c2 := dialWS(t, env)
	c2.init(admin)
	subscribe(c2, "b0")
	subscribe(c2, "b1")
	ping(c2)
	subscribe(c2, "b2")
	refused(c2, "b2") // five for this user across its connections

	c3 := dialWS(t, env)
	c3.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + admin}})
	code, reason := c3.closed()
	assert.EqualValues(t, 4429, code)
	assert.Contains(t, reason, "Too many connections")

	// Another user has its own quota.
	c4 := dialWS(t, env)
	c4.init(other)
	subscribe(c4, "c0")
	ping(c4)

	// Completing one frees its place; closing a connection frees its slot.
	c1.send(map[string]any{"id": "a0", "type": "complete"})
	ping(c1)
	// The place is given back when a0's stream has ended, which may come just after the pong:
	// a refusal meanwhile is RATE_LIMITED, and a later try is accepted.
	for try := 0; ; try++ {
		id := fmt.Sprint("a4-", try)
		subscribe(c1, id)
		c1.send(map[string]any{"type": "ping"})
		m := c1.next()
		if m.Type == "pong" {
			break
		}
		require.Equal(t, "error", m.Type, "%s", m.Payload)
		require.Equal(t, "pong", c1.next().Type)
		require.Less(t, try, 50, "completing a0 never freed its place")
		time.Sleep(20 * time.Millisecond)
	}
	c2.conn.CloseNow()
	require.Eventually(t, func() bool {
		c := dialWS(t, env)
		c.send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + admin}})
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, b, err := c.conn.Read(ctx)
		return err == nil && strings.Contains(string(b), "connection_ack")
	}, 10*time.Second, 50*time.Millisecond)
}
