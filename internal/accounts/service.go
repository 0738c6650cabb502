// Package accounts is the enterprise-account lifecycle: requests, approval, creation,
// settings, and SUPPORT's listing.
package accounts

import (
	"context"
	"log/slog"
	"time"

	"github.com/countthings/countthings/internal/paging"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/policies"
	"github.com/countthings/countthings/policy"
)

// Service runs account operations.
type Service struct {
	db       *database.DB
	authz    *authz.Authorizer
	engine   *policy.Engine
	policies *policies.Service
	now      func() time.Time
	log      *slog.Logger
	limits   *limits.Store // counts account requests per address (nil: not limited)
}

// New returns the accounts service.
func New(db *database.DB, az *authz.Authorizer, engine *policy.Engine, pol *policies.Service, lim *limits.Store, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Service{db: db, authz: az, engine: engine, policies: pol, limits: lim, now: now, log: log}
}

// Settings is the account's settings as GraphQL shows them.
func Settings(a *ent.Account) *AccountSettings {
	return &AccountSettings{
		OperatorContactEmail:       a.OperatorContactEmail,
		OperatorContactPhone:       a.OperatorContactPhone,
		FloatingIdleMinutes:        a.FloatingIdleMinutes,
		FloatingPriorityPermission: a.FloatingPriorityPermission,
	}
}

// Current is the viewer's own account (nil for SUPPORT).
func (s *Service) Current(ctx context.Context) (*ent.Account, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.AccountID == 0 {
		return nil, nil
	}
	if err := s.authz.Require(ctx, "account.read", accountResource(v.AccountID)); err != nil {
		return nil, err
	}
	a, err := s.db.Client.Account.Get(ctx, v.AccountID)
	if err != nil {
		return nil, database.DomainError(err, "could not load the account")
	}
	return a, nil
}

func accountResource(id int) authz.Resource {
	return authz.Resource{Type: "account", ID: id, AccountID: id}
}

// page checks Relay arguments: first (default and cap 100), after a valid cursor.
func page(first *int, after *string) (*int, *ent.Cursor, error) {
	n, err := paging.Size(first, paging.Max)
	if err != nil {
		return nil, nil, err
	}
	c, err := paging.Cursor(after)
	if err != nil {
		return nil, nil, err
	}
	return &n, c, nil
}

// List is every account, for SUPPORT.
func (s *Service) List(ctx context.Context, first *int, after *string) (*ent.AccountConnection, error) {
	if err := s.authz.Require(ctx, "account.list", authz.Resource{Type: "account"}); err != nil {
		return nil, err
	}
	n, c, err := page(first, after)
	if err != nil {
		return nil, err
	}
	conn, err := s.db.Client.Account.Query().Paginate(ctx, c, n, nil, nil)
	if err != nil {
		return nil, database.DomainError(err, "could not list the accounts")
	}
	return conn, nil
}

// Users are the account's users, a page at a time.
func (s *Service) Users(ctx context.Context, a *ent.Account, first *int, after *string) (*ent.UserConnection, error) {
	if err := s.authz.Require(ctx, "user.read", authz.Resource{Type: "user", AccountID: a.ID}); err != nil {
		return nil, err
	}
	n, c, err := page(first, after)
	if err != nil {
		return nil, err
	}
	conn, err := a.QueryUsers().Paginate(ctx, c, n, nil, nil)
	if err != nil {
		return nil, database.DomainError(err, "could not list the users")
	}
	return conn, nil
}
