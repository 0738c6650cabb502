package events

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

func adminCtx(t *testing.T, accountID int) context.Context {
	ctx, cancel := context.WithCancel(viewer(accountID, auth.RoleAdmin))
	t.Cleanup(cancel)
	return ctx
}

// Replay from a cursor, then live events, while others are being appended: no gap, no
// duplicate at the seam, on both databases.
func TestSubscribeReplayThenLive(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(t, db, fastOptions())
		a := seedAccount(t, db)
		other := seedAccount(t, db)
		first := appendN(t, db, s, a.ID, 30)

		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 120; i++ {
				appendN(t, db, s, a.ID, 1)
				if i%10 == 0 {
					appendN(t, db, s, other.ID, 1)
				}
			}
		}()
		st, err := s.Stream(adminCtx(t, a.ID), ptr(Cursor(first[9])), nil)
		require.NoError(t, err)
		got := collect(t, st, 140, 30*time.Second)
		wg.Wait()
		requireSeqs(t, got, 11)
		for _, ev := range got {
			require.Equal(t, a.ID, ev.AccountID)
			// Edges come with the shared read: selecting them costs no query per subscriber.
			_, err := ev.Edges.DeviceOrErr()
			require.False(t, ent.IsNotLoaded(err), "device edge loaded")
			acct, err := ev.Edges.AccountOrErr()
			require.NoError(t, err)
			require.Equal(t, a.ID, acct.ID)
		}
		requireQuiet(t, st, 200*time.Millisecond)

		// Without a cursor: only what is committed from now on.
		live, err := s.Stream(adminCtx(t, a.ID), nil, nil)
		require.NoError(t, err)
		requireQuiet(t, live, 100*time.Millisecond)
		appendN(t, db, s, a.ID, 2)
		requireSeqs(t, collect(t, live, 2, 10*time.Second), 151)
	})
}

func TestSubscribeAuthorization(t *testing.T) {
	db := testdb.Postgres(t)
	s := newService(t, db, fastOptions())
	a := seedAccount(t, db)
	other := seedAccount(t, db)
	_, err := s.Stream(t.Context(), nil, nil)
	require.True(t, apperr.Is(err, apperr.Unauthenticated), "%v", err)
	_, err = s.Stream(viewer(a.ID, auth.RoleAdmin), nil, &other.ID)
	require.True(t, apperr.Is(err, apperr.NotFound), "another account's ID is NOT_FOUND: %v", err)
	_, err = s.Stream(viewer(a.ID, auth.RoleOperator, "count"), nil, nil)
	require.True(t, apperr.Is(err, apperr.Forbidden), "%v", err)
	_, err = s.Stream(viewer(a.ID, auth.RoleAdmin), ptr("not-a-cursor"), nil)
	require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)
	_, err = s.Stream(viewer(0, auth.RoleSupport), nil, nil)
	require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)
	ctx, cancel := context.WithCancel(viewer(0, auth.RoleSupport))
	defer cancel()
	st, err := s.Stream(ctx, nil, &other.ID)
	require.NoError(t, err)
	appendN(t, db, s, other.ID, 1)
	require.Len(t, collect(t, st, 1, 10*time.Second), 1)
}

// Two service instances on one Postgres, each with its own LISTEN connection and
// subscribers; events are appended through both. Every subscriber gets every event of its
// account exactly once, in order. The catch-up poll is a minute: NOTIFY does the work.
func TestTwoInstancesOnePostgres(t *testing.T) {
	url := testdb.NewPostgresURL(t)
	open := func() *database.DB {
		db, err := database.Open(context.Background(), url)
		require.NoError(t, err)
		t.Cleanup(func() { db.Close() })
		return db
	}
	db1, db2 := open(), open()
	s1, s2 := newService(t, db1, fastOptions()), newService(t, db2, fastOptions())
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	s1.Start(ctx)
	s2.Start(ctx)
	a, b := seedAccount(t, db1), seedAccount(t, db1)
	waitListening(t, s1, s2)

	type sub struct {
		st      *Stream
		account int
	}
	var subs []sub
	for _, s := range []*Service{s1, s2} {
		for _, acct := range []int{a.ID, b.ID} {
			st, err := s.Stream(adminCtx(t, acct), ptr(cursorString(0)), nil)
			require.NoError(t, err)
			subs = append(subs, sub{st, acct})
		}
	}
	const perWriter = 60
	var wg sync.WaitGroup
	for _, w := range []struct {
		db *database.DB
		s  *Service
	}{{db1, s1}, {db2, s2}} {
		for _, acct := range []int{a.ID, b.ID} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				appendN(t, w.db, w.s, acct, perWriter)
			}()
		}
	}
	wg.Wait()
	for _, sb := range subs {
		got := collect(t, sb.st, 2*perWriter, 20*time.Second)
		requireSeqs(t, got, 1)
		for _, ev := range got {
			require.Equal(t, sb.account, ev.AccountID)
		}
		requireQuiet(t, sb.st, 100*time.Millisecond)
	}
}

