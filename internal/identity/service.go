// Package identity is who is who: logins and sessions, users, API tokens, and node lookup.
package identity

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/limits"
)

const (
	// DeviceSessionLifetime is how long the app on a device stays logged in.
	DeviceSessionLifetime = 30 * 24 * time.Hour
	// WebSessionLifetime is how long a browser session lasts.
	WebSessionLifetime = 12 * time.Hour
	// apiTokenTouchInterval bounds how often an API token's last_used_at is written.
	apiTokenTouchInterval = time.Minute
)

// Service runs identity operations.
type Service struct {
	db        *database.DB
	authz     *authz.Authorizer
	licensing *licensing.Service
	revoker   Revoker
	now       func() time.Time
	log       *slog.Logger

	limits *limits.Store // nil: logins are not limited (tools, not the server)

	stmtMu sync.Mutex
	stmt   atomic.Pointer[sql.Stmt] // the token check, prepared (sessionStmt)
}

// Revoker announces, inside the transaction that changes someone's access, that their running
// subscriptions must re-check it (the events service: at once, on every instance).
type Revoker interface {
	Revoke(ctx context.Context, tx *ent.Tx, userID, tokenID int) error
}

// New returns the identity service; lim counts failed logins (nil: none are limited), rv
// announces revocations (nil: none are announced).
func New(db *database.DB, az *authz.Authorizer, lic *licensing.Service, lim *limits.Store, rv Revoker, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Service{db: db, authz: az, licensing: lic, limits: lim, revoker: rv, now: now, log: log}
}

// revoke announces in tx that the user's or token's access changed (see Revoker).
func (s *Service) revoke(ctx context.Context, tx *ent.Tx, userID, tokenID int) error {
	if s.revoker == nil {
		return nil
	}
	return s.revoker.Revoke(ctx, tx, userID, tokenID)
}
