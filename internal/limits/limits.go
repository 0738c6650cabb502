// Package limits keeps the counts behind the service's abuse limits in the database, so
// that every instance sees the same counts and a restart forgets none: failed logins (per
// email and address, per email, per address, with a growing wait) and account requests
// per address. Only what a limit counts costs a statement; a successful login reads its
// limits inside the statement that loads the user (JoinLoginBlocked).
package limits

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent/limitcounter"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/reqctx"
)

// Config sets every limit; zero values take the defaults (Defaults). The defaults let a
// thousand devices of one user at one site log in within a minute: only failures count.
type Config struct {
	// LoginPairFailures: wrong passwords for one email from one address before each
	// further attempt of that pair waits.
	LoginPairFailures int
	// LoginEmailFailures: wrong passwords for one email, from all addresses together,
	// before each further attempt for that email waits (guessing from many addresses).
	LoginEmailFailures int
	// LoginAddressFailures: failed logins from one address (an IPv6 /64), for all emails
	// together, before each further attempt from there waits (one address trying many emails).
	LoginAddressFailures int
	// LoginBackoff is the first wait; each further failure doubles it, up to LoginMaxBackoff.
	LoginBackoff    time.Duration
	LoginMaxBackoff time.Duration
	// LoginForget: a count with no new failure for this long is forgotten.
	LoginForget time.Duration
	// AccountRequests per address (an IPv6 /64) within AccountRequestWindow.
	AccountRequests      int
	AccountRequestWindow time.Duration
}

// Defaults fills the zero values.
func (c *Config) Defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	defD := func(v *time.Duration, d time.Duration) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.LoginPairFailures, 5)
	def(&c.LoginEmailFailures, 50)
	def(&c.LoginAddressFailures, 100)
	defD(&c.LoginBackoff, time.Second)
	defD(&c.LoginMaxBackoff, 15*time.Minute)
	defD(&c.LoginForget, time.Hour)
	def(&c.AccountRequests, 5)
	defD(&c.AccountRequestWindow, time.Hour)
}

// Validate says what is wrong with c (after Defaults).
func (c *Config) Validate() error {
	switch {
	case c.LoginPairFailures < 1, c.LoginEmailFailures < 1, c.LoginAddressFailures < 1, c.AccountRequests < 1:
		return fmt.Errorf("login failure and account request limits must be at least 1")
	case c.LoginBackoff < time.Millisecond, c.LoginMaxBackoff < c.LoginBackoff:
		return fmt.Errorf("the login backoff must be at least 1ms and at most the longest backoff")
	case c.LoginForget < c.LoginMaxBackoff:
		return fmt.Errorf("login failures must be remembered at least as long as the longest backoff")
	case c.AccountRequestWindow < time.Second:
		return fmt.Errorf("the account request window must be at least 1s")
	}
	return nil
}

// Limits, as in the metrics' label.
const (
	ScopeLogin          = "login"
	ScopeAccountRequest = "account_request"
)

const (
	prefixPair    = "login:pair:"
	prefixEmail   = "login:email:"
	prefixAddress = "login:addr:"
	prefixRequest = "request:addr:"
)

// Observer is told of failed logins and of refusals (metrics).
type Observer struct {
	LoginFailed func()
	Limited     func(scope string)
}

// Store keeps the counts in the database.
type Store struct {
	db       *database.DB
	cfg      Config
	now      func() time.Time
	log      *slog.Logger
	observer atomic.Pointer[Observer]
	sweeps   atomic.Uint64
}

// New returns the store; cfg's zero values take the defaults.
func New(db *database.DB, cfg Config, now func() time.Time, log *slog.Logger) (*Store, error) {
	cfg.Defaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Store{db: db, cfg: cfg, now: now, log: log}
	s.observer.Store(&Observer{})
	return s, nil
}

// Config is the store's configuration, defaults filled in.
func (s *Store) Config() Config { return s.cfg }

// Observe sets who is told of failures and refusals.
func (s *Store) Observe(o Observer) { s.observer.Store(&o) }

// Login is one login attempt's keys.
type Login struct {
	email string // normalised
	addr  string // the client's address, "" when unknown
	keys  []string
}

// LoginAttempt names the counts a login of email (normalised) from the request's client counts against.
func (s *Store) LoginAttempt(ctx context.Context, email string) Login {
	l := Login{email: email, addr: reqctx.ClientAddr(ctx)}
	ak := reqctx.LimitKey(l.addr)
	l.keys = []string{prefixPair + digest(email+"\n"+ak), prefixEmail + digest(email)}
	if l.addr != "" {
		l.keys = append(l.keys, prefixAddress+ak)
	}
	return l
}

