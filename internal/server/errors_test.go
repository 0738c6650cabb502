package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/countthings/countthings/internal/reqctx"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/internal/apperr"
)

func TestPresentError(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(LogHandler{slog.NewTextHandler(&logs, nil)})
	present := presentError(log, NewMetrics(nil))
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
