package events

import (
	"context"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
)

// Redeliver sends a delivery again from its first attempt (a FAILED one the endpoint can now
// take, or a DELIVERED one the receiver lost): it becomes PENDING, due now, with its attempts
// reset, and keeps its id so the receiver can still drop a repeat.
func (s *Service) Redeliver(ctx context.Context, deliveryID int) (*ent.WebhookDelivery, error) {
	d, err := s.db.Client.WebhookDelivery.Get(ctx, deliveryID)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("there is no webhook delivery with this id in your account")
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading the delivery failed")
	}
	if _, err := s.ownWebhook(ctx, d.WebhookID); err != nil {
		if e, ok := apperr.As(err); ok && e.Code == apperr.NotFound {
			return nil, apperr.NotFoundf("there is no webhook delivery with this id in your account")
		}
		return nil, err
	}
	d, err = s.db.Client.WebhookDelivery.UpdateOne(d).SetStatus(enums.DeliveryPending).SetAttempts(0).
		SetNextAttemptAt(wallNow()).ClearLastError().ClearDeliveredAt().Save(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "queueing the delivery again failed")
	}
	s.wakeDispatcher()
	return d, nil
}
