package policies

import (
	"context"
	"errors"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/policy"
)

// Evaluate is the dry run of evaluatePolicy: the viewer's account's active policy of kind,
// or source when given, on input; it writes nothing. Reading needs policy.read; a draft
// source needs policy.update, since compiling untrusted Rego is the editors' business.
// SUPPORT names an account with accountID, or dry-runs the shipped defaults or a draft.
func (s *Service) Evaluate(ctx context.Context, kind enums.PolicyKind, input any, source *string, accountID *int) (any, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	acct := v.AccountID
	if accountID != nil || v.AccountID != 0 {
		if _, acct, err = s.targetAccount(ctx, "evaluatePolicy", accountID); err != nil {
			return nil, err
		}
	}
	action := "policy.read"
	if source != nil {
		action = "policy.update"
	}
	if err := s.authz.Require(ctx, action, policyResource(acct, kind)); err != nil {
		return nil, err
	}
	doc, ok := input.(map[string]any)
	if !ok {
		return nil, apperr.BadInputf("input must be a JSON object, the document the policy reads as `input` (see API.md, \"The policy contract\")")
	}
	var custom *policy.Version
	if source == nil && acct != 0 {
		if custom, err = s.Active(ctx, acct, kind); err != nil {
			return nil, err
		}
	}
	out, err := s.engine.Evaluate(ctx, policy.Kind(kind), custom, source, doc)
	if err == nil {
		return out, nil
	}
	var inv *policy.InvalidError
	var badInput *policy.InputError
	switch {
	case errors.As(err, &inv):
		return nil, invalidPolicy(err, "the draft policy does not pass the checks")
	case errors.Is(err, policy.ErrBusy):
		return nil, draftBusy(err)
	case errors.As(err, &badInput):
		return nil, apperr.BadInputf("input: %s", badInput.Reason)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case errors.Is(err, policy.ErrLimit), errors.Is(err, context.DeadlineExceeded):
		return nil, apperr.Wrap(apperr.PolicyInvalid, err,
			"the policy is too costly on this input, so in service it would deny (or grant no license): %v", err)
	}
	// Evaluation failed on this input: in service the request would be denied (fail closed).
	return nil, apperr.Wrap(apperr.PolicyInvalid, err,
		"the policy failed on this input, so in service it would deny (or grant no license): %v", err)
}