// BlockedColumn is the column JoinLoginBlocked adds: Unix ms until which the attempt
// must wait, or 0 when it may go ahead. Read it with BlockedUntil.
const BlockedColumn = "login_blocked_until"

// JoinLoginBlocked adds the attempt's limits to the statement that loads the user, as a
// scalar subquery: the longest wait among its counts. Never NULL, so that every driver
// reports its type (SQLite's reports none for a NULL expression).
func (s *Store) JoinLoginBlocked(sel *entsql.Selector, l Login) {
	sub := s.loginBlocked(l)
	sel.AppendSelectExprAs(entsql.ExprFunc(func(b *entsql.Builder) {
		b.WriteString("COALESCE((").Join(sub).WriteString("), 0)")
	}), BlockedColumn)
}

// loginBlocked is the longest wait among the attempt's counts, as a scalar subquery.
func (s *Store) loginBlocked(l Login) entsql.Querier {
	t := entsql.Table(limitcounter.Table)
	keys := make([]any, len(l.keys))
	for i, k := range l.keys {
		keys[i] = k
	}
	return entsql.Select(entsql.Max(t.C(limitcounter.FieldBlockedUntil))).From(t).Where(entsql.And(
		entsql.In(t.C(limitcounter.FieldKey), keys...),
		entsql.GT(t.C(limitcounter.FieldBlockedUntil), s.now().UnixMilli()),
	))
}

// BlockedUntil reads BlockedColumn's value (as the driver returns it).
func BlockedUntil(v any) time.Time {
	var ms int64
	if p, ok := v.(*entsql.UnknownType); ok && p != nil {
		v = *p
	}
	switch x := v.(type) {
	case int64:
		ms = x
	case []byte:
		_, _ = fmt.Sscan(string(x), &ms)
	case string:
		_, _ = fmt.Sscan(x, &ms)
	}
	if ms <= 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}

// CheckLogin looks the attempt's counts up on their own (when there is no user row for
// JoinLoginBlocked to ride along): a rate-limit error if it must wait.
func (s *Store) CheckLogin(ctx context.Context, l Login) error {
	q, args := entsql.Dialect(s.db.Dialect).Select().AppendSelectExprAs(s.loginBlocked(l), "blocked_until").Query()
	var v any
	if err := s.db.SQL.QueryRowContext(ctx, q, args...).Scan(&v); err != nil {
		return fmt.Errorf("read login limits: %w", err)
	}
	return s.Refuse(ctx, l, BlockedUntil(v))
}

// Refuse is the answer to an attempt blocked until t (nil when t has passed), logged and counted.
func (s *Store) Refuse(ctx context.Context, l Login, until time.Time) error {
	wait := until.Sub(s.now())
	if until.IsZero() || wait <= 0 {
		return nil
	}
	s.log.WarnContext(ctx, "login refused: too many failed attempts", "email", MaskEmail(l.email),
		"email_hash", digest(l.email)[:12], "client_addr", l.addr, "retry_after", wait.Round(time.Second).String())
	if f := s.observer.Load().Limited; f != nil {
		f(ScopeLogin)
	}
	return auth.RateLimited("too many failed login attempts", wait)
}

// LoginFailed counts a failed attempt against each of its keys; a key past its threshold
// makes the next attempts wait. It is the failure path's cost: one statement, plus one per
// key that starts or extends a wait.
func (s *Store) LoginFailed(ctx context.Context, l Login, reason string) error {
	s.log.InfoContext(ctx, "login failed", "reason", reason, "email", MaskEmail(l.email),
		"email_hash", digest(l.email)[:12], "client_addr", l.addr)
	if f := s.observer.Load().LoginFailed; f != nil {
		f()
	}
	now := s.now()
	nowMs := now.UnixMilli()
	expires := now.Add(s.cfg.LoginForget).UnixMilli()
	// A count past its expiry starts again at 1; the expiry moves with each failure.
	var b strings.Builder
	args := []any{}
	b.WriteString("INSERT INTO " + limitcounter.Table + " (key, hits, blocked_until, expires_at) VALUES ")
	for i, k := range l.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(?, 1, 0, ?)")
		args = append(args, k, expires)
	}
	t := limitcounter.Table
	b.WriteString(" ON CONFLICT (key) DO UPDATE SET" +
		" hits = CASE WHEN " + t + ".expires_at <= ? THEN 1 ELSE " + t + ".hits + 1 END," +
		" blocked_until = CASE WHEN " + t + ".expires_at <= ? THEN 0 ELSE " + t + ".blocked_until END," +
		" expires_at = excluded.expires_at RETURNING key, hits")
	args = append(args, nowMs, nowMs)
	rows, err := s.db.SQL.QueryContext(ctx, s.rebind(b.String()), args...)
	if err != nil {
		return fmt.Errorf("count the failed login: %w", err)
	}
	type hit struct {
		key  string
		hits int
	}
	var hits []hit
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.key, &h.hits); err != nil {
			rows.Close()
			return fmt.Errorf("count the failed login: %w", err)
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("count the failed login: %w", err)
	}
	for _, h := range hits {
		wait := s.loginWait(h.key, h.hits)
		if wait <= 0 {
			continue
		}
		until := now.Add(wait).UnixMilli()
		// Concurrent failures each extend the wait; the longest stays.
		_, err := s.db.SQL.ExecContext(ctx, s.rebind("UPDATE "+t+" SET blocked_until = CASE WHEN blocked_until > ? THEN blocked_until ELSE ? END,"+
			" expires_at = CASE WHEN expires_at > ? THEN expires_at ELSE ? END WHERE key = ?"),
			until, until, until+s.cfg.LoginForget.Milliseconds(), until+s.cfg.LoginForget.Milliseconds(), h.key)
		if err != nil {
			return fmt.Errorf("count the failed login: %w", err)
		}
	}
	s.maybeSweep(ctx, nowMs)
	return nil
}

