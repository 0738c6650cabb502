// Package app builds the whole service from its configuration: store, policy engine,
// services, GraphQL schema and HTTP server. main and the end-to-end tests both use it.
package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"time"

	"github.com/countthings/countthings/graph"
	"github.com/countthings/countthings/graph/generated"
	"github.com/countthings/countthings/internal/accounts"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/policies"
	"github.com/countthings/countthings/internal/server"
	"github.com/countthings/countthings/internal/usage"
	"github.com/countthings/countthings/policy"
)

// Config is everything the service can be told.
type Config struct {
	DatabaseURL     string
	NoMigrate       bool
	SupportEmail    string
	SupportPassword string
	Server          server.Config
	// PolicyTimeout bounds one Rego evaluation (fail closed beyond it); 0 means the engine's default.
	PolicyTimeout time.Duration
	// PolicyMemory bounds the memory of one Rego evaluation in bytes; 0 means the engine's default.
	PolicyMemory int64
	// DraftWorkers and DraftQueue size the pool checking untrusted policy drafts; 0 means the defaults.
	DraftWorkers, DraftQueue int
	// Now is the clock (tests pass a controllable one); nil means time.Now.
	Now func() time.Time
	// Events tunes subscriptions and webhook delivery; zero values take the defaults.
	Events events.Options
	// Limits sets the login and account-request limits; zero values take the defaults.
	Limits limits.Config
	// DB sizes the database connection pool; zero values take the defaults.
	DB database.PoolConfig
	// UsageCatchUp is how often the background catch-up folds new license events into the
	// usage roll-ups; 0 means usage.CatchUpEvery.
	UsageCatchUp time.Duration
	// Metrics tunes the license gauges and counters on /metrics.
	Metrics MetricsConfig
}

// MetricsConfig tunes the license gauges and counters on /metrics.
type MetricsConfig struct {
	// PerAccount labels the license gauges and the denials and reclaims counters with the
	// account (one series per account: for few accounts).
	PerAccount bool
	// PoolRefresh is how long the license gauges reuse one database reading; 0 means
	// usage.DefaultPoolRefresh.
	PoolRefresh time.Duration
}

// App is a built service.
type App struct {
	DB        *database.DB
	Engine    *policy.Engine
	Authz     *authz.Authorizer
	Accounts  *accounts.Service
	Identity  *identity.Service
	Licensing *licensing.Service
	Limits    *limits.Store
	Policies  *policies.Service
	Usage     *usage.Service
	Events    *events.Service
	Metrics   *server.Metrics
	Schema    *graph.SharedSchema
	Server    *server.Server
	Log       *slog.Logger

	usageCatchUp time.Duration
}

// New opens the store, migrates it (unless told not to), bootstraps SUPPORT and builds the server.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*App, error) {
	db, err := database.Open(ctx, cfg.DatabaseURL, cfg.DB)
	if err != nil {
		return nil, err
	}
	a, err := build(ctx, cfg, db, log)
	if err != nil {
		db.Close()
		return nil, err
	}
	return a, nil
}

