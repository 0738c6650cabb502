package events

import (
	"context"
	"io"
	"log/slog"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/policy"
)

var system = auth.WithSystem(context.Background())

var uniq atomic.Int64

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func fastOptions() Options {
	return Options{
		Buffer:             64,
		SlowAfter:          5 * time.Second,
		PollInterval:       time.Minute, // tests prove notifications arrive without the poll
		ReauthInterval:     time.Minute,
		WebhookBackoff:     50 * time.Millisecond,
		WebhookMaxBackoff:  200 * time.Millisecond,
		WebhookMaxAttempts: 4,
		WebhookTimeout:     2 * time.Second,
		DispatchInterval:   time.Hour, // tests prove the dispatcher is woken, not polled
		// The receivers in these tests listen on loopback.
		WebhookAllowPrivate: true,
	}
}

func newService(t testing.TB, db *database.DB, opts Options) *Service {
	t.Helper()
	engine, err := policy.NewEngine()
	require.NoError(t, err)
	s := New(db, authz.New(engine, nil, nil, quiet()), nil, quiet())
	s.SetOptions(opts)
	return s
}

func seedAccount(t testing.TB, db *database.DB) *ent.Account {
	t.Helper()
	n := uniq.Add(1)
	a, err := db.Client.Account.Create().SetName("Acme").
		SetEmail("counting" + itoa(n) + "@acme" + itoa(time.Now().UnixNano()%1e6) + ".test").
		SetType(enums.AccountStandard).SetExpiresAt(time.Now().Add(365 * 24 * time.Hour)).Save(system)
	require.NoError(t, err)
	return a
}

func seedDevice(t testing.TB, db *database.DB, accountID int) *ent.Device {
	t.Helper()
	d, err := db.Client.Device.Create().SetAccountID(accountID).SetCode("dev-" + itoa(uniq.Add(1))).Save(system)
	require.NoError(t, err)
	return d
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// appendEvent commits one event the way license operations do: Append inside a transaction.
func appendEvent(t testing.TB, db *database.DB, n Notifier, e Event) *ent.LicenseEvent {
	t.Helper()
	var ev *ent.LicenseEvent
	err := database.WithTx(system, db.Client, func(tx *ent.Tx) error {
		var err error
		ev, err = Append(system, tx, n, e)
		return err
	})
	require.NoError(t, err)
	return ev
}

func appendN(t testing.TB, db *database.DB, n Notifier, accountID, count int) []*ent.LicenseEvent {
	t.Helper()
	out := make([]*ent.LicenseEvent, 0, count)
	for i := 0; i < count; i++ {
		out = append(out, appendEvent(t, db, n, Event{AccountID: accountID, Type: enums.EventAssigned}))
	}
	return out
}

func viewer(accountID int, role string, perms ...string) context.Context {
	return auth.WithViewer(context.Background(), &auth.Viewer{
		UserID: int(uniq.Add(1)), AccountID: accountID, Role: role, Kind: auth.KindUser,
		Email: "someone@acme.test", Permissions: perms,
	})
}

// collect reads n events from st, failing after timeout.
func collect(t testing.TB, st *Stream, n int, timeout time.Duration) []*ent.LicenseEvent {
	t.Helper()
	var out []*ent.LicenseEvent
	deadline := time.After(timeout)
	for len(out) < n {
		select {
		case ev, ok := <-st.C:
			if !ok {
				t.Fatalf("stream ended after %d of %d events: %v", len(out), n, st.Err())
			}
			out = append(out, ev)
		case <-deadline:
			t.Fatalf("timed out after %d of %d events", len(out), n)
		}
	}
	return out
}

func requireSeqs(t testing.TB, evs []*ent.LicenseEvent, from int64) {
	t.Helper()
	for i, ev := range evs {
		require.Equal(t, from+int64(i), ev.Seq, "event %d out of order or repeated", i)
	}
}

func requireQuiet(t testing.TB, st *Stream, d time.Duration) {
	t.Helper()
	select {
	case ev, ok := <-st.C:
		if ok {
			t.Fatalf("unexpected extra event seq %d", ev.Seq)
		}
		t.Fatalf("stream ended: %v", st.Err())
	case <-time.After(d):
	}
}
