package events

import (
	"context"
	"github.com/countthings/countthings/internal/paging"
	"net/url"
	"slices"
	"strings"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/webhook"
	"github.com/countthings/countthings/ent/webhookdelivery"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
)

// webhookAction guards registering, changing, listing and deleting webhooks. ADMIN holds it
// in its own account (base policy) and SUPPORT everywhere; an account's own PERMISSIONS
// policy may grant it to operators or API tokens.
const webhookAction = "webhook.manage"

const (
	minSecret = 16
	maxSecret = 256
	maxURL    = 2000
)

// Webhooks lists the account's webhooks.
func (s *Service) Webhooks(ctx context.Context, a *ent.Account) ([]*ent.Webhook, error) {
	if err := s.authz.Require(ctx, webhookAction, authz.Resource{Type: "webhook", AccountID: a.ID}); err != nil {
		return nil, err
	}
	hooks, err := s.db.Client.Webhook.Query().Where(webhook.AccountID(a.ID)).Order(ent.Asc(webhook.FieldID)).All(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading webhooks failed")
	}
	return hooks, nil
}

// CreateWebhookInput is a new webhook (GraphQL's CreateWebhookInput is bound to it).
type CreateWebhookInput struct {
	URL        string                   `json:"url"`
	Secret     string                   `json:"secret"`
	EventTypes []enums.LicenseEventType `json:"eventTypes,omitempty"`
}

// UpdateWebhookInput changes what is set (GraphQL's UpdateWebhookInput is bound to it).
type UpdateWebhookInput struct {
	URL        *string                  `json:"url,omitempty"`
	Secret     *string                  `json:"secret,omitempty"`
	EventTypes []enums.LicenseEventType `json:"eventTypes,omitempty"`
	Active     *bool                    `json:"active,omitempty"`
}

// CreateWebhook registers an endpoint of the viewer's account. It receives the events
// committed from now on.
func (s *Service) CreateWebhook(ctx context.Context, in CreateWebhookInput) (*ent.Webhook, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.AccountID == 0 {
		return nil, apperr.BadInputf("webhooks belong to an enterprise account: sign in as its admin to register one")
	}
	if err := s.authz.Require(ctx, webhookAction, authz.Resource{Type: "webhook", AccountID: v.AccountID}); err != nil {
		return nil, err
	}
	u, err := s.checkURL(ctx, in.URL)
	if err != nil {
		return nil, err
	}
	if err := checkSecret(in.Secret); err != nil {
		return nil, err
	}
	acct, err := s.db.Client.Account.Query().Where(account.ID(v.AccountID)).Only(auth.WithSystem(ctx))
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading the account failed")
	}
	w, err := s.db.Client.Webhook.Create().
		SetAccountID(acct.ID).
		SetURL(u).
		SetSecret(in.Secret).
		SetEventTypes(typeStrings(in.EventTypes)).
		SetCursorSeq(acct.EventSeq).
		Save(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "saving the webhook failed")
	}
	return w, nil
}

// UpdateWebhook changes a webhook; a paused one (active false) keeps its place in the log
// and, resumed, gets the events committed meanwhile.
func (s *Service) UpdateWebhook(ctx context.Context, id int, in UpdateWebhookInput) (*ent.Webhook, error) {
	w, err := s.ownWebhook(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := w.Update()
	if in.URL != nil {
		u, err := s.checkURL(ctx, *in.URL)
		if err != nil {
			return nil, err
		}
		upd.SetURL(u)
	}
	if in.Secret != nil {
		if err := checkSecret(*in.Secret); err != nil {
			return nil, err
		}
		upd.SetSecret(*in.Secret)
	}
	if in.EventTypes != nil {
		upd.SetEventTypes(typeStrings(in.EventTypes))
	}
	if in.Active != nil {
		upd.SetActive(*in.Active)
	}
	w, err = upd.Save(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "saving the webhook failed")
	}
	if w.Active {
		s.wakeDispatcher()
	}
	return w, nil
}

// DeleteWebhook removes a webhook and its deliveries.
func (s *Service) DeleteWebhook(ctx context.Context, id int) (int, error) {
	w, err := s.ownWebhook(ctx, id)
	if err != nil {
		return 0, err
	}
	if err := s.db.Client.Webhook.DeleteOne(w).Exec(ctx); err != nil && !ent.IsNotFound(err) {
		return 0, apperr.Wrap(apperr.Internal, err, "deleting the webhook failed")
	}
	return id, nil
}

// ownWebhook finds a webhook the viewer may manage; one of another account is as absent as
// one that does not exist.
func (s *Service) ownWebhook(ctx context.Context, id int) (*ent.Webhook, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	q := s.db.Client.Webhook.Query().Where(webhook.ID(id))
	if v.Role != auth.RoleSupport {
		q.Where(webhook.AccountID(v.AccountID))
	}
	w, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("there is no webhook with id %d in your account", id)
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading the webhook failed")
	}
	if err := s.authz.Require(ctx, webhookAction, authz.Resource{Type: "webhook", ID: w.ID, AccountID: w.AccountID}); err != nil {
		return nil, err
	}
	return w, nil
}

// checkURL checks a webhook URL's shape and, unless private endpoints are allowed, its host.
func (s *Service) checkURL(ctx context.Context, raw string) (string, error) {
	u, err := checkURLShape(raw)
	if err != nil || s.opt.WebhookAllowPrivate {
		return u, err
	}
	parsed, _ := url.Parse(u)
	return u, checkHost(ctx, parsed.Hostname())
}

func checkURLShape(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if len(raw) > maxURL {
		return "", apperr.BadInputf("the webhook URL is longer than %d characters", maxURL)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Hostname() == "" {
		return "", apperr.BadInputf("the webhook URL must be an absolute http:// or https:// URL, such as https://example.com/countthings")
	}
	if u.User != nil {
		return "", apperr.BadInputf("the webhook URL must not carry a user name or password: authenticate with the signature instead")
	}
	if u.Fragment != "" {
		return "", apperr.BadInputf("the webhook URL must not have a #fragment")
	}
	return raw, nil
}

func checkSecret(secret string) error {
	if n := len(secret); n < minSecret || n > maxSecret {
		return apperr.BadInputf("the webhook secret must be %d to %d characters long; use a random string", minSecret, maxSecret)
	}
	return nil
}

func typeStrings(types []enums.LicenseEventType) []string {
	out := make([]string, 0, len(types))
	for _, t := range types {
		if !slices.Contains(out, string(t)) {
			out = append(out, string(t))
		}
	}
	return out
}

// Deliveries are a webhook's most recent deliveries, newest first (first: default 50, at most 100).
func (s *Service) Deliveries(ctx context.Context, w *ent.Webhook, first *int) ([]*ent.WebhookDelivery, error) {
	n, err := paging.Size(first, paging.Default)
	if err != nil {
		return nil, err
	}
	if err := s.authz.Require(ctx, webhookAction, authz.Resource{Type: "webhook", ID: w.ID, AccountID: w.AccountID}); err != nil {
		return nil, err
	}
	ds, err := w.QueryDeliveries().Order(ent.Desc(webhookdelivery.FieldID)).Limit(n).All(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading webhook deliveries failed")
	}
	return ds, nil
}
