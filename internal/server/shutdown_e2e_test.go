package server_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// Graceful shutdown (what SIGTERM does): a request in flight is drained and answered, an
// open subscription is ended with an error that says why and how to resume, not dropped.
func TestGracefulShutdown(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)
	dev := env.SeedDevice(t, acct.Account.ID, "DEV-1")

	sub := env.Subscribe(t, admin, `subscription { licenseEvents { type } }`, nil)

	// Hold the account's row lock so that the license change below stays in flight.
	db, err := sql.Open("postgres", env.DBURL)
	require.NoError(t, err)
	defer db.Close()
	tx, err := db.Begin()
	require.NoError(t, err)
	_, err = tx.Exec(`SELECT id FROM accounts WHERE id = $1 FOR UPDATE`, acct.Account.ID)
	require.NoError(t, err)

	inflight := make(chan *testapp.Response, 1)
	go func() {
		inflight <- env.Do(t, admin, `mutation($d: ID!) { assignLicense(deviceId: $d) { licenseStatus } }`,
			map[string]any{"d": strconv.Itoa(dev.ID)})
	}()
	require.Eventually(t, func() bool {
		var waiting int
		err := db.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&waiting)
		return err == nil && waiting > 0
	}, 10*time.Second, 20*time.Millisecond, "the mutation waits for the lock")

	stopped := make(chan error, 1)
	go func() { stopped <- env.Shutdown(20 * time.Second) }()

	// The subscription ends with a reason.
	_, err = sub.Next(10 * time.Second)
	var se *testapp.SubscriptionError
	require.True(t, errors.As(err, &se), "the subscription ends with an error, got %v", err)
	t.Logf("the subscription ended with: %v", se)
	assert.Contains(t, se.Error(), "shutting down")
	assert.Contains(t, se.Error(), "after")

	// The server waits for the request in flight.
	select {
	case err := <-stopped:
		t.Fatalf("the server stopped with a request in flight: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	require.NoError(t, tx.Commit())
	r := <-inflight
	require.Empty(t, r.Errors, "the request in flight is answered")
	assert.JSONEq(t, `{"assignLicense":{"licenseStatus":"ASSIGNED"}}`, string(r.Data))
	require.NoError(t, <-stopped)

	// New requests are refused once it has stopped.
	_, err = env.HTTP.Get(env.URL + "/healthz")
	require.Error(t, err)
}

// At shutdown every graphql-transport-ws connection is closed with 1001 (going away), after
// its subscriptions have sent their reason to end, and the server logs "stopped".
func TestShutdownClosesWebSocketsGoingAway(t *testing.T) {
	var logs syncBuffer
	env := testapp.New(t, testapp.JSONLogTo(&logs))
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := env.Dial(ctx, admin)
	require.NoError(t, err)
	defer conn.CloseNow()
	idle, err := env.Dial(ctx, admin) // no operation at all
	require.NoError(t, err)
	defer idle.CloseNow()
	sub, _ := json.Marshal(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": `subscription Live { licenseEvents { type } }`}})
	require.NoError(t, conn.Write(ctx, websocket.MessageText, sub))
	require.Eventually(t, func() bool {
		return scrape(t, env)["countthings_graphql_subscriptions_active"] == 1
	}, 10*time.Second, 20*time.Millisecond)

	stopped := make(chan error, 1)
	go func() { stopped <- env.Shutdown(20 * time.Second) }()

	// The subscription's error message (why, and how to resume), then the close frame.
	var got []string
	for {
		_, b, err := conn.Read(ctx)
		if err != nil {
			assert.Equal(t, websocket.StatusGoingAway, websocket.CloseStatus(err), "closed with 1001: %v", err)
			break
		}
		got = append(got, string(b))
	}
	require.NotEmpty(t, got)
	assert.Contains(t, got[len(got)-1], `"type":"error"`)
	assert.Contains(t, got[len(got)-1], "shutting down")
	_, _, err = idle.Read(ctx)
	assert.Equal(t, websocket.StatusGoingAway, websocket.CloseStatus(err), "an idle connection too: %v", err)

	require.NoError(t, <-stopped)
	require.Eventually(t, func() bool { return len(logs.lines(t, "stopped")) == 1 }, 5*time.Second, 20*time.Millisecond, "stopped is logged")
}
