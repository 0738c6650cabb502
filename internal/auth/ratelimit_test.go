package auth

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/apperr"
)

func TestRateLimited(t *testing.T) {
	for _, c := range []struct {
		wait time.Duration
		secs int
	}{{1500 * time.Millisecond, 2}, {0, 1}, {time.Hour, 3600}, {1000 * time.Hour, 86400}} {
		e, ok := apperr.As(RateLimited("too many failed login attempts", c.wait))
		require.True(t, ok)
		assert.Equal(t, apperr.RateLimited, e.Code)
		assert.Equal(t, c.secs, e.Details["retryAfterSeconds"])
		assert.Contains(t, e.Message, "too many failed login attempts: try again in")
	}
}
