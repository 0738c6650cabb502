package identity

import (
	"context"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
)

var errNoNode = apperr.NotFoundf("no object with this ID")

// Node resolves any ID the viewer may see; others answer NOT_FOUND, whether or not they exist.
func (s *Service) Node(ctx context.Context, id int) (ent.Noder, error) {
	if _, err := authz.Viewer(ctx); err != nil {
		return nil, err
	}
	n, err := s.db.Client.Noder(ctx, id)
	if err != nil || n == nil {
		return nil, errNoNode
	}
	action, res, ok := readAccess(n)
	if !ok || !s.authz.Allowed(ctx, action, res) {
		return nil, errNoNode
	}
	return n, nil
}

// readAccess is the action that reading n needs, and n as the policy sees it.
func readAccess(n ent.Noder) (string, authz.Resource, bool) {
	switch n := n.(type) {
	case *ent.User:
		return "user.read", userResource(n), true
	case *ent.Account:
		return "account.read", authz.Resource{Type: "account", ID: n.ID, AccountID: n.ID}, true
	case *ent.Device:
		return "device.read", authz.Resource{Type: "device", ID: n.ID, AccountID: n.AccountID,
			Fields: map[string]any{"code": n.Code, "inactive": n.Inactive}}, true
	case *ent.License:
		return "device.read", authz.Resource{Type: "license", ID: n.ID, AccountID: n.AccountID,
			Fields: map[string]any{"pool": string(n.Pool), "status": string(n.Status)}}, true
	case *ent.LicenseEvent:
		return "event.read", authz.Resource{Type: "event", ID: n.ID, AccountID: n.AccountID,
			Fields: map[string]any{"eventType": string(n.Type)}}, true
	case *ent.PolicyVersion:
		return "policy.read", authz.Resource{Type: "policy", ID: n.ID, AccountID: n.AccountID,
			Fields: map[string]any{"kind": string(n.Kind), "version": n.Version}}, true
	case *ent.APIToken:
		return "user.read", tokenResource(n), true
	case *ent.AccountRequest:
		return "accountrequest.read", authz.Resource{Type: "accountrequest", ID: n.ID}, true
	case *ent.Webhook:
		return "event.read", authz.Resource{Type: "webhook", ID: n.ID, AccountID: n.AccountID}, true
	case *ent.WebhookDelivery:
		// The delivery's webhook was visible to the tenant filter, hence in the viewer's account
		// (or the viewer is SUPPORT); the policy decides on the action.
		return "event.read", authz.Resource{Type: "webhookdelivery", ID: n.ID}, true
	}
	return "", authz.Resource{}, false
}

// MaxNodes caps the IDs one nodes(ids:) call resolves.
const MaxNodes = 100

// Nodes resolves each of ids as Node does: nodes[i] is the object, or nil with errs[i] the
// NOT_FOUND Node would answer. The call itself fails only for an unauthenticated viewer or
// more than MaxNodes IDs (BAD_USER_INPUT).
func (s *Service) Nodes(ctx context.Context, ids []int) (nodes []ent.Noder, errs []error, err error) {
	if _, err := authz.Viewer(ctx); err != nil {
		return nil, nil, err
	}
	if len(ids) > MaxNodes {
		return nil, nil, apperr.BadInputf("ids has %d IDs: at most %d per call", len(ids), MaxNodes)
	}
	nodes = make([]ent.Noder, len(ids))
	errs = make([]error, len(ids))
	for i, id := range ids {
		nodes[i], errs[i] = s.Node(ctx, id)
	}
	return nodes, errs, nil
}
