// Package testapp starts the real service (app.New + HTTP server on a loopback port) on a
// fresh database for end-to-end tests, and speaks GraphQL to it over HTTP and
// graphql-transport-ws as a client written against API.md would.
package testapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/server"
	"github.com/countthings/countthings/internal/testdb"
)

// Clock is a controllable clock; it starts at the real time and moves only when told.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock starts at t.
func NewClock(t time.Time) *Clock { return &Clock{now: t} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// Env is a running service under test.
type Env struct {
	App   *app.App
	URL   string // http://127.0.0.1:port
	DBURL string // the database URL the service uses
	Clock *Clock
	HTTP  *http.Client

	stop     context.CancelFunc
	done     chan error
	stopOnce sync.Once
	stopErr  error
}

type options struct {
	logTo     io.Writer
	sqlite    bool
	dbURL     string
	configure []func(*app.Config)
	logs      io.Writer
}

// LogTo copies the service's log lines (warnings and errors; TEST_LOG: all) to w as well,
// for tests of what is logged. w must be safe for concurrent writes.
func LogTo(w io.Writer) Option { return func(o *options) { o.logs = w } }

// Option changes how New starts the service.
type Option func(*options)

// SQLite runs the service on a fresh embedded SQLite file instead of Postgres.
func SQLite() Option { return func(o *options) { o.sqlite = true } }

// SharedDatabase runs the service on an existing database (for several instances on one database).
func SharedDatabase(url string) Option { return func(o *options) { o.dbURL = url } }

// JSONLogTo also writes the service's log, from info up, as JSON lines to w.
func JSONLogTo(w io.Writer) Option { return func(o *options) { o.logTo = w } }

// Configure edits the app configuration before start.
func Configure(f func(*app.Config)) Option {
	return func(o *options) { o.configure = append(o.configure, f) }
}

var cheapHashes sync.Once

// New starts the service on a fresh Postgres database (or as the options say) and stops it when t ends.
func New(t testing.TB, opts ...Option) *Env {
	t.Helper()
	cheapHashes.Do(func() {
		// Tests create many users; production keeps the OWASP parameters.
		auth.SetParamsForTesting(auth.Argon2Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32})
	})
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	dbURL := o.dbURL
	switch {
	case dbURL != "":
	case o.sqlite:
		dbURL = "sqlite://" + t.TempDir() + "/countthings.db"
	default:
		dbURL = testdb.NewPostgresURL(t)
	}
	clock := NewClock(time.Now().UTC().Truncate(time.Millisecond))
	// Evaluations under -race on a busy machine can outlast the production bound; tests of
	// the bound itself set PolicyTimeout.
	cfg := app.Config{DatabaseURL: dbURL, Now: clock.Now, PolicyTimeout: 5 * time.Second}
	for _, f := range o.configure {
		f(&cfg)
	}
	level := slog.LevelWarn
	if os.Getenv("TEST_LOG") != "" {
		level = slog.LevelDebug
	}
	tw := &testWriter{t: t}
	t.Cleanup(func() { tw.done.Store(true) }) // runs last: background goroutines may log late
	var out io.Writer = tw
	if o.logs != nil {
		out = io.MultiWriter(tw, o.logs)
	}
	var handler slog.Handler = slog.NewTextHandler(out, &slog.HandlerOptions{Level: level})
	if o.logTo != nil {
		handler = teeHandler{handler, slog.NewJSONHandler(o.logTo, &slog.HandlerOptions{Level: slog.LevelInfo})}
	}
	log := slog.New(server.LogHandler{Handler: handler})
	ctx, cancel := context.WithCancel(context.Background())
	a, err := app.New(ctx, cfg, log)
	if err != nil {
		cancel()
		t.Fatalf("start app: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cancel()
		t.Fatalf("listen: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, ln) }()
	env := &Env{
		App:   a,
		URL:   "http://" + ln.Addr().String(),
		DBURL: dbURL,
		Clock: clock,
		HTTP:  &http.Client{Timeout: 60 * time.Second},
		stop:  cancel,
		done:  done,
	}
	t.Cleanup(func() {
		switch err := env.Shutdown(20 * time.Second); {
		case errors.Is(err, errStopTimeout):
			t.Errorf("%v", err)
		case err != nil && !errors.Is(err, http.ErrServerClosed):
			t.Logf("server stopped: %v", err)
		}
		a.Close()
	})
	return env
}

var errStopTimeout = errors.New("the server did not stop")

// Shutdown stops the server as SIGTERM does (drain requests, close subscriptions) and
// returns what Run returned; it waits at most wait (then it returns an error).
func (e *Env) Shutdown(wait time.Duration) error {
	e.stopOnce.Do(func() {
		e.stop()
		select {
		case e.stopErr = <-e.done:
		case <-time.After(wait):
			e.stopErr = fmt.Errorf("%w within %v", errStopTimeout, wait)
		}
	})
	return e.stopErr
}

type testWriter struct {
	t    testing.TB
	done atomic.Bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	if _, fuzz := w.t.(*testing.F); fuzz {
		// f.Log may not be called while the fuzz target runs.
		if os.Getenv("TEST_LOG") != "" {
			_, _ = os.Stderr.Write(p)
		}
		return len(p), nil
	}
	if !w.done.Load() {
		w.t.Log(string(bytes.TrimRight(p, "\n")))
	}
	return len(p), nil
}

// Response is a GraphQL response as a client sees it.
type Response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the extensions.code of the first error ("" when there is none).
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// Decode unmarshals data into out.
func (r *Response) Decode(t testing.TB, out any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decode data %s: %v", r.Data, err)
	}
}

// Do sends a GraphQL request over HTTP POST (token may be "").
func (e *Env) Do(t testing.TB, token, query string, vars map[string]any) *Response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatalf("encode request: %v", err)
	}
	return e.Post(t, token, "application/json", body)
}

