// Package policies keeps every version of each account's PERMISSIONS and FLOATING Rego,
// checks new ones before they become active, and finds the active one fast.
package policies

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

// Service runs policy operations.
type Service struct {
	db     *database.DB
	authz  *authz.Authorizer
	engine *policy.Engine
	now    func() time.Time
	log    *slog.Logger
}

// New returns the policies service.
func New(db *database.DB, az *authz.Authorizer, engine *policy.Engine, now func() time.Time, log *slog.Logger) *Service {
	return &Service{db: db, authz: az, engine: engine, now: now, log: log}
}

// Active is the account's active policy of kind; nil means the shipped default.
func (s *Service) Active(ctx context.Context, accountID int, kind enums.PolicyKind) (*policy.Version, error) {
	return nil, nil
}

func (s *Service) Policy(ctx context.Context, a *ent.Account, kind enums.PolicyKind) (*model.Policy, error) {
	return nil, apperr.Pending("account.policy")
}

func (s *Service) Update(ctx context.Context, kind enums.PolicyKind, source string) (*ent.PolicyVersion, error) {
	return nil, apperr.Pending("updatePolicy")
}

func (s *Service) Activate(ctx context.Context, kind enums.PolicyKind, version int) (*ent.PolicyVersion, error) {
	return nil, apperr.Pending("activatePolicyVersion")
}

func (s *Service) Evaluate(ctx context.Context, kind enums.PolicyKind, input any, source *string) (any, error) {
	return nil, apperr.Pending("evaluatePolicy")
}

func (s *Service) Presets() []*model.FloatingPreset {
	var out []*model.FloatingPreset
	for _, p := range policy.Presets() {
		src, _ := policy.PresetSource(p.Name)
		out = append(out, &model.FloatingPreset{Name: p.Name, Description: p.Description, Source: src})
	}
	return out
}

func (s *Service) SetPreset(ctx context.Context, accountID int, preset string) (*ent.PolicyVersion, error) {
	return nil, apperr.Pending("setFloatingPreset")
}

// FloatingPreset is the preset the account's active FLOATING policy was made from, if any.
func (s *Service) FloatingPreset(ctx context.Context, a *ent.Account) (*string, error) {
	return nil, apperr.Pending("account.floatingPreset")
}

// Initialize gives a new account its first policy versions inside the account's creation
// transaction: PERMISSIONS from the shipped default, FLOATING from the preset ("" = default).
func (s *Service) Initialize(ctx context.Context, tx *ent.Tx, accountID int, preset string, authorID *int) error {
	return apperr.Pending("policy initialization")
}