// loginWait is how long attempts wait after the hits-th failure of key.
func (s *Store) loginWait(key string, hits int) time.Duration {
	var free int
	switch {
	case strings.HasPrefix(key, prefixPair):
		free = s.cfg.LoginPairFailures
	case strings.HasPrefix(key, prefixEmail):
		free = s.cfg.LoginEmailFailures
	default:
		free = s.cfg.LoginAddressFailures
	}
	return Backoff(hits, free, s.cfg.LoginBackoff, s.cfg.LoginMaxBackoff)
}

// Backoff is the wait after the hits-th failure when free failures are free: none below
// free, then base, 2·base, 4·base … up to most.
func Backoff(hits, free int, base, most time.Duration) time.Duration {
	if hits < free {
		return 0
	}
	wait := base
	for i := free; i < hits && wait < most; i++ {
		wait *= 2
	}
	return min(wait, most)
}

// AccountRequest counts an account request from the request's client: a rate-limit error
// once the address has made AccountRequests within the window.
func (s *Store) AccountRequest(ctx context.Context) error {
	addr := reqctx.ClientAddr(ctx)
	if addr == "" {
		return nil
	}
	now := s.now()
	nowMs := now.UnixMilli()
	t := limitcounter.Table
	// A fixed window from the first request: the count restarts when it expires.
	q := "INSERT INTO " + t + " (key, hits, blocked_until, expires_at) VALUES (?, 1, 0, ?)" +
		" ON CONFLICT (key) DO UPDATE SET" +
		" hits = CASE WHEN " + t + ".expires_at <= ? THEN 1 ELSE " + t + ".hits + 1 END," +
		" expires_at = CASE WHEN " + t + ".expires_at <= ? THEN excluded.expires_at ELSE " + t + ".expires_at END" +
		" RETURNING hits, expires_at"
	var hits int
	var expires int64
	err := s.db.SQL.QueryRowContext(ctx, s.rebind(q), prefixRequest+reqctx.LimitKey(addr),
		now.Add(s.cfg.AccountRequestWindow).UnixMilli(), nowMs, nowMs).Scan(&hits, &expires)
	if err != nil {
		return fmt.Errorf("count the account request: %w", err)
	}
	s.maybeSweep(ctx, nowMs)
	if hits <= s.cfg.AccountRequests {
		return nil
	}
	wait := time.UnixMilli(expires).Sub(now)
	s.log.WarnContext(ctx, "account request refused: too many from this address", "client_addr", addr,
		"retry_after", wait.Round(time.Second).String())
	if f := s.observer.Load().Limited; f != nil {
		f(ScopeAccountRequest)
	}
	return auth.RateLimited("too many account requests from your address", wait)
}

// maybeSweep deletes expired counts now and then (every 256th write of this process).
func (s *Store) maybeSweep(ctx context.Context, nowMs int64) {
	if s.sweeps.Add(1)%256 != 0 {
		return
	}
	if _, err := s.db.SQL.ExecContext(ctx, s.rebind("DELETE FROM "+limitcounter.Table+" WHERE expires_at < ?"), nowMs); err != nil {
		s.log.WarnContext(ctx, "could not delete expired limit counts", "err", err)
	}
}

// rebind turns ? placeholders into Postgres's $n.
func (s *Store) rebind(q string) string {
	if s.db.IsSQLite() {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// MaskEmail shows an email in logs without giving it away: its first character and domain.
func MaskEmail(email string) string {
	local, domain, ok := strings.Cut(email, "@")
	if !ok || local == "" {
		return "…"
	}
	r := []rune(local)
	return string(r[0]) + "…@" + domain
}
