package events

import (
	"context"

	"entgo.io/contrib/entgql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/webhook"
	"github.com/countthings/countthings/ent/webhookdelivery"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/paging"
)

// WebhookPage is the account's webhooks as a Relay connection, oldest first; it needs
// webhook.manage, as Webhooks does.
func (s *Service) WebhookPage(ctx context.Context, a *ent.Account, first *int, after *string) (*ent.WebhookConnection, error) {
	if v, err := authz.Viewer(ctx); err == nil && v.AccountID != 0 && v.AccountID != a.ID {
		return nil, apperr.NotFoundf("no such account")
	}
	if err := s.authz.Require(ctx, webhookAction, authz.Resource{Type: "webhook", AccountID: a.ID}); err != nil {
		return nil, err
	}
	n, cursor, err := pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	conn, err := s.db.Client.Webhook.Query().Where(webhook.AccountID(a.ID)).Paginate(ctx, cursor, &n, nil, nil)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading webhooks failed")
	}
	return conn, nil
}

// DeliveryPage is a webhook's deliveries as a Relay connection, newest first; it needs
// webhook.manage on the webhook, as Deliveries does.
func (s *Service) DeliveryPage(ctx context.Context, w *ent.Webhook, first *int, after *string) (*ent.WebhookDeliveryConnection, error) {
	if v, err := authz.Viewer(ctx); err == nil && v.AccountID != 0 && v.AccountID != w.AccountID {
		return nil, apperr.NotFoundf("no such webhook")
	}
	if err := s.authz.Require(ctx, webhookAction, authz.Resource{Type: "webhook", ID: w.ID, AccountID: w.AccountID}); err != nil {
		return nil, err
	}
	n, cursor, err := pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	conn, err := s.db.Client.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(w.ID)).
		Paginate(ctx, cursor, &n, nil, nil, ent.WithWebhookDeliveryOrder(&ent.WebhookDeliveryOrder{Direction: entgql.OrderDirectionDesc}))
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading webhook deliveries failed")
	}
	return conn, nil
}

func pageArgs(first *int, after *string) (int, *ent.Cursor, error) {
	n, err := paging.Size(first, paging.Default)
	if err != nil {
		return 0, nil, err
	}
	c, err := paging.Cursor(after)
	if err != nil {
		return 0, nil, err
	}
	return n, c, nil
}
