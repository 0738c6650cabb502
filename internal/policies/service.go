// Package policies keeps every version of each account's PERMISSIONS and FLOATING Rego,
// checks new ones before they become active, and finds the active one fast.
package policies

import (
	"context"
	"errors"
	"fmt"
	"github.com/countthings/countthings/ent/account"
	"log/slog"
	"strings"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/policyversion"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
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
	active *activeCache
}

// New returns the policies service.
func New(db *database.DB, az *authz.Authorizer, engine *policy.Engine, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Service{db: db, authz: az, engine: engine, now: now, log: log, active: newActiveCache()}
}

// Policy is the account's policy of kind: the active version and every version, newest first.
func (s *Service) Policy(ctx context.Context, a *ent.Account, kind enums.PolicyKind) (*Policy, error) {
	if err := s.authz.Require(ctx, "policy.read", policyResource(a.ID, kind)); err != nil {
		return nil, err
	}
	versions, err := s.versions(ctx, a.ID, kind)
	if err != nil {
		return nil, err
	}
	if len(versions) == 0 {
		// An account made before policies were versioned: give it its shipped default as version 1.
		if err := s.ensureFirst(ctx, a.ID, kind); err != nil {
			return nil, err
		}
		if versions, err = s.versions(ctx, a.ID, kind); err != nil {
			return nil, err
		}
	}
	out := &Policy{Kind: kind, Versions: versions}
	for _, v := range versions {
		if v.Active {
			out.Active = v
		}
	}
	if out.Active == nil {
		return nil, fmt.Errorf("account %d has no active %s policy", a.ID, kind)
	}
	return out, nil
}

func (s *Service) versions(ctx context.Context, accountID int, kind enums.PolicyKind) ([]*ent.PolicyVersion, error) {
	return s.db.Client.PolicyVersion.Query().
		Where(policyversion.AccountID(accountID), policyversion.KindEQ(kind)).
		Order(ent.Desc(policyversion.FieldVersion)).
		All(ctx)
}

// Presets lists the shipped FLOATING strategies SUPPORT may choose from.
func (s *Service) Presets() []*FloatingPreset {
	var out []*FloatingPreset
	for _, p := range policy.Presets() {
		src, _ := policy.PresetSource(p.Name)
		out = append(out, &FloatingPreset{Preset: policy.PresetName(p.Name), Name: p.Name, Description: p.Description, Source: src})
	}
	return out
}

// FloatingPreset is the preset the account's active FLOATING policy was made from, if any.
func (s *Service) FloatingPreset(ctx context.Context, a *ent.Account) (*string, error) {
	if err := s.authz.Require(ctx, "policy.read", policyResource(a.ID, enums.PolicyFloating)); err != nil {
		return nil, err
	}
	pv, err := s.db.Client.PolicyVersion.Query().
		Where(policyversion.AccountID(a.ID), policyversion.KindEQ(enums.PolicyFloating), policyversion.Active(true)).
		Only(ctx)
	if ent.IsNotFound(err) {
		name := defaultPreset() // no version yet: the shipped default applies
		return &name, nil
	}
	if err != nil {
		return nil, err
	}
	return pv.Preset, nil
}

// presetSource validates a preset name ("" is the default) and returns its name and Rego.
func presetSource(name string) (string, string, error) {
	if name == "" {
		name = defaultPreset()
	}
	src, ok := policy.PresetSource(name)
	if !ok {
		return "", "", apperr.BadInputf("unknown floating preset %q: choose one of %s", name, presetNames())
	}
	return name, src, nil
}

func presetNames() string {
	var names []string
	for _, p := range policy.Presets() {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func defaultPreset() string {
	for _, p := range policy.Presets() {
		if p.Default {
			return p.Name
		}
	}
	return policy.Presets()[0].Name
}

// policyResource is what policy.read and policy.update are checked on.
func policyResource(accountID int, kind enums.PolicyKind) authz.Resource {
	return authz.Resource{Type: "policy", AccountID: accountID, Fields: map[string]any{"kind": string(kind)}}
}

// targetAccount is the account whose policies the viewer works on: its own, or for SUPPORT
// the one named by accountID. Another account's ID answers like a missing one.
func (s *Service) targetAccount(ctx context.Context, op string, accountID *int) (*auth.Viewer, int, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, 0, err
	}
	if v.AccountID != 0 {
		if accountID != nil && *accountID != v.AccountID {
			return nil, 0, apperr.NotFoundf("no account with this ID")
		}
		return v, v.AccountID, nil
	}
	if accountID == nil {
		return nil, 0, apperr.BadInputf("%s: you belong to no account; pass accountId to say whose policy", op)
	}
	ok, err := s.db.Client.Account.Query().Where(account.ID(*accountID)).Exist(ctx)
	if err != nil {
		return nil, 0, err
	}
	if !ok {
		return nil, 0, apperr.NotFoundf("no account with this ID")
	}
	return v, *accountID, nil
}

// invalidPolicy turns the engine's refusal into POLICY_INVALID with every problem and its line.
func invalidPolicy(err error, lead string) error {
	var inv *policy.InvalidError
	if !errors.As(err, &inv) {
		return draftBusy(err)
	}
	var msgs []string
	problems := make([]map[string]any, 0, len(inv.Problems))
	for _, p := range inv.Problems {
		msg := p.Message
		if p.Line > 0 {
			msg = fmt.Sprintf("line %d, column %d: %s", p.Line, p.Col, p.Message)
		}
		msgs = append(msgs, msg)
		problems = append(problems, map[string]any{"line": p.Line, "column": p.Col, "message": p.Message})
	}
	return apperr.Wrap(apperr.PolicyInvalid, err, "%s: %s", lead, strings.Join(msgs, "; ")).
		WithDetails(map[string]any{"problems": problems})
}

// draftBusy answers RATE_LIMITED when every worker checking drafts is busy and the queue is full.
func draftBusy(err error) error {
	if errors.Is(err, policy.ErrBusy) {
		return apperr.Wrap(apperr.RateLimited, err, "too many policy drafts are being checked at once: try again in a second").
			WithDetails(map[string]any{"retryAfterSeconds": 1})
	}
	return err
}

// lockAccount serialises version changes of one account; NOT_FOUND if it does not exist.
func (s *Service) lockAccount(ctx context.Context, tx *ent.Tx, accountID int) error {
	if _, err := s.db.LockAccount(ctx, tx, accountID); err != nil {
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("account not found")
		}
		return err
	}
	return nil
}

// userAuthor is who a viewer's change is credited to: its user, if it has one.
func userAuthor(v *auth.Viewer) *int {
	if v.UserID == 0 {
		return nil
	}
	id := v.UserID
	return &id
}