// Post sends a raw body to /graphql.
func (e *Env) Post(t testing.TB, token, contentType string, body []byte) *Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return e.send(t, req)
}

func (e *Env) send(t testing.TB, req *http.Request) *Response {
	t.Helper()
	resp, err := e.HTTP.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	out := &Response{Status: resp.StatusCode}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("response is not JSON (status %d): %s", resp.StatusCode, truncate(raw))
	}
	out.Status = resp.StatusCode
	return out
}

// MustDo is Do that fails the test on any GraphQL error and decodes data into out (if not nil).
func (e *Env) MustDo(t testing.TB, token, query string, vars map[string]any, out any) {
	t.Helper()
	r := e.Do(t, token, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %+v", r.Errors)
	}
	if out != nil {
		r.Decode(t, out)
	}
}

func truncate(b []byte) string {
	if len(b) > 500 {
		return string(b[:500]) + "…"
	}
	return string(b)
}

// FromAddress is an HTTP client whose connections leave from the loopback address ip
// (127.0.0.2 …): to the service, another client address.
func FromAddress(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 10 * time.Second}
	return &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 64}}
}

// DoAs sends a GraphQL request over HTTP POST with client c and the extra headers h.
func (e *Env) DoAs(t testing.TB, c *http.Client, h http.Header, token, query string, vars map[string]any) *Response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatalf("encode request: %v", err)
	}
	req, err := http.NewRequest(http.MethodPost, e.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range h {
		req.Header[k] = vs
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return (&Env{HTTP: c}).send(t, req)
}

// teeHandler writes each record to both handlers (each with its own level).
type teeHandler struct{ a, b slog.Handler }

func (t teeHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return t.a.Enabled(ctx, l) || t.b.Enabled(ctx, l)
}

func (t teeHandler) Handle(ctx context.Context, r slog.Record) error {
	if t.a.Enabled(ctx, r.Level) {
		_ = t.a.Handle(ctx, r.Clone())
	}
	if t.b.Enabled(ctx, r.Level) {
		return t.b.Handle(ctx, r)
	}
	return nil
}

func (t teeHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return teeHandler{t.a.WithAttrs(as), t.b.WithAttrs(as)}
}

func (t teeHandler) WithGroup(n string) slog.Handler {
	return teeHandler{t.a.WithGroup(n), t.b.WithGroup(n)}
}