func build(ctx context.Context, cfg Config, db *database.DB, log *slog.Logger) (*App, error) {
	if !cfg.NoMigrate {
		applied, err := db.Migrate(ctx)
		if err != nil {
			return nil, err
		}
		for _, m := range applied {
			log.Info("migrated the database schema", "version", m.Version, "migration", m.Description, "statements", m.Statements, "baseline", m.Baseline)
		}
	} else {
		// A database newer than the binary is refused; one behind it makes /readyz fail
		// until `countthings migrate` has run.
		n, err := db.SchemaBehind(ctx)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			log.Warn("the database schema is behind this binary: run countthings migrate (/readyz fails until then)", "pending_migrations", n)
		}
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	var popts []policy.Option
	if cfg.PolicyTimeout > 0 {
		popts = append(popts, policy.WithEvalTimeout(cfg.PolicyTimeout))
	}
	if cfg.PolicyMemory > 0 {
		popts = append(popts, policy.WithMaxEvalMemory(cfg.PolicyMemory))
	}
	if cfg.DraftWorkers > 0 || cfg.DraftQueue > 0 {
		workers, queue := policy.DefaultDraftWorkers(), policy.DefaultDraftQueue
		if cfg.DraftWorkers > 0 {
			workers = cfg.DraftWorkers
		}
		if cfg.DraftQueue > 0 {
			queue = cfg.DraftQueue
		}
		popts = append(popts, policy.WithDraftPool(workers, queue))
	}
	engine, err := policy.NewEngine(popts...)
	if err != nil {
		return nil, fmt.Errorf("policy engine: %w", err)
	}
	identity.InstallTenantIsolation(db.Client)
	a := &App{DB: db, Engine: engine, Log: log, usageCatchUp: cfg.UsageCatchUp}
	if a.usageCatchUp <= 0 {
		a.usageCatchUp = usage.CatchUpEvery
	}
	a.Authz = authz.New(engine, nil, now, log)
	a.Policies = policies.New(db, a.Authz, engine, now, log)
	a.Authz.SetVersions(a.Policies)
	a.Events = events.New(db, a.Authz, now, log)
	a.Events.SetOptions(cfg.Events)
	a.Licensing = licensing.New(db, a.Authz, engine, a.Policies, a.Events, now, log)
	if a.Limits, err = limits.New(db, cfg.Limits, now, log); err != nil {
		return nil, err
	}
	a.Identity = identity.New(db, a.Authz, a.Licensing, a.Limits, a.Events, now, log)
	a.Accounts = accounts.New(db, a.Authz, engine, a.Policies, a.Limits, now, log)
	a.Usage = usage.New(db, a.Authz, a.Policies, now, log)

	if cfg.SupportEmail != "" || cfg.SupportPassword != "" {
		created, err := a.Identity.EnsureSupport(ctx, cfg.SupportEmail, cfg.SupportPassword)
		if err != nil {
			return nil, fmt.Errorf("bootstrap SUPPORT user: %w", err)
		}
		if created {
			log.Info("created SUPPORT user", "email", cfg.SupportEmail)
		}
	}

	resolver := &graph.Resolver{
		Client:         db.Client,
		AccountService: a.Accounts,
		Identity:       a.Identity,
		Licensing:      a.Licensing,
		Policies:       a.Policies,
		Events:         a.Events,
		Insight:        a.Usage,
	}
	gcfg := generated.Config{Resolvers: resolver}
	graph.Complexity(&gcfg.Complexity)
	a.Schema = graph.SharedSubscriptions(generated.NewExecutableSchema(gcfg))
	a.Metrics = server.NewMetrics(db.SQL)
	engine.SetObserver(func(k policy.Kind, outcome string, took time.Duration) {
		a.Metrics.ObservePolicy(string(k), outcome, took)
	})
	a.Metrics.RegisterLicenseCounters(cfg.Metrics.PerAccount)
	a.Metrics.Registry.MustRegister(usage.NewPoolGauges(db, cfg.Metrics.PerAccount, cfg.Metrics.PoolRefresh, log))
	a.Licensing.OnCommitted(func(e events.Event) {
		var pool *string
		if e.Pool != nil {
			p := string(*e.Pool)
			pool = &p
		}
		a.Metrics.LicenseEvent(string(e.Type), pool, e.AccountID)
	})
	a.Limits.Observe(limits.Observer{LoginFailed: a.Metrics.LoginFailed, Limited: a.Metrics.RateLimited})
	a.Server = server.New(cfg.Server, db, a.Schema, a.Identity, a.Metrics, log)
	a.Server.HandleExports(server.Exports{
		LicenseEvents: a.Events.ExportCSV,
		Usage: func(ctx context.Context, acct *int, from, to time.Time, b string) (func(io.Writer) error, error) {
			return a.Usage.ExportCSV(ctx, acct, from, to, usage.Bucket(b))
		},
	})
	a.Events.SetAuthenticator(a.Identity.Authenticate)
	a.Events.SetShutdown(a.Server.Done())
	a.Events.SetSubscriptionGauge(a.Metrics.Subscriptions)
	a.Events.OnDeliveryAttempt(a.Metrics.WebhookAttempt)
	a.Metrics.WatchWebhookQueue(a.Events.PendingDeliveries)
	return a, nil
}

// Close releases the store.
func (a *App) Close() error { return a.DB.Close() }

// Run serves on ln until ctx ends, with the background work the service needs.
func (a *App) Run(ctx context.Context, ln net.Listener) error {
	// The LISTEN loop and the webhook dispatcher stop when ctx ends.
	a.Events.Start(ctx)
	go a.Usage.Run(ctx, a.usageCatchUp)
	return a.Server.Serve(ctx, ln)
}