// waitListening waits until each instance LISTENs.
func waitListening(t *testing.T, ss ...*Service) {
	t.Helper()
	for _, s := range ss {
		require.Eventually(t, func() bool { return s.listening.Load() }, 10*time.Second, 10*time.Millisecond)
	}
}

// A subscriber that disconnects and comes back with its last cursor gets exactly the
// events it missed, then live ones.
func TestResumeFromLastCursor(t *testing.T) {
	db := testdb.Postgres(t)
	s := newService(t, db, fastOptions())
	a := seedAccount(t, db)
	ctx, cancel := context.WithCancel(viewer(a.ID, auth.RoleAdmin))
	st, err := s.Stream(ctx, ptr(cursorString(0)), nil)
	require.NoError(t, err)
	appendN(t, db, s, a.ID, 5)
	got := collect(t, st, 5, 10*time.Second)
	last := Cursor(got[len(got)-1])
	cancel()
	for range st.C {
	}
	require.NoError(t, st.Err())

	appendN(t, db, s, a.ID, 7)
	st, err = s.Stream(adminCtx(t, a.ID), &last, nil)
	require.NoError(t, err)
	requireSeqs(t, collect(t, st, 7, 10*time.Second), 6)
	requireQuiet(t, st, 100*time.Millisecond)
	appendN(t, db, s, a.ID, 1)
	requireSeqs(t, collect(t, st, 1, 10*time.Second), 13)
}

// A subscriber that stops reading is closed with a reason naming the cursor to resume from;
// writers and the other subscribers carry on.
func TestSlowSubscriberIsClosed(t *testing.T) {
	db := testdb.Postgres(t)
	opts := fastOptions()
	opts.Buffer = 4
	opts.SlowAfter = 200 * time.Millisecond
	s := newService(t, db, opts)
	a := seedAccount(t, db)
	slow, err := s.Stream(adminCtx(t, a.ID), nil, nil)
	require.NoError(t, err)
	fast, err := s.Stream(adminCtx(t, a.ID), nil, nil)
	require.NoError(t, err)

	start := time.Now()
	var fastGot []*ent.LicenseEvent
	done := make(chan struct{})
	go func() {
		defer close(done)
		fastGot = collect(t, fast, 40, 20*time.Second)
	}()
	appendN(t, db, s, a.ID, 40)
	require.Less(t, time.Since(start), 10*time.Second, "writers were held up")
	<-done
	requireSeqs(t, fastGot, 1)

	// The slow one, which read nothing, is closed: it keeps what fitted in its buffer, then the reason.
	select {
	case <-slow.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the slow subscriber was not closed")
	}
	var slowGot []*ent.LicenseEvent
	for ev := range slow.C {
		slowGot = append(slowGot, ev)
	}
	require.NotEmpty(t, slowGot)
	requireSeqs(t, slowGot, 1)
	err = slow.Err()
	var ae *apperr.Error
	require.True(t, errors.As(err, &ae), "%v", err)
	lastCursor := Cursor(slowGot[len(slowGot)-1])
	require.Equal(t, "you fell behind: resume with after: "+lastCursor, ae.Message)
	require.Equal(t, lastCursor, ae.Details["resumeAfter"])

	// It resumes from there with nothing lost.
	st, err := s.Stream(adminCtx(t, a.ID), &lastCursor, nil)
	require.NoError(t, err)
	requireSeqs(t, collect(t, st, 40-len(slowGot), 10*time.Second), int64(len(slowGot))+1)
}

