package server

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/lib/pq"
)

const dbUnavailableMessage = "the service's database is overloaded or unreachable right now (this is not a problem with your request or your token): retry in a few seconds"

// retryAfter is the Retry-After of an UNAVAILABLE answer.
const retryAfter = 2 * time.Second

// burstQuiet: database errors this far apart belong to separate bursts (one warning each).
const burstQuiet = 10 * time.Second

// databaseUnavailable reports whether err comes from a database that is down, refusing or
// saturated: a connection refused, reset or closed; Postgres shutting down or starting up
// (SQLSTATE class 08, 57); out of resources, such as too many clients (class 53: 53300).
func databaseUnavailable(err error) bool {
	if err == nil {
		return false
	}
	var ne *net.OpError
	var pe *pq.Error
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.As(err, &ne):
		return true
	case errors.As(err, &pe):
		c := pe.Code.Class()
		return c == "08" || c == "57" || c == "53"
	}
	return false
}

// unavailability recognises a saturated or unreachable database and logs it once per burst.
type unavailability struct {
	log *slog.Logger
	// saturated reports whether every pooled connection is in use (nil: never).
	saturated func() bool

	mu         sync.Mutex
	last       time.Time // the burst's latest error
	suppressed int       // errors of the current burst not logged
}

// is reports whether err means the database cannot serve now: down, refusing, or the
// request ran out of time waiting for a connection of a pool that is all in use.
func (u *unavailability) is(err error) bool {
	if databaseUnavailable(err) {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded) && u.saturated != nil && u.saturated()
}

// report logs the first error of a burst as a warning, and counts the rest.
func (u *unavailability) report(ctx context.Context, err error) {
	now := time.Now()
	u.mu.Lock()
	first := now.Sub(u.last) > burstQuiet
	previous := u.suppressed
	if first {
		u.suppressed = 0
	} else {
		u.suppressed++
	}
	u.last = now
	u.mu.Unlock()
	if first {
		u.log.WarnContext(ctx, "database unavailable: answering 503 UNAVAILABLE until it recovers (one warning per burst)",
			"err", err, "previous_burst_unlogged", previous)
	}
}

type unavailableKey struct{}

// withUnavailableMark lets the error presenter mark the HTTP response as 503.
func withUnavailableMark(ctx context.Context) (context.Context, *atomic.Bool) {
	m := &atomic.Bool{}
	return context.WithValue(ctx, unavailableKey{}, m), m
}

func markUnavailable(ctx context.Context) {
	if m, ok := ctx.Value(unavailableKey{}).(*atomic.Bool); ok {
		m.Store(true)
	}
}

// unavailableWriter answers 503 with Retry-After instead of 200 once the response is marked.
type unavailableWriter struct {
	http.ResponseWriter
	mark  *atomic.Bool
	wrote bool
}

func (w *unavailableWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		if w.mark.Load() && code < 300 {
			w.Header().Set("Retry-After", strconv.Itoa(int(retryAfter.Seconds())))
			code = http.StatusServiceUnavailable
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *unavailableWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer.
func (w *unavailableWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
