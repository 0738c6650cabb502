package licensing_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/testapp"
)

// The heartbeat over HTTP, where the token check primes the device's state and a licensed
// device's heartbeat that does not ask for the device sends no statement of its own: the
// answers and last_seen_at must be those of the full path.
func TestHeartbeatOverHTTP(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 1})
	op := env.SeedUser(t, s.Account.ID, "", "count")
	d, err := env.App.Licensing.DeviceLogin(testapp.System(), op, licensing.DeviceInfo{Code: "HB-1"})
	require.NoError(t, err)
	tok := env.Token(t, op, d.ID)
	lastSeen := func() time.Time {
		dev, err := env.App.DB.Client.Device.Get(testapp.System(), d.ID)
		require.NoError(t, err)
		require.NotNil(t, dev.LastSeenAt)
		return *dev.LastSeenAt
	}
	licensed := func(query string) bool {
		var out struct{ Heartbeat struct{ Licensed bool } }
		env.MustDo(t, tok, query, nil, &out)
		return out.Heartbeat.Licensed
	}
	const quick = `mutation { heartbeat { licensed } }`

	seen := lastSeen()
	env.Clock.Advance(30 * time.Second)
	require.True(t, licensed(quick))
	require.True(t, lastSeen().Equal(seen), "last_seen_at is written at most once a minute")
	env.Clock.Advance(31 * time.Second)
	require.True(t, licensed(quick))
	require.True(t, lastSeen().Equal(env.Clock.Now()), "a minute later it is written")

	// With the device selected, the full path answers the same, and the device resolves.
	var full struct {
		Heartbeat struct {
			Licensed bool
			Device   struct {
				Code    string
				License struct{ Pool string }
			}
		}
	}
	env.MustDo(t, tok, `mutation { heartbeat { licensed device { code license { pool } } } }`, nil, &full)
	require.True(t, full.Heartbeat.Licensed)
	require.Equal(t, "HB-1", full.Heartbeat.Device.Code)
	require.Equal(t, "STANDARD", full.Heartbeat.Device.License.Pool)
	// Inside a fragment the device counts as selected too.
	env.MustDo(t, tok, `mutation { heartbeat { ... on HeartbeatPayload { licensed device { code } } } }`, nil, nil)

	// A device whose seat was taken away answers unlicensed.
	_, err = env.App.DB.SQL.Exec(`UPDATE licenses SET device_id = NULL, status = 'NONE', assigned_at = NULL WHERE device_id = $1`, d.ID)
	require.NoError(t, err)
	require.False(t, licensed(quick))
	_, err = env.App.DB.SQL.Exec(`UPDATE licenses SET device_id = $1, status = 'ACTIVE', assigned_at = now() WHERE account_id = $2`, d.ID, s.Account.ID)
	require.NoError(t, err)
	require.True(t, licensed(quick))

	// An expired account answers unlicensed (the full path, which also records the expiry).
	env.Clock.Advance(400 * 24 * time.Hour)
	_, err = env.App.DB.SQL.Exec(`UPDATE sessions SET expires_at = $1 WHERE device_id = $2`, env.Clock.Now().Add(time.Hour), d.ID)
	require.NoError(t, err)
	require.False(t, licensed(quick))
	n, err := env.App.DB.Client.LicenseEvent.Query().Count(testapp.System())
	require.NoError(t, err)
	require.NotZero(t, n)
}
