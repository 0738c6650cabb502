package events

import (
	"context"
	"sync"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/auth"
)

// readBatch is how many events one read of the log returns.
const readBatch = 200

// hub knows this process's subscribers by account, to wake them when events commit.
type hub struct {
	mu   sync.RWMutex
	subs map[int]map[*subscriber]struct{}
	// Shared reads: the subscribers of an account woken by one event all read the same rows
	// (the events after the same sequence number), so one of them reads and the others wait
	// for its result instead of each sending the same query (10,000 subscribers of an account
	// would otherwise mean 10,000 queries per event). gen counts an account's wake-ups: a read
	// is shared only with readers of the same generation, so no one is handed rows read
	// before the event that woke it was committed.
	gen   map[int]uint64
	reads map[int]map[int64]*sharedRead
	// head is, per account, the highest sequence number a read returned (or a subscriber
	// started from): where the live subscribers are. A wake-up reads the events after it
	// once and hands the rows to the subscribers idle there (push); only the others run a
	// pass, and they find the read done.
	head map[int]int64
	// load reads an account's events after a sequence number, for those reads.
	load func(ctx context.Context, accountID int, after int64) ([]*ent.LicenseEvent, error)
	// polls wake each account with subscribers every pollEvery, as a notification would:
	// the catch-up read that covers a lost one (another process's NOTIFY, a failed read).
	// One timer per account, not per subscriber: an idle subscription costs no pass.
	polls     map[int]*time.Timer
	pollEvery time.Duration // Options.PollInterval
	// fanouts is, per account, the last wake-up's hand-over, closed when done: the next one
	// waits for it, so each subscriber is handed the rows in order and is found where the
	// previous hand-over left it (a second event committed during the first one's fan-out
	// would otherwise find thousands of subscribers not yet there, and signal them all).
	fanouts map[int]chan struct{}
}

// sharedReadMaxAge bounds how long a read is shared when no wake-up came (the poll that
// covers a lost notification then still reads anew within this time).
const sharedReadMaxAge = time.Second

// prefetchTimeout bounds the read a wake-up starts; its waiters read for themselves if it fails.
const prefetchTimeout = 10 * time.Second

type sharedRead struct {
	gen  uint64
	at   time.Time
	done chan struct{}
	evs  []*ent.LicenseEvent
	err  error
}

func (r *sharedRead) finished() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

func newHub() *hub {
	return &hub{subs: map[int]map[*subscriber]struct{}{}, gen: map[int]uint64{}, reads: map[int]map[int64]*sharedRead{}, head: map[int]int64{},
		polls: map[int]*time.Timer{}, fanouts: map[int]chan struct{}{}}
}

// read returns the account's events after the sequence number, from a read another
// subscriber of the same generation started, or by calling load (and sharing its result).
// The rows are shared: callers must not modify them.
func (h *hub) read(ctx context.Context, accountID int, after int64, load func() ([]*ent.LicenseEvent, error)) ([]*ent.LicenseEvent, error) {
	// The common case, once a wake-up's read is done: every woken subscriber finds it.
	h.mu.RLock()
	if r := h.reads[accountID][after]; r != nil && r.gen == h.gen[accountID] && r.finished() && r.err == nil && time.Since(r.at) < sharedReadMaxAge {
		h.mu.RUnlock()
		return r.evs, nil
	}
	h.mu.RUnlock()
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
	h.advance(accountID, r.evs)
	close(r.done)
	return r.evs, r.err
}

// advance records the last sequence number of rows read (they are in sequence order).
func (h *hub) advance(accountID int, evs []*ent.LicenseEvent) {
	if len(evs) == 0 {
		return
	}
	h.setHead(accountID, evs[len(evs)-1].Seq)
}

func (h *hub) setHead(accountID int, seq int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.subs[accountID]; ok && seq > h.head[accountID] {
		h.head[accountID] = seq
	}
}

func (h *hub) add(accountID int, s *subscriber) {
	h.mu.Lock()
	defer h.mu.Unlock()
	m := h.subs[accountID]
	if m == nil {
		m = map[*subscriber]struct{}{}
		h.subs[accountID] = m
		h.polls[accountID] = h.pollTimer(accountID)
	}
	m[s] = struct{}{}
}

// pollTimer wakes the account every pollEvery until remove stops it.
func (h *hub) pollTimer(accountID int) *time.Timer {
	var t *time.Timer
	t = time.AfterFunc(h.pollEvery, func() {
		h.mu.Lock()
		current := h.polls[accountID] == t
		h.mu.Unlock()
		if !current {
			return // the account's last subscriber left (and perhaps a new one came)
		}
		h.wake(accountID)
		t.Reset(h.pollEvery)
	})
	return t
}

func (h *hub) remove(accountID int, s *subscriber) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs[accountID], s)
	if len(h.subs[accountID]) == 0 {
		if t := h.polls[accountID]; t != nil {
			t.Stop()
		}
		delete(h.polls, accountID)
		delete(h.subs, accountID)
		delete(h.reads, accountID)
		delete(h.gen, accountID)
		delete(h.head, accountID)
	}
}

// wake never blocks: a subscriber already woken will read everything new anyway. When the
// live subscribers' position is known, it first reads the events after it (in the new
// generation, so the read sees the event that caused the wake-up), then hands the rows to
// the subscribers idle at that position and signals the rest; a subscriber signalled
// meanwhile (by the poll) waits for that read.
func (h *hub) wake(accountID int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.gen[accountID]++
	delete(h.reads, accountID)
	head, ok := h.head[accountID]
	if !ok || h.load == nil || len(h.subs[accountID]) == 0 {
		h.signalLocked(accountID)
		return
	}
	r := &sharedRead{gen: h.gen[accountID], at: time.Now(), done: make(chan struct{})}
	h.reads[accountID] = map[int64]*sharedRead{head: r}
	prev, done := h.fanouts[accountID], make(chan struct{})
	h.fanouts[accountID] = done
	go func() {
		defer func() {
			h.mu.Lock()
			if h.fanouts[accountID] == done {
				delete(h.fanouts, accountID)
			}
			h.mu.Unlock()
			close(done)
		}()
		ctx, cancel := context.WithTimeout(auth.WithSystem(context.Background()), prefetchTimeout)
		r.evs, r.err = h.load(ctx, accountID, head)
		cancel()
		h.advance(accountID, r.evs)
		close(r.done)
		if prev != nil {
			<-prev
		}
		h.mu.RLock()
		defer h.mu.RUnlock()
		for s := range h.subs[accountID] {
			// A subscriber waiting at head takes the rows from here; any other reads them.
			if r.err != nil || !s.push(head, r.evs, len(r.evs) < readBatch) {
				s.signal()
			}
		}
	}()
}

func (h *hub) signalLocked(accountID int) {
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

// signalAll wakes every subscriber without starting a new generation (to look at shutdown).
func (h *hub) signalAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, m := range h.subs {
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
