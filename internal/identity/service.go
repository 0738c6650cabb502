// Package identity is who is who: logins and sessions, users, API tokens, and node lookup.
package identity

import (
	"context"
	"log/slog"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/graph/model"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
)

// Service runs identity operations.
type Service struct {
	db        *database.DB
	authz     *authz.Authorizer
	licensing *licensing.Service
	now       func() time.Time
	log       *slog.Logger
}

// New returns the identity service.
func New(db *database.DB, az *authz.Authorizer, lic *licensing.Service, now func() time.Time, log *slog.Logger) *Service {
	return &Service{db: db, authz: az, licensing: lic, now: now, log: log}
}

// Authenticate turns a bearer token (session or API token) into its viewer.
func (s *Service) Authenticate(ctx context.Context, token string) (*auth.Viewer, error) {
	return nil, apperr.ErrUnauthenticated
}

func (s *Service) Login(ctx context.Context, in model.LoginInput) (*model.LoginPayload, error) {
	return nil, apperr.Pending("login")
}

func (s *Service) Logout(ctx context.Context) (bool, error) {
	return false, apperr.Pending("logout")
}

func (s *Service) Me(ctx context.Context) (*ent.User, error) {
	return nil, apperr.Pending("me")
}

func (s *Service) CreateUser(ctx context.Context, in model.CreateUserInput) (*ent.User, error) {
	return nil, apperr.Pending("createUser")
}

func (s *Service) UpdateUser(ctx context.Context, id int, in model.UpdateUserInput) (*ent.User, error) {
	return nil, apperr.Pending("updateUser")
}

func (s *Service) DeleteUser(ctx context.Context, id int) (int, error) {
	return 0, apperr.Pending("deleteUser")
}

func (s *Service) CreateAPIToken(ctx context.Context, name string, permissions []string) (*model.APITokenPayload, error) {
	return nil, apperr.Pending("createApiToken")
}

func (s *Service) RevokeAPIToken(ctx context.Context, id int) (*ent.APIToken, error) {
	return nil, apperr.Pending("revokeApiToken")
}

func (s *Service) APITokens(ctx context.Context, a *ent.Account) ([]*ent.APIToken, error) {
	return nil, apperr.Pending("account.apiTokens")
}

// Node resolves any ID the viewer may see; others answer NOT_FOUND.
func (s *Service) Node(ctx context.Context, id int) (ent.Noder, error) {
	return nil, apperr.Pending("node")
}

// UserDevices are the devices the user last used.
func (s *Service) UserDevices(ctx context.Context, u *ent.User) ([]*ent.Device, error) {
	return nil, apperr.Pending("user.devices")
}
