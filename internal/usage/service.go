// Package usage is the usage insight: hourly roll-ups of each account's license events
// (licenses held, demand, denials, reclaims, releases), what an account used over a window,
// the STANDARD/FLOATING split that would have served it at least cost, and the CSV exports.
//
// The roll-ups are derived from the event log only, by an idempotent catch-up that folds the
// events after the last one it folded (usage_states.last_seq) in the same transaction as it
// moves that mark: run before every read and in the background, and safe to stop anywhere.
// Rebuild deletes an account's roll-ups and folds its whole log again: the same rows.
package usage

import (
	"context"
	"log/slog"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
)

// FloatingPresets tells which shipped preset an account's active FLOATING policy was made
// from (nil: an account's own, edited policy).
type FloatingPresets interface {
	FloatingPreset(ctx context.Context, a *ent.Account) (*string, error)
}

// Service answers usage questions.
type Service struct {
	db      *database.DB
	authz   *authz.Authorizer
	presets FloatingPresets
	now     func() time.Time
	log     *slog.Logger
	batch   int
}

// New returns the usage service.
func New(db *database.DB, az *authz.Authorizer, presets FloatingPresets, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Service{db: db, authz: az, presets: presets, now: now, log: log, batch: 5000}
}
