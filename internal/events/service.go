package events

import (
	"context"
	"crypto/rand"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
)

// Options tune the fan-out and the webhook dispatcher; zero values take the defaults.
type Options struct {
	// Buffer is how many events a subscriber may have waiting before it counts as slow.
	Buffer int
	// SlowAfter is how long a full buffer may stay full before the subscriber is closed.
	SlowAfter time.Duration
	// PollInterval is the catch-up read that covers a lost notification.
	PollInterval time.Duration
	// ReauthInterval is how often a subscription re-checks its token.
	ReauthInterval time.Duration
	// WebhookBackoff is the first retry delay; each retry doubles it, up to WebhookMaxBackoff.
	WebhookBackoff    time.Duration
	WebhookMaxBackoff time.Duration
	// WebhookMaxAttempts is the number of tries before a delivery is FAILED.
	WebhookMaxAttempts int
	// WebhookTimeout bounds one HTTP delivery.
	WebhookTimeout time.Duration
	// DispatchInterval is the webhook dispatcher's safety poll: it is woken by every event
	// (this process's commits and other processes' NOTIFY) and sleeps until the next retry
	// is due, so the poll only covers a lost notification.
	DispatchInterval time.Duration
	// WebhookAllowPrivate lets deliveries reach loopback, private and link-local addresses.
	// Off in production: an admin's URL must not reach the service's own network (SSRF).
	WebhookAllowPrivate bool
}

func (o *Options) defaults() {
	if o.Buffer <= 0 {
		o.Buffer = 256
	}
	if o.SlowAfter <= 0 {
		o.SlowAfter = 10 * time.Second
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 5 * time.Second
	}
	if o.ReauthInterval <= 0 {
		o.ReauthInterval = 30 * time.Second
	}
	if o.WebhookBackoff <= 0 {
		o.WebhookBackoff = 10 * time.Second
	}
	if o.WebhookMaxBackoff <= 0 {
		o.WebhookMaxBackoff = time.Hour
	}
	if o.WebhookMaxAttempts <= 0 {
		o.WebhookMaxAttempts = 10
	}
	if o.WebhookTimeout <= 0 {
		o.WebhookTimeout = 10 * time.Second
	}
	if o.DispatchInterval <= 0 {
		o.DispatchInterval = time.Minute
	}
}

// AuthenticateFunc turns a bearer token into its viewer (the identity service's Authenticate).
type AuthenticateFunc func(ctx context.Context, token string) (*auth.Viewer, error)

// Service reads the event log and fans events out to subscribers and webhooks.
type Service struct {
	db    *database.DB
	authz *authz.Authorizer
	now   func() time.Time
	log   *slog.Logger
	opt   Options

	authn    AuthenticateFunc
	shutdown <-chan struct{}
	gauge    prometheus.Gauge
	// attempted is told each webhook delivery attempt's outcome (metrics.go).
	attempted func(outcome string)

	hub *hub
	// notes are the (account, seq) pairs waiting to be published with NOTIFY.
	notes chan note
	// dispatch wakes the webhook dispatcher.
	dispatch chan struct{}

	// instance tells this process's notifications from the others'.
	instance string

	startOnce sync.Once
	// listening is true once this process LISTENs (tests wait for it).
	listening atomic.Bool
}

// New returns the events service.
func New(db *database.DB, az *authz.Authorizer, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Service{
		db: db, authz: az, now: now, log: log,
		hub:      newHub(),
		notes:    make(chan note, 4096),
		dispatch: make(chan struct{}, 1),
		instance: rand.Text()[:12],
	}
	s.SetOptions(Options{})
	s.hub.load = s.readAfter
	return s
}

// SetOptions replaces the tuning (call before Start and before any subscription).
func (s *Service) SetOptions(o Options) {
	o.defaults()
	s.opt = o
	s.hub.pollEvery = o.PollInterval
}

// SetAuthenticator lets subscriptions re-check their token while they run.
func (s *Service) SetAuthenticator(f AuthenticateFunc) { s.authn = f }

// SetShutdown ends every subscription, with a reason, when done closes.
func (s *Service) SetShutdown(done <-chan struct{}) {
	s.shutdown = done
	if done != nil {
		// The subscribers look at shutdown when woken.
		go func() { <-done; s.hub.signalAll() }()
	}
}

// SetSubscriptionGauge counts open subscriptions.
func (s *Service) SetSubscriptionGauge(g prometheus.Gauge) { s.gauge = g }

// Start runs the background work until ctx ends: on Postgres the LISTEN loop and the NOTIFY
// publisher, and everywhere the webhook dispatcher. It returns at once.
func (s *Service) Start(ctx context.Context) {
	s.startOnce.Do(func() {
		ctx = auth.WithSystem(ctx)
		if !s.db.IsSQLite() && s.db.URL != "" {
			go s.publish(ctx)
			go s.listen(ctx)
		}
		go s.dispatchLoop(ctx)
	})
}

// Committed is told, after commit, that accountID has events up to seq (Notifier). It never
// blocks: it wakes this process's subscribers, queues a NOTIFY for the other processes and
// wakes the webhook dispatcher.
func (s *Service) Committed(accountID int, seq int64) {
	s.hub.wake(accountID)
	if !s.db.IsSQLite() {
		select {
		case s.notes <- note{accountID: accountID, seq: seq}:
		default:
			// Queue full: the other processes' catch-up poll finds the event.
		}
	}
	s.wakeDispatcher()
}

func (s *Service) wakeDispatcher() {
	select {
	case s.dispatch <- struct{}{}:
	default:
	}
}

// WebhookEventTypes are the event types a webhook receives (empty: all).
func WebhookEventTypes(w *ent.Webhook) []enums.LicenseEventType {
	out := make([]enums.LicenseEventType, 0, len(w.EventTypes))
	for _, t := range w.EventTypes {
		out = append(out, enums.LicenseEventType(t))
	}
	return out
}
