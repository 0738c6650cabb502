package events

import (
	"context"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/webhookdelivery"
	"github.com/countthings/countthings/internal/auth"
)

// The outcomes of a webhook delivery attempt.
const (
	AttemptDelivered = "delivered" // the endpoint answered 2xx: the delivery is DELIVERED
	AttemptRetry     = "retry"     // it did not: the delivery stays PENDING until its next attempt
	AttemptFailed    = "failed"    // it did not, on the last attempt: the delivery is FAILED
)

// AttemptOutcomes lists the outcomes of a delivery attempt.
var AttemptOutcomes = []string{AttemptDelivered, AttemptRetry, AttemptFailed}

// OnDeliveryAttempt has f told the outcome of every webhook delivery attempt (for metrics).
func (s *Service) OnDeliveryAttempt(f func(outcome string)) { s.attempted = f }

func (s *Service) observeAttempt(outcome string) {
	if s.attempted != nil {
		s.attempted(outcome)
	}
}

// PendingDeliveries counts the webhook deliveries of every account still to be made (PENDING:
// not yet attempted, being attempted, or waiting for a retry), in the database: the queue of
// every instance.
func (s *Service) PendingDeliveries(ctx context.Context) (int, error) {
	return s.db.Client.WebhookDelivery.Query().
		Where(webhookdelivery.StatusEQ(enums.DeliveryPending)).
		Count(auth.WithSystem(ctx))
}
