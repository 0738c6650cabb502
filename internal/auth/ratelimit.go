package auth

import (
	"container/list"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/countthings/countthings/internal/apperr"
)

// DefaultMaxKeys bounds the keys a Limiter remembers unless WithMaxKeys says otherwise.
const DefaultMaxKeys = 100_000

// Limiter is a token-bucket rate limiter per key (an email, a client IP…).
// Its memory is bounded: idle keys are forgotten, and past the key cap the least
// recently seen key is dropped. Safe for concurrent use.
type Limiter struct {
	limit   rate.Limit
	burst   int
	maxKeys int
	idle    time.Duration // a key unseen this long has a full bucket again
	now     func() time.Time

	mu        sync.Mutex
	entries   map[string]*list.Element // of *limiterEntry
	lru       *list.List               // front: most recently seen
	lastSweep time.Time
}

type limiterEntry struct {
	key      string
	lim      *rate.Limiter
	lastSeen time.Time
}

// LimiterOption configures a Limiter.
type LimiterOption func(*Limiter)

// WithMaxKeys sets the hard cap on remembered keys.
func WithMaxKeys(n int) LimiterOption { return func(l *Limiter) { l.maxKeys = max(n, 1) } }

// WithClock sets the clock used by Allow and Check.
func WithClock(now func() time.Time) LimiterOption { return func(l *Limiter) { l.now = now } }

// NewLimiter allows each key r events per second with bursts of up to burst.
func NewLimiter(r rate.Limit, burst int, opts ...LimiterOption) *Limiter {
	l := &Limiter{
		limit:   r,
		burst:   burst,
		maxKeys: DefaultMaxKeys,
		now:     time.Now,
		entries: map[string]*list.Element{},
		lru:     list.New(),
	}
	// Forgetting a key is lossless once its bucket has refilled; one that never
	// refills (r = 0) is only dropped by the key cap.
	switch {
	case r <= 0:
		l.idle = time.Duration(math.MaxInt64)
	case r == rate.Inf:
		l.idle = time.Minute
	default:
		l.idle = max(time.Minute, time.Duration(float64(burst)/float64(r)*float64(time.Second)))
	}
	for _, o := range opts {
		o(l)
	}
	return l
}

// Allow reports whether an event for key may happen now, and consumes it if so.
func (l *Limiter) Allow(key string) bool { return l.AllowAt(key, l.now()) }

// AllowAt is Allow at time t.
func (l *Limiter) AllowAt(key string, t time.Time) bool {
	ok, _ := l.CheckAt(key, t)
	return ok
}

// Check is like Allow and, when refused, says how long until the next event is allowed.
func (l *Limiter) Check(key string) (ok bool, retryAfter time.Duration) {
	return l.CheckAt(key, l.now())
}

// CheckAt is Check at time t. A refused limiter that never refills (r = 0) answers
// the longest Duration.
func (l *Limiter) CheckAt(key string, t time.Time) (ok bool, retryAfter time.Duration) {
	lim := l.limiterFor(key, t)
	if lim.AllowN(t, 1) {
		return true, 0
	}
	if l.limit <= 0 || l.burst < 1 {
		return false, time.Duration(math.MaxInt64)
	}
	missing := 1 - lim.TokensAt(t)
	return false, time.Duration(math.Ceil(missing / float64(l.limit) * float64(time.Second)))
}

// Len returns the number of keys remembered.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lru.Len()
}

func (l *Limiter) limiterFor(key string, t time.Time) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(t)
	if el, ok := l.entries[key]; ok {
		e := el.Value.(*limiterEntry)
		if t.After(e.lastSeen) {
			e.lastSeen = t
		}
		l.lru.MoveToFront(el)
		return e.lim
	}
	for l.lru.Len() >= l.maxKeys {
		l.remove(l.lru.Back())
	}
	e := &limiterEntry{key: key, lim: rate.NewLimiter(l.limit, l.burst), lastSeen: t}
	l.entries[key] = l.lru.PushFront(e)
	return e.lim
}

// sweep drops idle keys from the back of the LRU list, at most once per idle period,
// so its cost is proportional to what it removes.
func (l *Limiter) sweep(t time.Time) {
	if t.Sub(l.lastSweep) < l.idle {
		return
	}
	l.lastSweep = t
	for el := l.lru.Back(); el != nil; el = l.lru.Back() {
		if t.Sub(el.Value.(*limiterEntry).lastSeen) < l.idle {
			return
		}
		l.remove(el)
	}
}

func (l *Limiter) remove(el *list.Element) {
	delete(l.entries, el.Value.(*limiterEntry).key)
	l.lru.Remove(el)
}

// RateLimited is the one answer to an attempt a limit refuses: RATE_LIMITED, saying what
// was limited and how long to wait (also as extensions.retryAfterSeconds, at most a day).
func RateLimited(what string, wait time.Duration) error {
	secs := int(math.Ceil(wait.Seconds()))
	secs = min(max(secs, 1), 24*3600)
	return apperr.New(apperr.RateLimited, "%s: try again in %d seconds", what, secs).
		WithDetails(map[string]any{"retryAfterSeconds": secs})
}
