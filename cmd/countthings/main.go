// Command countthings is the CountThings enterprise-account service.
//
//	countthings serve     run the service (GraphQL at /graphql, GraphiQL at /)
//	countthings migrate   bring the database schema up to date and exit
//	countthings support   add SUPPORT staff
//	countthings policy    test an account's Rego offline
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/internal/server"
)

const usage = `countthings: the CountThings enterprise-account service

Usage:
  countthings serve   [flags]   run the service
  countthings migrate [flags]   migrate the database schema and exit
  countthings support create --email <email> [flags] < password
                                add a SUPPORT staff user (password on standard input)
  countthings policy test <dir> check an account's Rego and its own *_test.rego offline

Run "countthings <command> -h" for the flags of a command. Every flag can also be set
through the environment variable named beside it.
`

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "countthings:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stderr)
	case "migrate":
		return migrate(ctx, args[1:], stdout, stderr)
	case "support":
		return supportCmd(ctx, args[1:], stdin, stdout, stderr)
	case "policy":
		return policyCmd(ctx, args[1:], stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

// common holds the flags every command shares.
type common struct {
	databaseURL string
	logLevel    string
	logFormat   string
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.databaseURL, "database-url", env("DATABASE_URL", ""), "postgres://… URL; unset: the embedded SQLite file "+database.DefaultSQLiteFile+" in the working directory (env DATABASE_URL)")
	fs.StringVar(&c.logLevel, "log-level", env("COUNTTHINGS_LOG_LEVEL", "info"), "debug, info, warn or error (env COUNTTHINGS_LOG_LEVEL)")
	fs.StringVar(&c.logFormat, "log-format", env("COUNTTHINGS_LOG_FORMAT", "text"), "text or json (env COUNTTHINGS_LOG_FORMAT)")
}

// openMigrated opens the database the flags name and brings its schema up to date.
func (c *common) openMigrated(ctx context.Context) (*database.DB, error) {
	db, err := database.Open(ctx, c.databaseURL)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (c *common) logger(w io.Writer) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.logLevel)); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler
	switch c.logFormat {
	case "text":
		h = slog.NewTextHandler(w, opts)
	case "json":
		h = slog.NewJSONHandler(w, opts)
	default:
		return nil, fmt.Errorf("--log-format must be text or json, not %q", c.logFormat)
	}
	return slog.New(server.LogHandler{Handler: h}), nil
}

func serve(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	addr := fs.String("addr", env("COUNTTHINGS_ADDR", "127.0.0.1:8080"), "listen address (env COUNTTHINGS_ADDR)")
	policyTimeout := fs.Duration("policy-timeout", envDuration("COUNTTHINGS_POLICY_TIMEOUT", 250*time.Millisecond), "time limit of one policy evaluation; beyond it the request is denied (env COUNTTHINGS_POLICY_TIMEOUT)")
	webhookPrivate := fs.Bool("webhook-allow-private", envBool("COUNTTHINGS_WEBHOOK_ALLOW_PRIVATE", false), "let webhook deliveries reach loopback and private addresses (off: SSRF protection) (env COUNTTHINGS_WEBHOOK_ALLOW_PRIVATE)")
	noMigrate := fs.Bool("no-migrate", envBool("COUNTTHINGS_NO_MIGRATE", false), "do not migrate the schema at start-up (env COUNTTHINGS_NO_MIGRATE)")
	var sc server.Config
	fs.Int64Var(&sc.MaxBodyBytes, "max-body-bytes", envInt64("COUNTTHINGS_MAX_BODY_BYTES", 1<<20), "largest GraphQL request body (env COUNTTHINGS_MAX_BODY_BYTES)")
	fs.DurationVar(&sc.RequestTimeout, "request-timeout", envDuration("COUNTTHINGS_REQUEST_TIMEOUT", 30*time.Second), "time limit of an HTTP GraphQL request (env COUNTTHINGS_REQUEST_TIMEOUT)")
	fs.IntVar(&sc.ComplexityLimit, "complexity-limit", int(envInt64("COUNTTHINGS_COMPLEXITY_LIMIT", 5000)), "largest query complexity (env COUNTTHINGS_COMPLEXITY_LIMIT)")
	fs.IntVar(&sc.DepthLimit, "depth-limit", int(envInt64("COUNTTHINGS_DEPTH_LIMIT", 12)), "deepest query nesting (env COUNTTHINGS_DEPTH_LIMIT)")
	cors := fs.String("cors-origins", env("COUNTTHINGS_CORS_ORIGINS", ""), "comma-separated browser origins allowed to call the API, or * (env COUNTTHINGS_CORS_ORIGINS)")
	fs.BoolVar(&sc.DisableIntrospection, "disable-introspection", envBool("COUNTTHINGS_DISABLE_INTROSPECTION", false), "switch GraphQL introspection off (env COUNTTHINGS_DISABLE_INTROSPECTION)")
	fs.DurationVar(&sc.WebSocketInitTimeout, "ws-init-timeout", envDuration("COUNTTHINGS_WS_INIT_TIMEOUT", 10*time.Second), "how long a WebSocket connection has to send connection_init (env COUNTTHINGS_WS_INIT_TIMEOUT)")
	fs.DurationVar(&sc.WebSocketWriteTimeout, "ws-write-timeout", envDuration("COUNTTHINGS_WS_WRITE_TIMEOUT", 10*time.Second), "how long a WebSocket connection's writes may stall (a client that stopped reading) before it is dropped (env COUNTTHINGS_WS_WRITE_TIMEOUT)")
	fs.DurationVar(&sc.ShutdownGrace, "shutdown-grace", envDuration("COUNTTHINGS_SHUTDOWN_GRACE", 15*time.Second), "how long SIGTERM waits for requests to finish (env COUNTTHINGS_SHUTDOWN_GRACE)")
	otelEndpoint := fs.String("otel-endpoint", env("OTEL_EXPORTER_OTLP_ENDPOINT", ""), "OpenTelemetry collector to send traces to over OTLP/HTTP, e.g. http://127.0.0.1:4318; unset: no tracing (env OTEL_EXPORTER_OTLP_ENDPOINT)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
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
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.New(ctx, app.Config{
		DatabaseURL:     c.databaseURL,
		NoMigrate:       *noMigrate,
		PolicyTimeout:   *policyTimeout,
		Events:          events.Options{WebhookAllowPrivate: *webhookPrivate},
		SupportEmail:    os.Getenv("COUNTTHINGS_SUPPORT_EMAIL"),
		SupportPassword: os.Getenv("COUNTTHINGS_SUPPORT_PASSWORD"),
		Server:          sc,
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
	log.Info("serving", "graphiql", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql", "database", store)
	return a.Run(ctx, ln)
}

func migrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := c.openMigrated(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintln(stdout, "the database schema is up to date")
	return nil
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func envBool(key string, def bool) bool {
	if v, ok := os.LookupEnv(key); ok {
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		if err == nil {
			return b
		}
	}
	return def
}

func envInt64(key string, def int64) int64 {
	if v, ok := os.LookupEnv(key); ok {
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err == nil {
			return n
		}
	}
	return def
}

func envDuration(key string, def time.Duration) time.Duration {
	if v, ok := os.LookupEnv(key); ok {
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if err == nil {
			return d
		}
	}
	return def
}