// A revoked token ends the subscription at the next check; so does shutdown.
func TestSubscriptionEndsWithReason(t *testing.T) {
	db := testdb.Postgres(t)
	opts := fastOptions()
	opts.ReauthInterval = 50 * time.Millisecond
	s := newService(t, db, opts)
	a := seedAccount(t, db)
	var mu sync.Mutex
	valid := map[string]bool{"tok-1": true, "tok-2": true}
	s.SetAuthenticator(func(ctx context.Context, token string) (*auth.Viewer, error) {
		mu.Lock()
		defer mu.Unlock()
		if !valid[token] {
			return nil, apperr.ErrUnauthenticated
		}
		return &auth.Viewer{UserID: 1, AccountID: a.ID, Role: auth.RoleAdmin, Kind: auth.KindUser}, nil
	})
	shutdown := make(chan struct{})
	s.SetShutdown(shutdown)

	st1, err := s.Stream(auth.WithBearer(adminCtx(t, a.ID), "tok-1"), nil, nil)
	require.NoError(t, err)
	st2, err := s.Stream(auth.WithBearer(adminCtx(t, a.ID), "tok-2"), nil, nil)
	require.NoError(t, err)
	appendN(t, db, s, a.ID, 2)
	collect(t, st1, 2, 10*time.Second)
	collect(t, st2, 2, 10*time.Second)
	time.Sleep(150 * time.Millisecond)
	requireQuiet(t, st1, 10*time.Millisecond)

	mu.Lock()
	valid["tok-1"] = false
	mu.Unlock()
	for range st1.C {
	}
	require.True(t, apperr.Is(st1.Err(), apperr.Unauthenticated), "%v", st1.Err())
	require.Contains(t, st1.Err().Error(), "resubscribe with after: "+cursorString(2))

	close(shutdown)
	for range st2.C {
	}
	require.True(t, strings.Contains(st2.Err().Error(), "shutting down"), "%v", st2.Err())
	require.Eventually(t, func() bool { return s.hub.count() == 0 }, 5*time.Second, 10*time.Millisecond)
}

// An event whose notification never reaches this process (committed by another one that
// sends no NOTIFY) still arrives, through the account's catch-up poll, to subscribers live
// at the head and to one replaying from behind; each once, in order.
func TestSubscribeCatchUpPoll(t *testing.T) {
	db := testdb.Postgres(t)
	opts := fastOptions()
	opts.PollInterval = 150 * time.Millisecond
	here := newService(t, db, opts)
	elsewhere := newService(t, db, fastOptions()) // not Started: it sends no NOTIFY
	a := seedAccount(t, db)
	first := appendN(t, db, elsewhere, a.ID, 3)

	live1, err := here.Stream(adminCtx(t, a.ID), nil, nil)
	require.NoError(t, err)
	live2, err := here.Stream(adminCtx(t, a.ID), nil, nil)
	require.NoError(t, err)
	behind, err := here.Stream(adminCtx(t, a.ID), ptr(Cursor(first[0])), nil)
	require.NoError(t, err)
	requireSeqs(t, collect(t, behind, 2, 10*time.Second), 2)

	appendN(t, db, elsewhere, a.ID, 2)
	requireSeqs(t, collect(t, live1, 2, 10*time.Second), 4)
	requireSeqs(t, collect(t, live2, 2, 10*time.Second), 4)
	requireSeqs(t, collect(t, behind, 2, 10*time.Second), 4)
	for _, st := range []*Stream{live1, live2, behind} {
		requireQuiet(t, st, 400*time.Millisecond)
	}

	// Control: with a poll too slow to matter, the same events do not arrive.
	slow := newService(t, db, fastOptions())
	quiet, err := slow.Stream(adminCtx(t, a.ID), nil, nil)
	require.NoError(t, err)
	require.Eventually(t, func() bool { return idle(slow.hub, a.ID) }, 10*time.Second, 5*time.Millisecond,
		"its first pass (which would find anything committed meanwhile) is over")
	appendN(t, db, elsewhere, a.ID, 1)
	requireQuiet(t, quiet, 500*time.Millisecond)
}

// idle: every subscriber of the account is between passes.
func idle(h *hub, accountID int) bool {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for s := range h.subs[accountID] {
		s.mu.Lock()
		running := s.running
		s.mu.Unlock()
		if running {
			return false
		}
	}
	return true
}
