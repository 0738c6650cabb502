// Package server wires HTTP: /graphql (POST, GET, WebSocket), GraphiQL at /, the console at /console/, health, readiness and metrics.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/otel"

	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/console"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/graphiql"
	"github.com/countthings/countthings/internal/reqcache"
	"github.com/countthings/countthings/internal/reqctx"
)

// Authenticator turns a bearer token into the viewer it stands for.
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (*auth.Viewer, error)
}

// Config holds the HTTP settings.
type Config struct {
	// MaxBodyBytes bounds a GraphQL request body.
	MaxBodyBytes int64
	// RequestTimeout bounds an HTTP GraphQL request (not a WebSocket).
	RequestTimeout time.Duration
	// ComplexityLimit bounds a query's cost; 0 means the default.
	ComplexityLimit int
	// DepthLimit bounds how deeply a query nests; 0 means the default.
	DepthLimit int
	// DisableIntrospection switches introspection off (it is on by default: GraphiQL needs it).
	DisableIntrospection bool
	// CORSOrigins are the browser origins allowed to call the API ("*": any); none by default.
	CORSOrigins []string
	// ShutdownGrace is how long a graceful shutdown waits for requests to finish.
	ShutdownGrace time.Duration
	// WebSocketInitTimeout is how long a new WebSocket connection has to send
	// connection_init before it is closed with 4408.
	WebSocketInitTimeout time.Duration
	// WebSocketWriteTimeout is how long a WebSocket connection's writes may make no progress
	// (a client that stopped reading) before the connection is dropped.
	WebSocketWriteTimeout time.Duration
	// TrustedProxies are the peers whose forwarding header names the client (limits, logs).
	TrustedProxies reqctx.Proxies
	// AccessLog writes an info line per request (see accessLog).
	AccessLog bool
	// NoMetricsRoute leaves /metrics off this handler (served on another listener instead).
	NoMetricsRoute bool
	// WebSocketMaxOperations caps one WebSocket connection's operations at once; beyond it a
	// subscribe is refused with RATE_LIMITED. 0 means the default; negative: no cap.
	WebSocketMaxOperations int
	// WebSocketMaxConnectionsPerSubject caps one user's, API token's or (anonymous) client
	// address's WebSocket connections on this process; beyond it connection_init is closed with 4429.
	WebSocketMaxConnectionsPerSubject int
	// WebSocketMaxSubscriptionsPerSubject caps one subject's operations across its connections.
	WebSocketMaxSubscriptionsPerSubject int
	// Tracing adds OpenTelemetry spans (HTTP and GraphQL operations) through the global
	// tracer provider (see StartTracing).
	Tracing bool
}

func (c *Config) defaults() {
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = 30 * time.Second
	}
	if c.ComplexityLimit == 0 {
		c.ComplexityLimit = 5000
	}
	if c.DepthLimit == 0 {
		c.DepthLimit = 12
	}
	c.WebSocketMaxOperations = capDefault(c.WebSocketMaxOperations, 100)
	c.WebSocketMaxConnectionsPerSubject = capDefault(c.WebSocketMaxConnectionsPerSubject, 20)
	c.WebSocketMaxSubscriptionsPerSubject = capDefault(c.WebSocketMaxSubscriptionsPerSubject, 500)
	if c.ShutdownGrace == 0 {
		c.ShutdownGrace = 15 * time.Second
	}
	if c.WebSocketInitTimeout == 0 {
		c.WebSocketInitTimeout = 10 * time.Second
	}
	if c.WebSocketWriteTimeout == 0 {
		c.WebSocketWriteTimeout = 10 * time.Second
	}
}

// Server is the HTTP face of the service.
type Server struct {
	cfg     Config
	db      *database.DB
	authn   Authenticator
	log     *slog.Logger
	metrics *Metrics
	gql     *handler.Server
	mux     *http.ServeMux
	// shutdown is closed when the server begins to stop; subscriptions end on it.
	shutdown chan struct{}
	// wsConns counts the open graphql-transport-ws connections (Serve waits for them at shutdown).
	wsConns sync.WaitGroup
	// schemaCurrent: /readyz has seen the database schema up to date.
	schemaCurrent atomic.Bool
	unavailable   *unavailability
}

