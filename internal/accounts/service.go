// Package accounts is the enterprise-account lifecycle: requests, approval, creation,
// settings, and SUPPORT's listing.
package accounts

import (
	"context"
	"log/slog"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph/model"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/policy"
)

// Service runs account operations.
type Service struct {
	db     *database.DB
	authz  *authz.Authorizer
	engine *policy.Engine
	now    func() time.Time
	log    *slog.Logger
}

// New returns the accounts service.
func New(db *database.DB, az *authz.Authorizer, engine *policy.Engine, now func() time.Time, log *slog.Logger) *Service {
	return &Service{db: db, authz: az, engine: engine, now: now, log: log}
}

func (s *Service) RequestAccount(ctx context.Context, in model.AccountRequestInput) (*ent.AccountRequest, error) {
	return nil, apperr.Pending("requestEnterpriseAccount")
}

func (s *Service) Requests(ctx context.Context, status *enums.AccountRequestStatus) ([]*ent.AccountRequest, error) {
	return nil, apperr.Pending("accountRequests")
}

func (s *Service) Approve(ctx context.Context, id int, in model.ApproveAccountRequestInput) (*ent.Account, error) {
	return nil, apperr.Pending("approveAccountRequest")
}

func (s *Service) Reject(ctx context.Context, id int, reason *string) (*ent.AccountRequest, error) {
	return nil, apperr.Pending("rejectAccountRequest")
}

func (s *Service) Create(ctx context.Context, in model.CreateAccountInput) (*ent.Account, error) {
	return nil, apperr.Pending("createAccount")
}

func (s *Service) List(ctx context.Context, first *int, after *string) (*ent.AccountConnection, error) {
	return nil, apperr.Pending("accounts")
}

// Current is the viewer's own account (nil for SUPPORT).
func (s *Service) Current(ctx context.Context) (*ent.Account, error) {
	return nil, apperr.Pending("account")
}

func (s *Service) UpdateSettings(ctx context.Context, in model.AccountSettingsInput) (*ent.Account, error) {
	return nil, apperr.Pending("updateAccountSettings")
}

// Settings is the account's settings as GraphQL shows them.
func Settings(a *ent.Account) *model.AccountSettings {
	return &model.AccountSettings{
		OperatorContactEmail:       a.OperatorContactEmail,
		OperatorContactPhone:       a.OperatorContactPhone,
		FloatingIdleMinutes:        a.FloatingIdleMinutes,
		FloatingPriorityPermission: a.FloatingPriorityPermission,
	}
}

func (s *Service) Users(ctx context.Context, a *ent.Account, first *int, after *string) (*ent.UserConnection, error) {
	return nil, apperr.Pending("account.users")
}

// RequestAccountOf is the account an approved request created.
func (s *Service) RequestAccountOf(ctx context.Context, r *ent.AccountRequest) (*ent.Account, error) {
	return nil, apperr.Pending("accountRequest.account")
}
