package events

import (
	"context"
	"encoding/base64"
	"log/slog"
	"strconv"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph/model"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
)

// Service reads the event log and fans events out to subscribers and webhooks.
type Service struct {
	db    *database.DB
	authz *authz.Authorizer
	now   func() time.Time
	log   *slog.Logger
}

// New returns the events service.
func New(db *database.DB, az *authz.Authorizer, now func() time.Time, log *slog.Logger) *Service {
	return &Service{db: db, authz: az, now: now, log: log}
}

// Committed is told, after commit, that accountID has events up to seq (Notifier).
func (s *Service) Committed(accountID int, seq int64) {}

// Cursor is the event's opaque, ordered cursor: the same string as its edge cursor.
func Cursor(e *ent.LicenseEvent) string {
	return base64.RawURLEncoding.EncodeToString([]byte("ev:" + strconv.FormatInt(e.Seq, 10)))
}

func (s *Service) List(ctx context.Context, first *int, after *string, accountID *int, types []enums.LicenseEventType, deviceID *int) (*ent.LicenseEventConnection, error) {
	return nil, apperr.Pending("licenseEvents")
}

func (s *Service) Subscribe(ctx context.Context, after *string, accountID *int) (<-chan *ent.LicenseEvent, error) {
	return nil, apperr.Pending("subscription licenseEvents")
}

func (s *Service) Webhooks(ctx context.Context, a *ent.Account) ([]*ent.Webhook, error) {
	return nil, apperr.Pending("account.webhooks")
}

func (s *Service) CreateWebhook(ctx context.Context, in model.CreateWebhookInput) (*ent.Webhook, error) {
	return nil, apperr.Pending("createWebhook")
}

func (s *Service) UpdateWebhook(ctx context.Context, id int, in model.UpdateWebhookInput) (*ent.Webhook, error) {
	return nil, apperr.Pending("updateWebhook")
}

func (s *Service) DeleteWebhook(ctx context.Context, id int) (int, error) {
	return 0, apperr.Pending("deleteWebhook")
}

// WebhookEventTypes are the event types a webhook receives (empty: all).
func WebhookEventTypes(w *ent.Webhook) []enums.LicenseEventType {
	out := make([]enums.LicenseEventType, 0, len(w.EventTypes))
	for _, t := range w.EventTypes {
		out = append(out, enums.LicenseEventType(t))
	}
	return out
}