// capDefault: 0 takes def, a negative value means no cap (0).
func capDefault(v, def int) int {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// New builds the server around an executable schema.
func New(cfg Config, db *database.DB, schema graphql.ExecutableSchema, authn Authenticator, metrics *Metrics, log *slog.Logger) *Server {
	cfg.defaults()
	s := &Server{cfg: cfg, db: db, authn: authn, log: log, metrics: metrics, shutdown: make(chan struct{})}
	s.unavailable = &unavailability{log: log, saturated: func() bool {
		st := db.SQL.Stats()
		return st.MaxOpenConnections > 0 && st.InUse >= st.MaxOpenConnections
	}}
	s.gql = s.newGraphQL(schema)
	mux := http.NewServeMux()
	mux.Handle("/graphql", s.observe("graphql", cors(s.cfg.CORSOrigins, s.gate(s.withViewer(s.gql)))))
	mux.Handle("/healthz", s.observe("healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})))
	mux.Handle("/readyz", s.observe("readyz", http.HandlerFunc(s.ready)))
	if !cfg.NoMetricsRoute {
		mux.Handle("/metrics", MetricsHandler(metrics))
	}
	app := s.observe("console", console.Handler())
	mux.Handle("/console", app)
	mux.Handle(console.Prefix, app)
	mux.Handle("/", s.observe("graphiql", graphiql.Handler()))
	s.mux = mux
	return s
}

func (s *Server) newGraphQL(schema graphql.ExecutableSchema) *handler.Server {
	h := handler.New(schema)
	// graphql-transport-ws (API.md's protocol) is served by our transport (ws.go); gqlgen's
	// stays for clients of the legacy graphql-ws protocol.
	limits := newWSLimits(s.cfg.WebSocketMaxConnectionsPerSubject, s.cfg.WebSocketMaxSubscriptionsPerSubject)
	h.AddTransport(wsTransport{init: s.websocketInit, initTimeout: s.cfg.WebSocketInitTimeout,
		writeTimeout: s.cfg.WebSocketWriteTimeout, readLimit: s.cfg.MaxBodyBytes, maxOps: s.cfg.WebSocketMaxOperations,
		limits: limits, shutdown: s.shutdown, conns: &s.wsConns})
	h.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 15 * time.Second,
		Implementation:        legacyWS{writeTimeout: s.cfg.WebSocketWriteTimeout},
		PayloadReadLimit:      &s.cfg.MaxBodyBytes,
		// The legacy protocol counts against the same per-subject connection cap.
		InitFunc:  limits.legacyInit(s.websocketInit),
		CloseFunc: limits.legacyClose,
	})
	h.AddTransport(transport.Options{})
	h.AddTransport(httpTransport{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if !s.cfg.DisableIntrospection {
		h.Use(extension.Introspection{})
	}
	h.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	h.Use(extension.FixedComplexityLimit(s.cfg.ComplexityLimit))
	h.Use(depthLimit{max: s.cfg.DepthLimit})
	h.Use(operationNamer{})
	h.Use(legacySubscriptionEnd{})
	h.Use(auditLog{log: s.log})
	if s.cfg.Tracing {
		h.Use(graphqlTracer{tracer: otel.Tracer("github.com/countthings/countthings/internal/server")})
	}
	h.SetErrorPresenter(presentError(s.log, s.metrics, s.unavailable))
	h.SetRecoverFunc(recoverPanic(s.log))
	return h
}

// MetricsHandler serves the Prometheus metrics.
func MetricsHandler(m *Metrics) http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

// Handler is the whole HTTP handler.
func (s *Server) Handler() http.Handler {
	h := withRequestID(s.cfg.TrustedProxies, s.accessLog(securityHeaders(s.mux)))
	if s.cfg.Tracing {
		h = traced(h)
	}
	return h
}

// Done is closed when the server begins to shut down.
func (s *Server) Done() <-chan struct{} { return s.shutdown }

// Serve answers on ln until ctx ends, then drains requests for up to ShutdownGrace.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down: draining requests", "grace", s.cfg.ShutdownGrace)
	close(s.shutdown)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		// The grace is over: what is left is cut, and the stop is still a stop (exit 0 after
		// SIGTERM), not a failure of the service.
		s.log.Warn("shutdown grace ended: the requests still open are closed", "grace", s.cfg.ShutdownGrace)
		_ = hs.Close()
		err = nil
	}
	// WebSocket connections are hijacked: Shutdown does not wait for them. Each closes with
	// 1001 (going away) once its operations have ended (ws.go); wait for that, within the grace.
	wsClosed := make(chan struct{})
	go func() { s.wsConns.Wait(); close(wsClosed) }()
	select {
	case <-wsClosed:
	case <-sctx.Done():
	}
	if e := <-errc; e != nil && !errors.Is(e, http.ErrServerClosed) {
		return e
	}
	s.log.Info("stopped", "err", err)
	return err
}

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if err := s.db.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "readiness: database unreachable", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, "database unreachable\n")
		return
	}
	// Once the schema has been seen up to date it stays so (the binary does not change).
	if !s.schemaCurrent.Load() {
		n, err := s.db.SchemaBehind(ctx)
		switch {
		case err != nil:
			s.log.WarnContext(ctx, "readiness: the database schema could not be checked", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, "the database schema could not be checked: "+err.Error()+"\n")
			return
		case n > 0:
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = fmt.Fprintf(w, "the database schema is behind this binary (%d migrations pending): run countthings migrate\n", n)
			return
		}
		s.schemaCurrent.Store(true)
	}
	_, _ = io.WriteString(w, "ok\n")
}

