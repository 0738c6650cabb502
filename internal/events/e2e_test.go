package events_test

import (
	"context"
	"encoding/json"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/internal/testapp"
)

const subscription = `subscription($after: String, $account: ID) {
  licenseEvents(after: $after, accountId: $account) { cursor sequence type account { id } }
}`

type wsEvent struct {
	Cursor   string `json:"cursor"`
	Sequence int64  `json:"sequence"`
	Type     string `json:"type"`
	Account  struct {
		ID string `json:"id"`
	} `json:"account"`
}

func next(t *testing.T, sub *testapp.Subscription) wsEvent {
	t.Helper()
	data, err := sub.Next(15 * time.Second)
	require.NoError(t, err)
	var out struct {
		LicenseEvents wsEvent `json:"licenseEvents"`
	}
	require.NoError(t, json.Unmarshal(data, &out))
	return out.LicenseEvents
}

func requireNothingMore(t *testing.T, sub *testapp.Subscription) {
	t.Helper()
	data, err := sub.Next(300 * time.Millisecond)
	require.ErrorIs(t, err, context.DeadlineExceeded, "unexpected %s", data)
}

// Two `countthings serve` instances on one Postgres, a subscriber on each (over
// graphql-transport-ws), license mutations sent to both: every subscriber gets every event of
// its account exactly once, in order; one that disconnects and resumes with its last cursor
// (on the other instance) gets exactly the events it missed.
func TestSubscriptionAcrossTwoServers(t *testing.T) {
	slowPoll := testapp.Configure(func(c *app.Config) {
		c.Events.PollInterval = time.Minute // NOTIFY must do the work, not the catch-up poll
	})
	env1 := testapp.New(t, slowPoll)
	env2 := testapp.New(t, slowPoll, testapp.SharedDatabase(env1.DBURL))
	envs := []*testapp.Env{env1, env2}

	acct := env1.SeedAccount(t, testapp.AccountSpec{Standard: 4})
	other := env1.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	admin := env1.Token(t, acct.Admin, 0)
	otherAdmin := env1.Token(t, other.Admin, 0)
	var devices []*ent.Device
	for i := range 4 {
		devices = append(devices, env1.SeedDevice(t, acct.Account.ID, "DEV-"+strconv.Itoa(i)))
	}
	otherDev := env1.SeedDevice(t, other.Account.ID, "OTHER-1")

	// From the start of the log, so no event can slip past before the server registers it.
	start := events.Cursor(&ent.LicenseEvent{Seq: 0})
	subs := []*testapp.Subscription{
		env1.Subscribe(t, admin, subscription, map[string]any{"after": start}),
		env2.Subscribe(t, admin, subscription, map[string]any{"after": start}),
	}
	otherSub := env2.Subscribe(t, otherAdmin, subscription, map[string]any{"after": start})

	mutate := func(env *testapp.Env, token string, dev *ent.Device, op string) {
		r := env.Do(t, token, `mutation($d: ID!) { `+op+`(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)})
		require.Empty(t, r.Errors, "%s: %+v", op, r.Errors)
	}
	churn := func(rounds int) {
		var wg sync.WaitGroup
		for i, dev := range devices {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for r := range rounds {
					mutate(envs[(i+r)%2], admin, dev, "assignLicense")
					mutate(envs[(i+r+1)%2], admin, dev, "removeLicense")
				}
			}()
		}
		wg.Wait()
	}
	churn(3)
	mutate(env1, otherAdmin, otherDev, "assignLicense")

	var total struct {
		LicenseEvents struct{ TotalCount int64 } `json:"licenseEvents"`
	}
	env2.MustDo(t, admin, `{ licenseEvents(first: 1) { totalCount } }`, nil, &total)
	n := total.LicenseEvents.TotalCount
	require.EqualValues(t, 4*3*2, n)

	var last wsEvent
	for _, sub := range subs {
		for seq := int64(1); seq <= n; seq++ {
			ev := next(t, sub)
			require.Equal(t, seq, ev.Sequence, "in order, each once")
			require.Equal(t, strconv.Itoa(acct.Account.ID), ev.Account.ID)
			last = ev
		}
		requireNothingMore(t, sub)
	}
	ev := next(t, otherSub)
	require.Equal(t, int64(1), ev.Sequence)
	require.Equal(t, strconv.Itoa(other.Account.ID), ev.Account.ID)
	requireNothingMore(t, otherSub)

	// The cursor is the edge cursor of the query.
	var page struct {
		LicenseEvents struct {
			Edges []struct {
				Cursor string
				Node   struct{ Cursor string }
			}
		} `json:"licenseEvents"`
	}
	env1.MustDo(t, admin, `query($a: String) { licenseEvents(after: $a) { edges { cursor node { cursor } } } }`,
		map[string]any{"a": events.Cursor(&ent.LicenseEvent{Seq: n - 1})}, &page)
	require.Len(t, page.LicenseEvents.Edges, 1)
	require.Equal(t, last.Cursor, page.LicenseEvents.Edges[0].Cursor)
	require.Equal(t, last.Cursor, page.LicenseEvents.Edges[0].Node.Cursor)

	// Disconnect, miss some events, resume on the other instance with the last cursor.
	subs[0].Close()
	churn(1)
	resumed := env2.Subscribe(t, admin, subscription, map[string]any{"after": last.Cursor})
	for seq := n + 1; seq <= n+8; seq++ {
		require.Equal(t, seq, next(t, resumed).Sequence)
	}
	requireNothingMore(t, resumed)
	for seq := n + 1; seq <= n+8; seq++ {
		require.Equal(t, seq, next(t, subs[1]).Sequence, "the one that stayed sees them live")
	}
}

// Logging out ends the session's open subscription with UNAUTHENTICATED and the cursor to
// resume from, sent as the operation's error.
func TestSubscriptionEndsWhenTokenRevoked(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Events.ReauthInterval = 100 * time.Millisecond }))
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	token := env.Token(t, acct.Admin, 0)
	dev := env.SeedDevice(t, acct.Account.ID, "DEV-1")
	sub := env.Subscribe(t, token, subscription, map[string]any{"after": events.Cursor(&ent.LicenseEvent{Seq: 0})})
	env.MustDo(t, token, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)}, nil)
	ev := next(t, sub)

	env.MustDo(t, token, `mutation { logout }`, nil, nil)
	_, err := sub.Next(10 * time.Second)
	var se *testapp.SubscriptionError
	require.ErrorAs(t, err, &se)
	require.Equal(t, "UNAUTHENTICATED", se.Code())
	require.Contains(t, se.Errors[0].Message, "after: "+ev.Cursor)
	require.Equal(t, ev.Cursor, se.Errors[0].Extensions["resumeAfter"])
}
