package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/countthings/countthings/internal/apperr"
)

// Exports are the CSV exports' sources: each checks the request and returns the writer of
// its rows, or the error to answer with before anything is written.
type Exports struct {
	LicenseEvents func(ctx context.Context, accountID *int, from, to *time.Time) (func(io.Writer) error, error)
	Usage         func(ctx context.Context, accountID *int, from, to time.Time, bucket string) (func(io.Writer) error, error)
}

// HandleExports serves /export/license-events.csv and /export/usage.csv, authenticated
// like /graphql (Authorization: Bearer).
func (s *Server) HandleExports(e Exports) {
	s.mux.Handle("/export/license-events.csv", s.observe("export", s.withViewer(csvHandler("license-events.csv",
		func(r *http.Request) (func(io.Writer) error, error) {
			acct, err := accountParam(r)
			if err != nil {
				return nil, err
			}
			from, err := timeParam(r, "from", false)
			if err != nil {
				return nil, err
			}
			to, err := timeParam(r, "to", false)
			if err != nil {
				return nil, err
			}
			return e.LicenseEvents(r.Context(), acct, from, to)
		}))))
	s.mux.Handle("/export/usage.csv", s.observe("export", s.withViewer(csvHandler("usage.csv",
		func(r *http.Request) (func(io.Writer) error, error) {
			acct, err := accountParam(r)
			if err != nil {
				return nil, err
			}
			from, err := timeParam(r, "from", true)
			if err != nil {
				return nil, err
			}
			to, err := timeParam(r, "to", true)
			if err != nil {
				return nil, err
			}
			bucket := r.URL.Query().Get("bucket")
			if bucket == "" {
				bucket = "DAY"
			}
			return e.Usage(r.Context(), acct, *from, *to, bucket)
		}))))
}

// csvHandler answers GET with the rows as text/csv, written as they are read, or a JSON
// error with extensions.code (before any row).
func csvHandler(filename string, prepare func(r *http.Request) (func(io.Writer) error, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, "application/json", http.StatusMethodNotAllowed, string(apperr.BadUserInput), "use GET")
			return
		}
		write, err := prepare(r)
		if err != nil {
			code := apperr.CodeOf(err)
			msg := err.Error()
			if e, ok := apperr.As(err); ok {
				msg = e.Message
			}
			writeError(w, "application/json", exportStatus(code), string(code), msg)
			return
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8; header=present")
		w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
		w.Header().Set("Cache-Control", "no-store")
		if r.Method == http.MethodHead {
			return
		}
		// The status is sent: a failure now can only cut the body short (the client sees
		// a truncated transfer, not a well-formed file).
		if err := write(w); err != nil && !errors.Is(err, context.Canceled) {
			panic(http.ErrAbortHandler)
		}
	})
}

func exportStatus(code apperr.Code) int {
	switch code {
	case apperr.BadUserInput:
		return http.StatusBadRequest
	case apperr.Unauthenticated:
		return http.StatusUnauthorized
	case apperr.Forbidden:
		return http.StatusForbidden
	case apperr.NotFound:
		return http.StatusNotFound
	case apperr.RateLimited:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

func accountParam(r *http.Request) (*int, error) {
	s := r.URL.Query().Get("accountId")
	if s == "" {
		return nil, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || strconv.Itoa(n) != s {
		return nil, apperr.BadInputf("accountId %q is not an account ID", s)
	}
	return &n, nil
}

func timeParam(r *http.Request, name string, required bool) (*time.Time, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		if required {
			return nil, apperr.BadInputf("%s is required (an RFC 3339 time, e.g. 2026-01-01T00:00:00Z)", name)
		}
		return nil, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return nil, apperr.BadInputf("%s must be an RFC 3339 time (e.g. 2026-01-01T00:00:00Z), not %q", name, s)
	}
	return &t, nil
}