// withViewer authenticates the bearer token of an HTTP request. A missing or invalid token
// leaves the request anonymous; operations that need a viewer answer UNAUTHENTICATED.
func (s *Server) withViewer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if isWebSocketUpgrade(r) {
			next.ServeHTTP(w, r.WithContext(ctx))
			return
		}
		ctx, mark := withUnavailableMark(auth.WithViewerSlot(ctx))
		w = &unavailableWriter{ResponseWriter: w, mark: mark}
		// The request cache exists before the token check, which fills it with what it read
		// along the way (the account's active policy version).
		ctx = reqcache.With(ctx)
		if tok, ok := reqctx.Bearer(r.Header.Get("Authorization")); ok {
			v, err := s.authn.Authenticate(ctx, tok)
			switch {
			case err == nil && v != nil:
				ctx = auth.WithViewer(ctx, v)
				accessFrom(ctx).setViewer(v.UserID, v.TokenID)
			case err != nil && !apperr.Is(err, apperr.Unauthenticated):
				// The check itself failed (the database is down): answering UNAUTHENTICATED
				// would make a device drop a session that is still good.
				code, msg := apperr.Internal, "internal error: your token could not be checked; retry, and report the request id if it persists"
				if s.unavailable.is(err) {
					code, msg = apperr.Unavailable, dbUnavailableMessage
					s.unavailable.report(ctx, err)
				} else {
					s.log.ErrorContext(ctx, "could not check the bearer token", "err", err)
				}
				s.metrics.errors.WithLabelValues(string(code)).Inc()
				w.Header().Set("Retry-After", strconv.Itoa(int(retryAfter.Seconds())))
				writeError(w, mediaJSON, http.StatusServiceUnavailable, string(code), msg)
				return
			}
			// An invalid, expired or revoked token leaves the request anonymous: public
			// operations still work, the others answer UNAUTHENTICATED.
		}
		ctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *Server) websocketInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	raw := p.Authorization()
	if raw == "" {
		if v, ok := p["authorization"].(string); ok {
			raw = v
		}
	}
	if raw == "" {
		return ctx, nil, nil
	}
	tok, ok := reqctx.Bearer(raw)
	if !ok {
		return ctx, nil, errors.New("connection_init: Authorization must be \"Bearer <token>\"")
	}
	v, err := s.authn.Authenticate(ctx, tok)
	if err != nil && !apperr.Is(err, apperr.Unauthenticated) {
		if s.unavailable.is(err) {
			s.unavailable.report(ctx, err)
			return ctx, nil, errors.New("connection_init: " + dbUnavailableMessage)
		}
		s.log.ErrorContext(ctx, "connection_init: could not check the token", "err", err)
		return ctx, nil, errors.New("connection_init: the token could not be checked; retry")
	}
	if err != nil || v == nil {
		return ctx, nil, errors.New("connection_init: the token is invalid, expired or revoked; log in again")
	}
	ctx = auth.WithViewer(ctx, v)
	ctx = auth.WithBearer(ctx, tok)
	accessFrom(ctx).setViewer(v.UserID, v.TokenID)
	return ctx, nil, nil
}

