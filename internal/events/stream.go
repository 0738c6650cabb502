package events

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/reqctx"
)

// subscriber is one subscription's state between passes of its pump. The pump is not a
// goroutine of its own: anything that needs it (an event the hub could not hand over, on a
// notification or the account's catch-up poll; the token re-check, its context ending,
// shutdown) calls signal, which runs
// a pass in a new goroutine unless one runs already (then that one goes round again). So an
// idle subscription holds no goroutine of ours, and an event usually reaches it without one
// (push).
type subscriber struct {
	out chan<- *ent.LicenseEvent
	run func() // one pass of the pump: Service.pass

	// mu guards last (the last sequence number handed to out), running (a pass runs or is
	// about to), pending (it was signalled while running: go round again) and ended.
	mu      sync.Mutex
	last    int64
	running bool
	pending bool
	ended   bool

	// userID and tokenID are whose access the subscription runs on (a revocation names them).
	userID, tokenID int
	// reauthDue is set by the re-check timer and by a revocation; while set, the hub hands it nothing.
	reauthDue atomic.Bool
	stopped   atomic.Bool
	reauth    *time.Timer
	stopCtx   func() bool
}

func (s *subscriber) signal() {
	s.mu.Lock()
	switch {
	case s.ended:
	case s.running:
		s.pending = true
	default:
		s.running = true
		s.mu.Unlock()
		go s.run()
		return
	}
	s.mu.Unlock()
}

// push hands the events read after seq to a subscriber whose pump is idle at seq or past
// it (then it skips what it has: the read holds every event after seq, so the rest follows
// on without a gap), saving a pass. It reports whether the subscriber needs nothing more:
// false when a pass runs, it is behind seq, its buffer is full or the read was not the
// whole rest (then the caller signals it and it reads for itself from where push left it).
func (s *subscriber) push(seq int64, evs []*ent.LicenseEvent, complete bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running || s.ended || s.last < seq || s.reauthDue.Load() {
		return false
	}
	for _, ev := range evs {
		if ev.Seq <= s.last {
			continue
		}
		select {
		case s.out <- ev:
			s.last = ev.Seq
		default:
			return false
		}
	}
	return complete
}

// every signals the subscriber every d (and calls mark first, when given) until stopped.
// The timers have no goroutine or channel of their own while they wait.
func (s *subscriber) every(d time.Duration, mark func()) *time.Timer {
	var t atomic.Pointer[time.Timer]
	t.Store(time.AfterFunc(d, func() {
		if s.stopped.Load() {
			return
		}
		if mark != nil {
			mark()
		}
		s.signal()
		if tm := t.Load(); tm != nil {
			tm.Reset(d)
		}
	}))
	return t.Load()
}

// Stream is one subscription: its events arrive on C in sequence order, each once; C closes
// when the subscription ends, and then Err says why (nil when the caller's context ended).
type Stream struct {
	C    <-chan *ent.LicenseEvent
	done chan struct{}
	err  error
}

// Err is why the stream ended; call it after C is closed.
func (st *Stream) Err() error {
	<-st.done
	return st.err
}

// Subscribe is the licenseEvents subscription. A reason to end it early (slow, token
// revoked, shutdown) is an apperr handed to the request's transport (reqctx.EndSubscription),
// which sends it as the operation's error.
func (s *Service) Subscribe(ctx context.Context, after *string, accountID *int) (<-chan *ent.LicenseEvent, error) {
	st, err := s.Stream(ctx, after, accountID)
	if err != nil {
		return nil, err
	}
	return st.C, nil
}

// Stream starts a subscription to the account's events after the cursor (or, without one,
// from now on). It is Subscribe for callers that want the end reason as an error.
func (s *Service) Stream(ctx context.Context, after *string, accountID *int) (*Stream, error) {
	from, err := decodeCursor(after)
	if err != nil {
		return nil, err
	}
	acct, err := s.readableAccount(ctx, accountID)
	if err != nil {
		return nil, err
	}
	out := make(chan *ent.LicenseEvent, s.opt.Buffer)
	// running until the first pass ends: the hub hands it nothing before it knows where it is.
	sub := &subscriber{out: out, running: true}
	if v, ok := auth.ViewerFrom(ctx); ok {
		sub.userID, sub.tokenID = v.UserID, v.TokenID
	}
	// Registered before the backlog is read: an event committed meanwhile still wakes it.
	s.hub.add(acct, sub)
	if after == nil {
		last, err := s.db.Client.LicenseEvent.Query().Where(licenseevent.AccountID(acct)).
			Order(ent.Desc(licenseevent.FieldSeq)).First(ctx)
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			s.hub.remove(acct, sub)
			return nil, apperr.Wrap(apperr.Internal, err, "reading license events failed")
		default:
			from = last.Seq
		}
		s.hub.setHead(acct, from)
	}
	sub.last = from
	st := &Stream{C: out, done: make(chan struct{})}
	if s.gauge != nil {
		s.gauge.Inc()
	}
	sub.run = func() { s.pass(ctx, acct, sub, st) }
	sub.reauth = sub.every(s.opt.ReauthInterval, func() { sub.reauthDue.Store(true) })
	sub.stopCtx = context.AfterFunc(ctx, sub.signal)
	go sub.run()
	return st, nil
}

