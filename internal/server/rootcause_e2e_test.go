package server_test

import (
	"database/sql"
	"testing"
	"time"

	_ "github.com/lib/pq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// An INTERNAL error's log line carries its root cause (the database's own words), not only
// the message of the error that wraps it; the client sees neither.
func TestInternalErrorLogsRootCause(t *testing.T) {
	var logs syncBuffer
	env := testapp.New(t, testapp.JSONLogTo(&logs))
	db, err := sql.Open("postgres", env.DBURL)
	require.NoError(t, err)
	defer db.Close()
	// The fault: the users table is gone, so checking a login fails in the database.
	_, err = db.Exec(`ALTER TABLE users RENAME TO users_gone`)
	require.NoError(t, err)
	t.Cleanup(func() { _, _ = db.Exec(`ALTER TABLE users_gone RENAME TO users`) })

	r := env.Do(t, "", `mutation { login(input: {email: "a@example.com", password: "secret password 1"}) { token } }`, nil)
	require.Equal(t, "INTERNAL", r.Code(), "%+v", r.Errors)
	assert.NotContains(t, r.Errors[0].Message, "pq:")
	assert.NotContains(t, r.Errors[0].Message, "users_gone")

	var lines []map[string]any
	require.Eventually(t, func() bool { lines = logs.lines(t, "internal error"); return len(lines) > 0 }, 5*time.Second, 10*time.Millisecond)
	msg, _ := lines[0]["err"].(string)
	assert.Contains(t, msg, "could not check the login", "the wrapper")
	assert.Contains(t, msg, `pq: relation "users" does not exist`, "the root cause")
	assert.NotEmpty(t, lines[0]["request_id"])
}
