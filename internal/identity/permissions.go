package identity

import (
	"context"
	"slices"
	"unicode/utf8"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/apitoken"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
)

// MaxPermissionQuestions bounds the actions one ViewerPermissions call asks about.
const MaxPermissionQuestions = 64

// maxActionLength bounds one action name (the contract's longest is 23 bytes).
const maxActionLength = 100

// ActionDecision is the policies' answer for one action.
type ActionDecision struct {
	Action  string
	Allowed bool
	// Reason says in words why not (nil when allowed).
	Reason *string
}

// ViewerPermissions answers, in the order asked, which of actions the viewer's policies allow:
// on the object objectID (any ID node() resolves for the viewer; others are NOT_FOUND), or
// without one on the viewer's own account (SUPPORT, who belongs to none: on no account).
// It is the same decision every operation makes, so a console can hide what would be refused.
func (s *Service) ViewerPermissions(ctx context.Context, actions []string, objectID *int) ([]*ActionDecision, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	if len(actions) > MaxPermissionQuestions {
		return nil, apperr.BadInputf("ask about at most %d actions at once (you asked %d)", MaxPermissionQuestions, len(actions))
	}
	for _, a := range actions {
		if a == "" || len(a) > maxActionLength || !utf8.ValidString(a) {
			return nil, apperr.BadInputf("an action is a name such as device.read, 1 to %d characters", maxActionLength)
		}
	}
	res := authz.Resource{Type: "account", ID: v.AccountID, AccountID: v.AccountID}
	if objectID != nil {
		n, err := s.Node(ctx, *objectID)
		if err != nil {
			return nil, err
		}
		_, res, _ = readAccess(n) // Node resolved it, so readAccess knows its type
	}
	out := make([]*ActionDecision, len(actions))
	for i, a := range actions {
		ok, reason, err := s.authz.Explain(ctx, a, res)
		if err != nil {
			return nil, err
		}
		d := &ActionDecision{Action: a, Allowed: ok}
		if !ok {
			d.Reason = &reason
		}
		out[i] = d
	}
	return out, nil
}

// KnownPermissions are the permission strings that mean something in the account: the shipped
// policy's, then those its users and API tokens were given (an account's own policy may give
// meaning to others), each once, for a frontend to offer as choices.
func (s *Service) KnownPermissions(ctx context.Context, a *ent.Account) ([]string, error) {
	if err := s.authz.Require(ctx, "user.read", authz.Resource{Type: "user", AccountID: a.ID}); err != nil {
		return nil, err
	}
	users, err := a.QueryUsers().Select(user.FieldPermissions).All(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not read the users' permissions")
	}
	tokens, err := a.QueryAPITokens().Select(apitoken.FieldPermissions).All(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not read the tokens' permissions")
	}
	out := slices.Clone(auth.AllPermissions)
	var extra []string
	add := func(ps []string) {
		for _, p := range ps {
			if !slices.Contains(out, p) && !slices.Contains(extra, p) {
				extra = append(extra, p)
			}
		}
	}
	for _, u := range users {
		add(u.Permissions)
	}
	for _, t := range tokens {
		add(t.Permissions)
	}
	slices.Sort(extra)
	return append(out, extra...), nil
}
