// Command countthings is the CountThings enterprise-account service.
//
//	countthings serve     run the service (GraphQL at /graphql, GraphiQL at /)
//	countthings migrate   bring the database schema up to date and exit
//	countthings support   add SUPPORT staff
//	countthings policy    test and check an account's Rego offline, pull and push it
//	countthings usage     rebuild the usage roll-ups from the license events
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/reqctx"
	"github.com/countthings/countthings/internal/server"
	insight "github.com/countthings/countthings/internal/usage"
	"github.com/countthings/countthings/policy"
)

const usage = `countthings: the CountThings enterprise-account service

Usage:
  countthings serve   [flags]   run the service
  countthings migrate [flags]   migrate the database schema and exit
  countthings support create --email <email> [flags]
                                add a SUPPORT staff user (the password is asked for, or read
                                as one line from standard input)
  countthings policy test <dir> run an account's Rego and its own *_test.rego offline
  countthings usage rebuild [--account ID]
                                fold the usage roll-ups again from the license events
  countthings policy check --kind K <file>
                                the checks of updatePolicy on a policy file, offline
  countthings policy pull|push --server URL --token T --kind K [--file F]
                                an account's active policy from/to a running server
  countthings version           print the version, commit, Go and OPA releases

Run "countthings <command> -h" for the flags of a command. Every flag can also be set
through the environment variable named beside it.
`

