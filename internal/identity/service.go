// Package identity is who is who: logins and sessions, users, API tokens, and node lookup.
package identity

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/server"
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
	now       func() time.Time
	log       *slog.Logger

	// Swappable while serving (tests inject limiters with a fake clock).
	loginByEmail atomic.Pointer[auth.Limiter]
	loginByAddr  atomic.Pointer[auth.Limiter]
	clientAddr   func(context.Context) string

	stmtMu sync.Mutex
	stmt   atomic.Pointer[sql.Stmt] // the token check, prepared (sessionStmt)
}

// New returns the identity service.
func New(db *database.DB, az *authz.Authorizer, lic *licensing.Service, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Service{db: db, authz: az, licensing: lic, now: now, log: log, clientAddr: server.ClientAddr}
	// 10 attempts per email, then one every 30 s; an address may try more (shared NATs).
	s.SetLoginLimiters(auth.NewLimiter(rate.Every(30*time.Second), 10), auth.NewLimiter(rate.Every(2*time.Second), 50))
	return s
}

// SetLoginLimiters replaces the login rate limiters (tests inject ones with a fake clock).
func (s *Service) SetLoginLimiters(byEmail, byAddr *auth.Limiter) {
	s.loginByEmail.Store(byEmail)
	s.loginByAddr.Store(byAddr)
}
