package server_test

import (
	"database/sql"
	"errors"
	"strconv"
	"testing"
	"time"

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
