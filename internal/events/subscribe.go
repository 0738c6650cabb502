package events

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
)

// readBatch is how many events one read of the log returns.
const readBatch = 200

// hub knows this process's subscribers by account, to wake them when events commit.
type hub struct {
	mu   sync.Mutex
	subs map[int]map[*subscriber]struct{}
	// Shared reads: the subscribers of an account woken by one event all read the same rows
	// (the events after the same sequence number), so one of them reads and the others wait
	// for its result instead of each sending the same query (10,000 subscribers of an account
	// would otherwise mean 10,000 queries per event). gen counts an account's wake-ups: a read
	// is shared only with readers of the same generation, so no one is handed rows read
	// before the event that woke it was committed.
	gen   map[int]uint64
	reads map[int]map[int64]*sharedRead
}

// sharedReadMaxAge bounds how long a read is shared when no wake-up came (the poll that
// covers a lost notification then still reads anew within this time).
const sharedReadMaxAge = time.Second

type sharedRead struct {
	gen  uint64
	at   time.Time
	done chan struct{}
	evs  []*ent.LicenseEvent
	err  error
}

func newHub() *hub {
	return &hub{subs: map[int]map[*subscriber]struct{}{}, gen: map[int]uint64{}, reads: map[int]map[int64]*sharedRead{}}
}

// read returns the account's events after the sequence number, from a read another
// subscriber of the same generation started, or by calling load (and sharing its result).
// The rows are shared: callers must not modify them.
func (h *hub) read(ctx context.Context, accountID int, after int64, load func() ([]*ent.LicenseEvent, error)) ([]*ent.LicenseEvent, error) {
	h.mu.Lock()
	g := h.gen[accountID]
	if r := h.reads[accountID][after]; r != nil && r.gen == g && time.Since(r.at) < sharedReadMaxAge {
		h.mu.Unlock()
		select {
		case <-r.done:
			if r.err == nil {
				return r.evs, nil
			}
			return load() // the reader failed (its context ended, say): read for ourselves
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	r := &sharedRead{gen: g, at: time.Now(), done: make(chan struct{})}
	m := h.reads[accountID]
	if m == nil {
		m = map[int64]*sharedRead{}
		h.reads[accountID] = m
	}
	m[after] = r
	h.mu.Unlock()
	r.evs, r.err = load()
	close(r.done)
	return r.evs, r.err
}

func (h *hub) add(accountID int, s *subscriber) {
	h.mu.Lock()
	defer h.mu.Unlock()
	m := h.subs[accountID]
	if m == nil {
		m = map[*subscriber]struct{}{}
		h.subs[accountID] = m
	}
	m[s] = struct{}{}
}

func (h *hub) remove(accountID int, s *subscriber) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs[accountID], s)
	if len(h.subs[accountID]) == 0 {
		delete(h.subs, accountID)
		delete(h.reads, accountID)
		delete(h.gen, accountID)
	}
}

// wake never blocks: a subscriber already woken will read everything new anyway.
func (h *hub) wake(accountID int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.gen[accountID]++
	delete(h.reads, accountID)
	for s := range h.subs[accountID] {
		s.signal()
	}
}

func (h *hub) wakeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for acct, m := range h.subs {
		h.gen[acct]++
		delete(h.reads, acct)
		for s := range m {
			s.signal()
		}
	}
}

func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.subs {
		n += len(m)
	}
	return n
}

type subscriber struct {
	wakeup chan struct{}
}

func (s *subscriber) signal() {
	select {
	case s.wakeup <- struct{}{}:
	default:
	}
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
// revoked, shutdown) reaches the client as the operation's GraphQL error.
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
	sub := &subscriber{wakeup: make(chan struct{}, 1)}
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
	}
	out := make(chan *ent.LicenseEvent, s.opt.Buffer)
	st := &Stream{C: out, done: make(chan struct{})}
	if s.gauge != nil {
		s.gauge.Inc()
	}
	go s.pump(ctx, acct, from, sub, out, st)
	return st, nil
}

// pump reads the log after the last delivered sequence number whenever woken, so a lost or
// duplicated wake-up can neither skip nor repeat an event.
func (s *Service) pump(ctx context.Context, acct int, last int64, sub *subscriber, out chan<- *ent.LicenseEvent, st *Stream) {
	defer func() {
		s.hub.remove(acct, sub)
		if s.gauge != nil {
			s.gauge.Dec()
		}
		if st.err != nil {
			addSubscriptionError(ctx, st.err)
		}
		close(out)
		close(st.done)
	}()
	poll := time.NewTicker(s.opt.PollInterval)
	defer poll.Stop()
	reauth := time.NewTicker(s.opt.ReauthInterval)
	defer reauth.Stop()
	for {
		var err error
		last, err = s.drain(ctx, acct, last, out)
		if err != nil {
			if ctx.Err() == nil {
				st.err = err
			}
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-s.shutdown:
			st.err = closeReason(apperr.Internal, last, "the server is shutting down: reconnect and resume with after: %s")
			return
		case <-reauth.C:
			if err := s.recheck(ctx, acct, last); err != nil {
				st.err = err
				return
			}
		case <-sub.wakeup:
		case <-poll.C:
		}
	}
}

// drain delivers every stored event after last and returns the new last sequence number.
// Only a reason to close the subscription is returned as an error; a failed read is retried
// at the next wake-up or poll.
func (s *Service) drain(ctx context.Context, acct int, last int64, out chan<- *ent.LicenseEvent) (int64, error) {
	for {
		from := last
		evs, err := s.hub.read(ctx, acct, from, func() ([]*ent.LicenseEvent, error) {
			return withEdges(s.db.Client.LicenseEvent.Query().
				Where(licenseevent.AccountID(acct), licenseevent.SeqGT(from)).
				Order(ent.Asc(licenseevent.FieldSeq)).Limit(readBatch)).All(ctx)
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

// addSubscriptionError hands the reason to the graphql-transport-ws transport, which sends it
// as the operation's error message; outside a WebSocket (in tests) there is no one to tell.
func addSubscriptionError(ctx context.Context, err error) {
	defer func() { _ = recover() }()
	e := &gqlerror.Error{Message: err.Error(), Extensions: map[string]any{"code": string(apperr.Internal)}}
	var ae *apperr.Error
	if errors.As(err, &ae) {
		e.Message = ae.Message
		e.Extensions["code"] = string(ae.Code)
		for k, v := range ae.Details {
			e.Extensions[k] = v
		}
	}
	transport.AddSubscriptionError(ctx, e)
}
