package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lib/pq"
	"github.com/stretchr/testify/assert"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/reqctx"
)

func TestPresentError(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(LogHandler{slog.NewTextHandler(&logs, nil)})
	present := presentError(log, NewMetrics(nil), &unavailability{log: log})
	ctx := reqctx.WithRequestID(context.Background(), "req-123")

	cases := []struct {
		name    string
		err     error
		code    string
		message string
	}{
		{"domain error keeps its code and message", apperr.Conflictf("device S20 already has a license"), "CONFLICT", "device S20 already has a license"},
		{"wrapped domain error", fmt.Errorf("moving: %w", apperr.New(apperr.NoLicenseAvailable, "no free license")), "NO_LICENSE_AVAILABLE", "no free license"},
		{"cause stays hidden", apperr.Wrap(apperr.Forbidden, errors.New("pq: secret detail"), "you may not do license.move"), "FORBIDDEN", "you may not do license.move"},
		{"validation error", &gqlerror.Error{Message: "Cannot query field", Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}}, "BAD_USER_INPUT", "Cannot query field"},
		{"parse error", &gqlerror.Error{Message: "Unexpected <EOF>", Extensions: map[string]any{"code": "GRAPHQL_PARSE_FAILED"}}, "BAD_USER_INPUT", "Unexpected <EOF>"},
		{"unexpected error is INTERNAL without internals", errors.New(`pq: relation "devices" does not exist`), "INTERNAL", "internal error"},
		{"recovered panic is INTERNAL", recoverPanic(log)(ctx, "nil map"), "INTERNAL", "internal error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			logs.Reset()
			e := present(ctx, c.err)
			assert.Equal(t, c.code, e.Extensions["code"])
			assert.Contains(t, e.Message, c.message)
			assert.NotContains(t, e.Message, "pq:")
			if c.code == "INTERNAL" {
				assert.Equal(t, "req-123", e.Extensions["requestId"])
				assert.Contains(t, logs.String(), "request_id=req-123", "the log line carries the request id")
				assert.Contains(t, logs.String(), "internal error")
			}
		})
	}
}

func TestUnavailableDatabase(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	saturated := false
	un := &unavailability{log: log, saturated: func() bool { return saturated }}
	present := presentError(log, NewMetrics(nil), un)
	ctx, mark := withUnavailableMark(context.Background())

	for _, c := range []struct {
		name string
		err  error
	}{
		{"too many clients", apperr.Wrap(apperr.Internal, &pq.Error{Code: "53300", Message: "sorry, too many clients already"}, "could not check the login")},
		{"too many connections for the role", &pq.Error{Code: "53300", Message: `too many connections for role "x"`}},
		{"connection refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}},
		{"admin shutdown", &pq.Error{Code: "57P01"}},
		{"statement timeout", &pq.Error{Code: "57014"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := present(ctx, c.err)
			assert.Equal(t, "UNAVAILABLE", e.Extensions["code"])
			assert.Equal(t, dbUnavailableMessage, e.Message)
			assert.NotContains(t, e.Message, "pq:")
			assert.EqualValues(t, 2, e.Extensions["retryAfterSeconds"])
		})
	}
	assert.True(t, mark.Load(), "the HTTP answer is marked 503")
	assert.Equal(t, 1, strings.Count(logs.String(), "database unavailable"), "one warning for the burst:\n%s", logs.String())

	// A request that ran out of time: UNAVAILABLE only while the pool is all in use.
	timeout := fmt.Errorf("query: %w", context.DeadlineExceeded)
	assert.Equal(t, "INTERNAL", present(context.Background(), timeout).Extensions["code"])
	saturated = true
	assert.Equal(t, "UNAVAILABLE", present(context.Background(), timeout).Extensions["code"], "waiting for a connection of a full pool")

	// After a quiet spell, a new burst is logged again.
	un.last = time.Now().Add(-time.Minute)
	present(ctx, &pq.Error{Code: "53300"})
	assert.Equal(t, 2, strings.Count(logs.String(), "database unavailable"))
}