func main() {
	os.Exit(exitCode(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usagef("no command given")
	}
	var err error
	switch args[0] {
	case "serve":
		err = serve(ctx, args[1:], stdout, stderr)
	case "migrate":
		err = migrate(ctx, args[1:], stdout, stderr)
	case "support":
		err = supportCmd(ctx, args[1:], stdin, stdout, stderr)
	case "policy":
		err = policyCmd(ctx, args[1:], stdin, stdout)
	case "usage":
		err = usageCmd(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		if args[0] == "version" {
			c := newCommand("version", "", "Prints the version, the commit it was built from, and the Go and OPA releases.")
			if err := c.parse(args[1:], stdout, 0); err != nil {
				return helpIsSuccess(err)
			}
		} else if len(args) > 1 {
			return usagef("%s takes no arguments", args[0])
		}
		fmt.Fprint(stdout, versionText())
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		return usagef("unknown command %q (countthings -h lists the commands)", args[0])
	}
	return helpIsSuccess(err)
}

func helpIsSuccess(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

// common holds the flags every command that opens the database shares.
type common struct {
	databaseURL string
	logLevel    string
	logFormat   string
}

func (c *common) register(cmd *command) {
	fs, e := cmd.fs, cmd.env
	fs.StringVar(&c.databaseURL, "database-url", e.str("DATABASE_URL", ""), "postgres://… or postgresql://… URL, or sqlite://<path>; unset: the embedded SQLite file "+database.DefaultSQLiteFile+" in the working directory (env DATABASE_URL)")
	fs.StringVar(&c.logLevel, "log-level", e.str("COUNTTHINGS_LOG_LEVEL", "info"), "debug, info, warn or error (env COUNTTHINGS_LOG_LEVEL)")
	fs.StringVar(&c.logFormat, "log-format", e.str("COUNTTHINGS_LOG_FORMAT", "text"), "text or json (env COUNTTHINGS_LOG_FORMAT)")
}

// openMigrated opens the database the flags name and brings its schema up to date, saying
// on w what it applied.
func (c *common) openMigrated(ctx context.Context, w io.Writer) (*database.DB, error) {
	db, err := database.Open(ctx, c.databaseURL)
	if err != nil {
		return nil, err
	}
	applied, err := db.Migrate(ctx)
	for _, m := range applied {
		fmt.Fprintf(w, "applied %s\n", m)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (c *common) logger(w io.Writer) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.logLevel)); err != nil {
		return nil, usagef("--log-level must be debug, info, warn or error, not %q", c.logLevel)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler
	switch c.logFormat {
	case "text":
		h = slog.NewTextHandler(w, opts)
	case "json":
		h = slog.NewJSONHandler(w, opts)
	default:
		return nil, usagef("--log-format must be text or json, not %q", c.logFormat)
	}
	return slog.New(server.LogHandler{Handler: h}), nil
}

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("serve", "", "Runs the service: GraphQL at /graphql, GraphiQL at /, /healthz, /readyz and /metrics.")
	fs, e := cmd.fs, cmd.env
	var c common
	c.register(cmd)
	addr := fs.String("addr", e.str("COUNTTHINGS_ADDR", "127.0.0.1:8080"), "listen address (env COUNTTHINGS_ADDR)")
	var pl policyLimits
	pl.register(cmd)
	draftWorkers := fs.Int("policy-draft-workers", int(e.int64("policy-draft-workers", "COUNTTHINGS_POLICY_DRAFT_WORKERS", int64(policy.DefaultDraftWorkers()))), "how many untrusted policy drafts (updatePolicy, evaluatePolicy with source) are checked at once (env COUNTTHINGS_POLICY_DRAFT_WORKERS)")
	draftQueue := fs.Int("policy-draft-queue", int(e.int64("policy-draft-queue", "COUNTTHINGS_POLICY_DRAFT_QUEUE", policy.DefaultDraftQueue)), "how many more drafts may wait for a worker; beyond them RATE_LIMITED (env COUNTTHINGS_POLICY_DRAFT_QUEUE)")
	migrateAtStart := fs.Bool("migrate", e.boolean("migrate", "COUNTTHINGS_MIGRATE", false), "apply the pending schema migrations at start-up; default: true for an SQLite database, false for PostgreSQL (run countthings migrate) (env COUNTTHINGS_MIGRATE)")
	noMigrate := fs.Bool("no-migrate", e.boolean("no-migrate", "COUNTTHINGS_NO_MIGRATE", false), "do not migrate the schema at start-up, whatever the database (env COUNTTHINGS_NO_MIGRATE)")
	webhookPrivate := fs.Bool("webhook-allow-private", e.boolean("webhook-allow-private", "COUNTTHINGS_WEBHOOK_ALLOW_PRIVATE", false), "let webhooks be created for, and deliveries reach, non-public addresses (loopback, private, reserved; for tests) (off: SSRF protection) (env COUNTTHINGS_WEBHOOK_ALLOW_PRIVATE)")
	var sc server.Config
	fs.Int64Var(&sc.MaxBodyBytes, "max-body-bytes", e.int64("max-body-bytes", "COUNTTHINGS_MAX_BODY_BYTES", 1<<20), "largest GraphQL request body (env COUNTTHINGS_MAX_BODY_BYTES)")
	fs.DurationVar(&sc.RequestTimeout, "request-timeout", e.duration("request-timeout", "COUNTTHINGS_REQUEST_TIMEOUT", 30*time.Second), "time limit of an HTTP GraphQL request (env COUNTTHINGS_REQUEST_TIMEOUT)")
	fs.IntVar(&sc.ComplexityLimit, "complexity-limit", int(e.int64("complexity-limit", "COUNTTHINGS_COMPLEXITY_LIMIT", 5000)), "largest query complexity (env COUNTTHINGS_COMPLEXITY_LIMIT)")
	fs.IntVar(&sc.DepthLimit, "depth-limit", int(e.int64("depth-limit", "COUNTTHINGS_DEPTH_LIMIT", 12)), "deepest query nesting (env COUNTTHINGS_DEPTH_LIMIT)")
	cors := fs.String("cors-origins", e.str("COUNTTHINGS_CORS_ORIGINS", ""), "comma-separated browser origins allowed to call the API, or * (env COUNTTHINGS_CORS_ORIGINS)")
	fs.BoolVar(&sc.DisableIntrospection, "disable-introspection", e.boolean("disable-introspection", "COUNTTHINGS_DISABLE_INTROSPECTION", false), "switch GraphQL introspection off (env COUNTTHINGS_DISABLE_INTROSPECTION)")
	fs.DurationVar(&sc.WebSocketInitTimeout, "ws-init-timeout", e.duration("ws-init-timeout", "COUNTTHINGS_WS_INIT_TIMEOUT", 10*time.Second), "how long a WebSocket connection has to send connection_init (env COUNTTHINGS_WS_INIT_TIMEOUT)")
	fs.DurationVar(&sc.WebSocketWriteTimeout, "ws-write-timeout", e.duration("ws-write-timeout", "COUNTTHINGS_WS_WRITE_TIMEOUT", 10*time.Second), "how long a WebSocket connection's writes may stall (a client that stopped reading) before it is dropped (env COUNTTHINGS_WS_WRITE_TIMEOUT)")
	fs.IntVar(&sc.WebSocketMaxOperations, "ws-max-operations", int(e.int64("ws-max-operations", "COUNTTHINGS_WS_MAX_OPERATIONS", 100)), "most operations (subscriptions) one WebSocket connection holds at once; beyond, subscribe is refused with RATE_LIMITED; -1: no cap (env COUNTTHINGS_WS_MAX_OPERATIONS)")
	fs.IntVar(&sc.WebSocketMaxConnectionsPerSubject, "ws-max-connections-per-subject", int(e.int64("ws-max-connections-per-subject", "COUNTTHINGS_WS_MAX_CONNECTIONS_PER_SUBJECT", 20)), "most WebSocket connections one user, API token or anonymous client address holds on this process; beyond, connection_init is closed with 4429; -1: no cap (env COUNTTHINGS_WS_MAX_CONNECTIONS_PER_SUBJECT)")
	fs.IntVar(&sc.WebSocketMaxSubscriptionsPerSubject, "ws-max-subscriptions-per-subject", int(e.int64("ws-max-subscriptions-per-subject", "COUNTTHINGS_WS_MAX_SUBSCRIPTIONS_PER_SUBJECT", 500)), "most operations one user, API token or anonymous client address holds across its WebSocket connections on this process; beyond, RATE_LIMITED; -1: no cap (env COUNTTHINGS_WS_MAX_SUBSCRIPTIONS_PER_SUBJECT)")
	fs.DurationVar(&sc.ShutdownGrace, "shutdown-grace", e.duration("shutdown-grace", "COUNTTHINGS_SHUTDOWN_GRACE", 15*time.Second), "how long SIGTERM waits for requests to finish (env COUNTTHINGS_SHUTDOWN_GRACE)")
	trustedProxies := fs.String("trusted-proxies", e.str("COUNTTHINGS_TRUSTED_PROXIES", ""), "comma-separated CIDRs or addresses of the proxies whose forwarding header names the client; unset: none, the client is the TCP peer (env COUNTTHINGS_TRUSTED_PROXIES)")
	forwardedHeader := fs.String("forwarded-header", e.str("COUNTTHINGS_FORWARDED_HEADER", "X-Forwarded-For"), "the header the trusted proxies write the client into: X-Forwarded-For or Forwarded (env COUNTTHINGS_FORWARDED_HEADER)")
	var lim limits.Config
	lim.Defaults()
	fs.IntVar(&lim.LoginPairFailures, "login-failures-per-email-address", int(e.int64("login-failures-per-email-address", "COUNTTHINGS_LOGIN_FAILURES_PER_EMAIL_ADDRESS", int64(lim.LoginPairFailures))), "wrong passwords for one email from one client address before each further attempt waits (env COUNTTHINGS_LOGIN_FAILURES_PER_EMAIL_ADDRESS)")
	fs.IntVar(&lim.LoginEmailFailures, "login-failures-per-email", int(e.int64("login-failures-per-email", "COUNTTHINGS_LOGIN_FAILURES_PER_EMAIL", int64(lim.LoginEmailFailures))), "wrong passwords for one email from all addresses before each further attempt for it waits (env COUNTTHINGS_LOGIN_FAILURES_PER_EMAIL)")
	fs.IntVar(&lim.LoginAddressFailures, "login-failures-per-address", int(e.int64("login-failures-per-address", "COUNTTHINGS_LOGIN_FAILURES_PER_ADDRESS", int64(lim.LoginAddressFailures))), "failed logins from one client address (IPv6: its /64) before each further attempt from it waits (env COUNTTHINGS_LOGIN_FAILURES_PER_ADDRESS)")
	fs.DurationVar(&lim.LoginBackoff, "login-backoff", e.duration("login-backoff", "COUNTTHINGS_LOGIN_BACKOFF", lim.LoginBackoff), "the first wait once a login limit is reached; it doubles with each further failure (env COUNTTHINGS_LOGIN_BACKOFF)")
	fs.DurationVar(&lim.LoginMaxBackoff, "login-max-backoff", e.duration("login-max-backoff", "COUNTTHINGS_LOGIN_MAX_BACKOFF", lim.LoginMaxBackoff), "the longest wait between login attempts (env COUNTTHINGS_LOGIN_MAX_BACKOFF)")
	fs.DurationVar(&lim.LoginForget, "login-failure-memory", e.duration("login-failure-memory", "COUNTTHINGS_LOGIN_FAILURE_MEMORY", lim.LoginForget), "failed logins are forgotten after this long without a new one (env COUNTTHINGS_LOGIN_FAILURE_MEMORY)")
	fs.IntVar(&lim.AccountRequests, "account-requests-per-address", int(e.int64("account-requests-per-address", "COUNTTHINGS_ACCOUNT_REQUESTS_PER_ADDRESS", int64(lim.AccountRequests))), "account requests one client address may make per window (env COUNTTHINGS_ACCOUNT_REQUESTS_PER_ADDRESS)")
	fs.DurationVar(&lim.AccountRequestWindow, "account-request-window", e.duration("account-request-window", "COUNTTHINGS_ACCOUNT_REQUEST_WINDOW", lim.AccountRequestWindow), "the window of --account-requests-per-address (env COUNTTHINGS_ACCOUNT_REQUEST_WINDOW)")
	var pool database.PoolConfig
	fs.IntVar(&pool.MaxOpen, "db-max-open-conns", int(e.int64("db-max-open-conns", "COUNTTHINGS_DB_MAX_OPEN_CONNS", 0)), "most open database connections of this process; 0: 32 on Postgres, 4 on SQLite (env COUNTTHINGS_DB_MAX_OPEN_CONNS)")
	fs.IntVar(&pool.MaxIdle, "db-max-idle-conns", int(e.int64("db-max-idle-conns", "COUNTTHINGS_DB_MAX_IDLE_CONNS", 0)), "most idle database connections kept open; 0: as many as --db-max-open-conns (env COUNTTHINGS_DB_MAX_IDLE_CONNS)")
	fs.BoolVar(&sc.AccessLog, "access-log", e.boolean("access-log", "COUNTTHINGS_ACCESS_LOG", true), "log a line per request at info: method, path, GraphQL operation, status, duration, bytes, request id, viewer, client address (env COUNTTHINGS_ACCESS_LOG)")
	metricsAddr := fs.String("metrics-addr", e.str("COUNTTHINGS_METRICS_ADDR", ""), "serve /metrics on this address instead of --addr, e.g. 127.0.0.1:9100 (env COUNTTHINGS_METRICS_ADDR)")
	metricsPerAccount := fs.Bool("metrics-per-account", e.boolean("metrics-per-account", "COUNTTHINGS_METRICS_PER_ACCOUNT", false), "label the license gauges and the denials and reclaims counters with the account ID too (one series per account: for a deployment of few accounts) (env COUNTTHINGS_METRICS_PER_ACCOUNT)")
	metricsPoolRefresh := fs.Duration("metrics-pool-refresh", e.duration("metrics-pool-refresh", "COUNTTHINGS_METRICS_POOL_REFRESH", insight.DefaultPoolRefresh), "how long the license gauges on /metrics reuse one reading of the database (one aggregate query) (env COUNTTHINGS_METRICS_POOL_REFRESH)")
	usageCatchUp := fs.Duration("usage-catchup-interval", e.duration("usage-catchup-interval", "COUNTTHINGS_USAGE_CATCHUP_INTERVAL", insight.CatchUpEvery), "how often the background catch-up folds every account's new license events into the usage roll-ups (reads also catch up first) (env COUNTTHINGS_USAGE_CATCHUP_INTERVAL)")
	otelEndpoint := fs.String("otel-endpoint", e.str("OTEL_EXPORTER_OTLP_ENDPOINT", ""), "OpenTelemetry collector to send traces to over OTLP/HTTP, e.g. http://127.0.0.1:4318; unset: no tracing (env OTEL_EXPORTER_OTLP_ENDPOINT)")
	if err := cmd.parse(args, stdout, 0); err != nil {
		return err
	}
	migrateSet := false
	fs.Visit(func(f *flag.Flag) { migrateSet = migrateSet || f.Name == "migrate" })
	if _, ok := os.LookupEnv("COUNTTHINGS_MIGRATE"); !ok && !migrateSet {
		*migrateAtStart = database.IsSQLiteURL(c.databaseURL)
	}
	if *noMigrate {
		*migrateAtStart = false
	}
	supportEmail, supportPassword := os.Getenv("COUNTTHINGS_SUPPORT_EMAIL"), os.Getenv("COUNTTHINGS_SUPPORT_PASSWORD")
	if err := pl.validate(); err != nil {
		return err
	}
	switch {
	case *draftWorkers < 1:
		return usagef("--policy-draft-workers must be at least 1, not %d", *draftWorkers)
	case *usageCatchUp <= 0:
		return usagef("--usage-catchup-interval must be positive, not %s", *usageCatchUp)
	case *metricsPoolRefresh <= 0:
		return usagef("--metrics-pool-refresh must be positive, not %s", *metricsPoolRefresh)
	case *draftQueue < 1:
		return usagef("--policy-draft-queue must be at least 1, not %d", *draftQueue)
	case supportEmail != "" && supportPassword == "":
		return usagef("COUNTTHINGS_SUPPORT_EMAIL is set but COUNTTHINGS_SUPPORT_PASSWORD is not: set both (the password of at least 10 characters) to create that SUPPORT user, or neither")
	case supportEmail == "" && supportPassword != "":
		return usagef("COUNTTHINGS_SUPPORT_PASSWORD is set but COUNTTHINGS_SUPPORT_EMAIL is not: set both, or neither")
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	if sc.TrustedProxies, err = reqctx.ParseProxies(*trustedProxies, *forwardedHeader); err != nil {
		return usagef("--trusted-proxies / --forwarded-header: %v", err)
	}
	if err := lim.Validate(); err != nil {
		return usagef("%v", err)
	}
	if *otelEndpoint != "" {
		stopTracing, err := server.StartTracing(ctx, *otelEndpoint)
		if err != nil {
			return err
		}
		defer func() {
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := stopTracing(sctx); err != nil {
				log.Warn("flushing traces failed", "err", err)
			}
		}()
		sc.Tracing = true
		log.Info("tracing", "otlp_endpoint", *otelEndpoint)
	}
	for _, o := range strings.Split(*cors, ",") {
		if o = strings.TrimSpace(o); o != "" {
			sc.CORSOrigins = append(sc.CORSOrigins, o)
		}
	}
	sc.NoMetricsRoute = *metricsAddr != ""
	server.BuildCommit = buildCommit()
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.New(ctx, app.Config{
		DatabaseURL:     c.databaseURL,
		NoMigrate:       !*migrateAtStart,
		PolicyTimeout:   pl.timeout,
		PolicyMemory:    pl.memory,
		DraftWorkers:    *draftWorkers,
		DraftQueue:      *draftQueue,
		Events:          events.Options{WebhookAllowPrivate: *webhookPrivate},
		SupportEmail:    supportEmail,
		SupportPassword: supportPassword,
		Server:          sc,
		Limits:          lim,
		DB:              pool,
		UsageCatchUp:    *usageCatchUp,
		Metrics:         app.MetricsConfig{PerAccount: *metricsPerAccount, PoolRefresh: *metricsPoolRefresh},
	}, log)
	if err != nil {
		return err
	}
	defer a.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	store := "embedded SQLite (" + database.DefaultSQLiteFile + ")"
	if !a.DB.IsSQLite() {
		store = "PostgreSQL"
	}
	if *metricsAddr != "" {
		mln, err := net.Listen("tcp", *metricsAddr)
		if err != nil {
			ln.Close()
			return fmt.Errorf("--metrics-addr: %w", err)
		}
		ms := &http.Server{Handler: server.MetricsHandler(a.Metrics), ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = ms.Serve(mln) }()
		defer ms.Close()
		log.Info("serving metrics", "metrics", "http://"+mln.Addr().String()+"/metrics")
	}
	log.Info("serving", "graphiql", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql", "database", store)
	return a.Run(ctx, ln)
}

func migrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("migrate", "", "Applies the pending versioned schema migrations, each in a transaction, says which, and exits.\nA database newer than this binary is refused.")
	var c common
	c.register(cmd)
	dryRun := cmd.fs.Bool("dry-run", false, "list the migrations that would be applied, and their SQL, changing nothing")
	if err := cmd.parse(args, stdout, 0); err != nil {
		return err
	}
	if _, err := c.logger(stderr); err != nil {
		return err
	}
	db, err := database.Open(ctx, c.databaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if *dryRun {
		pending, err := db.PendingMigrations(ctx)
		if err != nil {
			return err
		}
		if len(pending) == 0 {
			fmt.Fprintln(stdout, "nothing to apply: the database schema is up to date")
			return nil
		}
		for _, m := range pending {
			fmt.Fprintf(stdout, "would apply %s\n", m)
			if !m.Baseline {
				sql, err := database.MigrationSQL(db.Dialect, m.Version)
				if err != nil {
					return err
				}
				fmt.Fprintf(stdout, "\n%s\n", sql)
			}
		}
		return nil
	}
	applied, err := db.Migrate(ctx)
	for _, m := range applied {
		fmt.Fprintf(stdout, "applied %s\n", m)
	}
	if err != nil {
		return err
	}
	if len(applied) == 0 {
		fmt.Fprintln(stdout, "nothing to apply: the database schema is up to date")
	} else {
		fmt.Fprintf(stdout, "the database schema is up to date (%d applied)\n", len(applied))
	}
	return nil
}
