// Package authz asks the policy engine whether the viewer may do an action on a resource:
// the shipped base policy, then the account's own PERMISSIONS policy.
package authz

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/policy"
)

// ActiveVersions finds an account's active policy version (nil: the shipped default).
type ActiveVersions interface {
	Active(ctx context.Context, accountID int, kind enums.PolicyKind) (*policy.Version, error)
}

// Authorizer decides with the embedded policy engine.
type Authorizer struct {
	engine   *policy.Engine
	versions ActiveVersions
	now      func() time.Time
	log      *slog.Logger
}

// New returns an Authorizer; versions may be nil (every account on the shipped default).
func New(engine *policy.Engine, versions ActiveVersions, now func() time.Time, log *slog.Logger) *Authorizer {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Authorizer{engine: engine, versions: versions, now: now, log: log}
}

// SetVersions wires the active-version lookup after construction (the policies service needs the Authorizer too).
func (a *Authorizer) SetVersions(v ActiveVersions) { a.versions = v }

// Resource is what an action is done to.
type Resource struct {
	Type      string
	ID        int
	AccountID int
	// Fields are the object's fields the policy may look at.
	Fields map[string]any
}

// Viewer returns the request's viewer, or UNAUTHENTICATED.
func Viewer(ctx context.Context) (*auth.Viewer, error) {
	v, ok := auth.ViewerFrom(ctx)
	if !ok {
		return nil, apperr.ErrUnauthenticated
	}
	return v, nil
}

// Require returns nil if the viewer may do action on res, else UNAUTHENTICATED or FORBIDDEN
// with the policy's reasons. Internal jobs (auth.WithSystem) are always allowed.
func (a *Authorizer) Require(ctx context.Context, action string, res Resource) error {
	if auth.IsSystem(ctx) {
		return nil
	}
	v, err := Viewer(ctx)
	if err != nil {
		return err
	}
	d, err := a.decide(ctx, v, action, res)
	if err != nil {
		a.log.WarnContext(ctx, "permission policy failed; denying", "action", action, "err", err)
	}
	if d.Allow {
		return nil
	}
	msg := "you may not " + describe(action)
	if len(d.Deny) > 0 {
		msg += ": " + strings.Join(d.Deny, "; ")
	}
	return apperr.New(apperr.Forbidden, "%s", msg)
}

// Explain reports whether the viewer may do action on res and, when not, the reasons in
// words: the same decision Require makes, as an answer rather than an error.
// Any other failure (no viewer) is returned as the error.
func (a *Authorizer) Explain(ctx context.Context, action string, res Resource) (bool, string, error) {
	err := a.Require(ctx, action, res)
	if err == nil {
		return true, "", nil
	}
	if e, ok := apperr.As(err); ok && e.Code == apperr.Forbidden {
		return false, e.Message, nil
	}
	return false, "", err
}

// Allowed reports whether the viewer may do action on res (no error for a plain "no").
func (a *Authorizer) Allowed(ctx context.Context, action string, res Resource) bool {
	return a.Require(ctx, action, res) == nil
}

func (a *Authorizer) decide(ctx context.Context, v *auth.Viewer, action string, res Resource) (policy.Decision, error) {
	if allowAll() { // always false outside -tags benchallowall
		return policy.Decision{Allow: true}, nil
	}
	var custom *policy.Version
	if v.AccountID != 0 && a.versions != nil && v.Role != auth.RoleSupport {
		var err error
		custom, err = a.versions.Active(ctx, v.AccountID, enums.PolicyPermissions)
		if err != nil {
			return policy.Decision{Deny: []string{"the account's permission policy could not be loaded"}}, err
		}
	}
	resource := make(map[string]any, len(res.Fields)+3)
	for k, val := range res.Fields {
		resource[k] = val
	}
	resource["type"] = res.Type
	if res.ID != 0 {
		resource["id"] = ID(res.ID)
	}
	if res.AccountID != 0 {
		resource["accountId"] = ID(res.AccountID)
	}
	return a.engine.Authorize(ctx, custom, policy.PermissionInput{
		Subject:  Subject(v),
		Action:   action,
		Resource: resource,
		Now:      a.now(),
	})
}

// Subject is the policy's view of a viewer.
func Subject(v *auth.Viewer) policy.Subject {
	s := policy.Subject{
		Kind:        v.Kind,
		Email:       v.Email,
		Role:        v.Role,
		Permissions: v.Permissions,
	}
	if v.Kind == auth.KindAPIToken {
		s.ID = ID(v.TokenID)
	} else {
		s.ID = ID(v.UserID)
	}
	if v.AccountID != 0 {
		s.AccountID = ID(v.AccountID)
	}
	if s.Permissions == nil {
		s.Permissions = []string{}
	}
	return s
}

// ID is how policies see an ID: the same string clients see.
func ID(id int) string { return strconv.Itoa(id) }

func describe(action string) string {
	return "do " + action
}
