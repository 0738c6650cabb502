package events

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"
)

// channel is the Postgres NOTIFY channel; its payload is "<accountID>:<seq>:<instance>"
// (instance: the sending process, which has already woken its own subscribers; a payload
// without one, "<accountID>:<seq>", is read too), and listeners read the rows themselves.
const channel = "countthings_events"

type note struct {
	accountID int
	seq       int64
	instance  string
}

func (n note) payload() string { return fmt.Sprintf("%d:%d:%s", n.accountID, n.seq, n.instance) }

func parseNote(p string) (note, bool) {
	a, rest, ok := strings.Cut(p, ":")
	if !ok {
		return note{}, false
	}
	b, inst, _ := strings.Cut(rest, ":")
	id, err1 := strconv.Atoi(a)
	seq, err2 := strconv.ParseInt(b, 10, 64)
	return note{accountID: id, seq: seq, instance: inst}, err1 == nil && err2 == nil
}

// publish sends the queued notifications, outside any license transaction. Of several for
// one account waiting together only the last is sent: readers fetch every row up to it.
func (s *Service) publish(ctx context.Context) {
	for {
		var batch []note
		select {
		case <-ctx.Done():
			return
		case n := <-s.notes:
			batch = append(batch, n)
		}
	more:
		for len(batch) < 1000 {
			select {
			case n := <-s.notes:
				batch = append(batch, n)
			default:
				break more
			}
		}
		latest := map[int]int64{}
		for _, n := range batch {
			latest[n.accountID] = max(latest[n.accountID], n.seq)
		}
		for acct, seq := range latest {
			if _, err := s.db.SQL.ExecContext(ctx, `SELECT pg_notify($1, $2)`, channel, note{acct, seq, s.instance}.payload()); err != nil && ctx.Err() == nil {
				// Other processes' catch-up poll still finds the events.
				s.log.WarnContext(ctx, "events: NOTIFY failed", "account", acct, "seq", seq, "err", err)
			}
		}
	}
}

// listen wakes this process's subscribers and dispatcher on every other process's events.
func (s *Service) listen(ctx context.Context) {
	l := pq.NewListener(s.db.URL, 200*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			s.log.Warn("events: LISTEN connection", "event", ev, "err", err)
		}
	})
	defer l.Close()
	for {
		err := l.Listen(channel)
		if err == nil || err == pq.ErrChannelAlreadyOpen {
			err = l.Listen(revocationChannel)
		}
		if err == nil || err == pq.ErrChannelAlreadyOpen {
			break
		} else if ctx.Err() == nil {
			s.log.Warn("events: LISTEN failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
	s.listening.Store(true)
	// Whatever was committed before LISTEN took effect is found by reading after it.
	s.hub.wakeAll()
	s.wakeDispatcher()
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case n := <-l.Notify:
			if n == nil {
				// Reconnected: notifications (events, revocations) may have been lost meanwhile.
				s.hub.recheck(func(*subscriber) bool { return true })
				s.hub.wakeAll()
				s.wakeDispatcher()
				continue
			}
			if n.Channel == revocationChannel {
				s.revoked(n.Extra)
				continue
			}
			if nt, ok := parseNote(n.Extra); ok && nt.instance != s.instance {
				// (This process's own events woke its subscribers when they committed.)
				s.hub.wake(nt.accountID)
				s.wakeDispatcher()
			}
		case <-ping.C:
			_ = l.Ping()
		}
	}
}
