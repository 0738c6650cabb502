package auth

import (
	"math"
	"time"

	"github.com/countthings/countthings/internal/apperr"
)

// RateLimited is the one answer to an attempt a limit refuses: RATE_LIMITED, saying what
// was limited and how long to wait (also as extensions.retryAfterSeconds, 1 s to a day).
// The counts behind the limits live in the database (internal/limits), shared by every
// instance.
func RateLimited(what string, wait time.Duration) error {
	secs := int(math.Ceil(wait.Seconds()))
	secs = min(max(secs, 1), 24*3600)
	return apperr.New(apperr.RateLimited, "%s: try again in %d seconds", what, secs).
		WithDetails(map[string]any{"retryAfterSeconds": secs})
}