// gate applies the GraphQL-over-HTTP rules gqlgen leaves to us: methods, media types, body
// size, malformed JSON, the parameters' shape and a missing query; it hands the parameters
// it read to httpTransport.
func (s *Server) gate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions || (r.Method == http.MethodGet && isWebSocketUpgrade(r)) {
			next.ServeHTTP(w, r)
			return
		}
		media := responseMediaType(r.Header.Get("Accept"))
		if media == "" {
			writeError(w, mediaJSON, http.StatusNotAcceptable, string(apperr.BadUserInput),
				"the response can be application/graphql-response+json or application/json: accept one of them")
			return
		}
		var params *graphql.RawParams
		switch r.Method {
		case http.MethodGet:
			p, err := requestParams(r)
			if err != nil {
				writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), err.Error())
				return
			}
			params = p
		case http.MethodPost:
			ct := strings.ToLower(strings.TrimSpace(strings.SplitN(r.Header.Get("Content-Type"), ";", 2)[0]))
			if ct != mediaJSON {
				writeError(w, media, http.StatusUnsupportedMediaType, string(apperr.BadUserInput), "send the request as Content-Type: application/json")
				return
			}
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
			if err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					writeError(w, media, http.StatusRequestEntityTooLarge, string(apperr.BadUserInput), fmt.Sprintf("the request body is larger than %d bytes", s.cfg.MaxBodyBytes))
					return
				}
				writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), errBodyUnreadable.Error())
				return
			}
			var probe map[string]json.RawMessage
			if err := json.Unmarshal(body, &probe); err != nil {
				writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), errNotJSONObject(err).Error())
				return
			}
			if msg := checkParams(probe); msg != "" {
				writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), msg)
				return
			}
			params = &graphql.RawParams{}
			if err := decodeJSON(body, params); err != nil {
				writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), errNotJSONObject(err).Error())
				return
			}
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeError(w, media, http.StatusMethodNotAllowed, string(apperr.BadUserInput), "use GET for queries or POST")
			return
		}
		if missingQuery(params.Query, params.Extensions) {
			writeError(w, media, http.StatusBadRequest, string(apperr.BadUserInput), missingQueryMessage)
			return
		}
		next.ServeHTTP(w, r.WithContext(withParams(r.Context(), params)))
	})
}

func shortJSONError(err error) string {
	msg := err.Error()
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}

// writeError answers a request refused before GraphQL saw it (no "data" entry: nothing ran).
func writeError(w http.ResponseWriter, media string, status int, code, msg string) {
	w.Header().Set("Content-Type", media)
	w.WriteHeader(status)
	writeBody(w, requestError{Errors: gqlerror.List{{Message: msg, Extensions: map[string]any{"code": code}}}})
}

func isWebSocketUpgrade(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// checkParams checks the shape of a GraphQL-over-HTTP request body, so gqlgen never sees one
// it cannot decode (its own message would echo the body).
func checkParams(p map[string]json.RawMessage) string {
	var str string
	var obj map[string]json.RawMessage
	// encoding/json matches keys case-insensitively, and so does gqlgen's decoding.
	for k, v := range p {
		if string(v) == "null" {
			continue
		}
		switch strings.ToLower(k) {
		case "query":
			if json.Unmarshal(v, &str) != nil {
				return `"query" must be a string`
			}
		case "operationname":
			if json.Unmarshal(v, &str) != nil {
				return `"operationName" must be a string or null`
			}
		case "variables", "extensions":
			if json.Unmarshal(v, &obj) != nil {
				return fmt.Sprintf("%q must be a JSON object or null", k)
			}
		}
	}
	return ""
}