// pass reads the log after the last delivered sequence number, so a lost or duplicated
// wake-up can neither skip nor repeat an event; it goes round again while signalled during
// it, and ends the subscription when there is a reason to.
func (s *Service) pass(ctx context.Context, acct int, sub *subscriber, st *Stream) {
	for {
		sub.mu.Lock()
		sub.pending = false
		last := sub.last // the hub may have handed it events since the last pass
		sub.mu.Unlock()
		last, end, err := s.step(ctx, acct, sub, last)
		if end {
			s.finish(ctx, acct, sub, st, err)
			return
		}
		sub.mu.Lock()
		sub.last = last
		if !sub.pending {
			sub.running = false
			sub.mu.Unlock()
			return
		}
		sub.mu.Unlock()
	}
}

// step delivers what is new and looks at the reasons to end; end says the subscription is
// over, err why (nil when its context ended).
func (s *Service) step(ctx context.Context, acct int, sub *subscriber, last int64) (int64, bool, error) {
	if ctx.Err() != nil {
		return last, true, nil
	}
	// A revoked token hears nothing more: the re-check comes before any delivery.
	if sub.reauthDue.Swap(false) {
		if err := s.recheck(ctx, acct, last); err != nil {
			return last, true, err
		}
	}
	last, err := s.drain(ctx, acct, last, sub.out)
	if err != nil {
		if ctx.Err() != nil {
			return last, true, nil
		}
		return last, true, err
	}
	if ctx.Err() != nil {
		return last, true, nil
	}
	if s.shuttingDown() {
		return last, true, closeReason(apperr.Internal, last, "the server is shutting down: reconnect and resume with after: %s")
	}
	return last, false, nil
}

func (s *Service) finish(ctx context.Context, acct int, sub *subscriber, st *Stream, err error) {
	sub.mu.Lock()
	sub.ended = true // no more passes, and the hub hands it nothing more
	sub.running = false
	sub.mu.Unlock()
	sub.stopped.Store(true)
	sub.reauth.Stop()
	sub.stopCtx()
	s.hub.remove(acct, sub)
	if s.gauge != nil {
		s.gauge.Dec()
	}
	st.err = err
	if err != nil {
		// The transport serving the subscription sends it as the operation's error.
		reqctx.EndSubscription(ctx, err)
	}
	close(sub.out)
	close(st.done)
}

func (s *Service) shuttingDown() bool {
	select {
	case <-s.shutdown:
		return true
	default:
		return false
	}
}

// drain delivers every stored event after last and returns the new last sequence number.
// Only a reason to close the subscription is returned as an error; a failed read is retried
// at the next wake-up or poll.
func (s *Service) drain(ctx context.Context, acct int, last int64, out chan<- *ent.LicenseEvent) (int64, error) {
	for {
		from := last
		evs, err := s.hub.read(ctx, acct, from, func() ([]*ent.LicenseEvent, error) {
			return s.readAfter(ctx, acct, from)
		})
		if err != nil {
			if ctx.Err() != nil {
				return last, ctx.Err()
			}
			s.log.WarnContext(ctx, "subscription: reading license events failed; retrying", "account", acct, "err", err)
			return last, nil
		}
		for _, ev := range evs {
			if err := s.send(ctx, out, ev, last); err != nil {
				return last, err
			}
			last = ev.Seq
		}
		if len(evs) < readBatch {
			return last, nil
		}
	}
}

// readAfter reads up to readBatch of the account's events after the sequence number. The
// subscriber may read acct (Stream checked it); the rows are loaded as the system, as the
// hub's are, because subscribers share reads (hub.read): what each viewer may see of an
// event's edges is decided when it is rendered (Service.Actor), not by who read it first.
func (s *Service) readAfter(ctx context.Context, acct int, after int64) ([]*ent.LicenseEvent, error) {
	return withEdges(s.db.Client.LicenseEvent.Query().
		Where(licenseevent.AccountID(acct), licenseevent.SeqGT(after)).
		Order(ent.Asc(licenseevent.FieldSeq)).Limit(readBatch)).All(auth.WithSystem(ctx))
}

func (s *Service) send(ctx context.Context, out chan<- *ent.LicenseEvent, ev *ent.LicenseEvent, last int64) error {
	select {
	case out <- ev:
		return nil
	default:
	}
	slow := time.NewTimer(s.opt.SlowAfter)
	defer slow.Stop()
	select {
	case out <- ev:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-s.shutdown:
		return closeReason(apperr.Internal, last, "the server is shutting down: reconnect and resume with after: %s")
	case <-slow.C:
		return closeReason(apperr.RateLimited, last, "you fell behind: resume with after: %s")
	}
}

// recheck ends the subscription when its token no longer works or no longer allows reading.
func (s *Service) recheck(ctx context.Context, acct int, last int64) error {
	tok := auth.Bearer(ctx)
	if s.authn == nil || tok == "" {
		return nil
	}
	v, err := s.authn(ctx, tok)
	if err != nil || v == nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil && !apperr.Is(err, apperr.Unauthenticated) && !apperr.Is(err, apperr.Forbidden) {
			// The check itself failed (e.g. the database is down): try again next time.
			s.log.WarnContext(ctx, "subscription: re-checking the token failed", "err", err)
			return nil
		}
		return closeReason(apperr.Unauthenticated, last, "your token expired or was revoked: log in again and resubscribe with after: %s")
	}
	if err := s.authz.Require(auth.WithViewer(ctx, v), "event.read", authz.Resource{Type: "event", AccountID: acct}); err != nil {
		return closeReason(apperr.Forbidden, last, "you may no longer read this account's events; with the permission back, resubscribe with after: %s")
	}
	return nil
}

func closeReason(code apperr.Code, last int64, format string) error {
	c := cursorString(last)
	return apperr.New(code, format, c).WithDetails(map[string]any{"resumeAfter": c})
}
