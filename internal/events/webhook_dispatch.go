package events

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/webhook"
	"github.com/countthings/countthings/ent/webhookdelivery"
	"github.com/countthings/countthings/internal/database"
)

const (
	enqueueBatch = 500
	claimBatch   = 20
	// lease is how long a claimed delivery is left to the process that claimed it; if that
	// process dies mid-attempt, another one retries after it.
	lease = 2 * time.Minute
)

// The dispatcher runs on the wall clock, not the service's clock: retries and the signed
// timestamp are about real time.
func wallNow() time.Time { return time.Now().UTC() }

func (s *Service) dispatchLoop(ctx context.Context) {
	client := &http.Client{
		Timeout:   s.opt.WebhookTimeout,
		Transport: webhookTransport(s.opt.WebhookAllowPrivate),
		// A redirect is an answer, not a place to send the signed body again.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	// Woken by every event (this process's commits, other processes' NOTIFY) and every
	// webhook change; otherwise asleep until the next retry is due, or the safety poll.
	timer := time.NewTimer(0)
	defer timer.Stop()
	<-timer.C
	for {
		if err := s.enqueue(ctx); err != nil && ctx.Err() == nil {
			s.log.WarnContext(ctx, "webhooks: queueing deliveries failed", "err", err)
		}
		for ctx.Err() == nil {
			n, err := s.deliverDue(ctx, client)
			if err != nil && ctx.Err() == nil {
				s.log.WarnContext(ctx, "webhooks: claiming deliveries failed", "err", err)
			}
			if n < claimBatch {
				break
			}
		}
		timer.Reset(s.nextWake(ctx))
		select {
		case <-ctx.Done():
			return
		case <-s.dispatch:
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
		case <-timer.C:
		}
	}
}

// nextWake is how long the dispatcher may sleep: until the earliest pending delivery of an
// active webhook is due (a retry, or a lease of a process that died mid-attempt), at most
// the safety poll (DispatchInterval), which covers a lost notification.
func (s *Service) nextWake(ctx context.Context) time.Duration {
	wait := s.opt.DispatchInterval
	// (Pending deliveries always have a next attempt: enqueue and attempt set it.)
	d, err := s.db.Client.WebhookDelivery.Query().
		Where(webhookdelivery.StatusEQ(enums.DeliveryPending), webhookdelivery.NextAttemptAtNotNil(),
			webhookdelivery.HasWebhookWith(webhook.Active(true))).
		Order(ent.Asc(webhookdelivery.FieldNextAttemptAt)).First(ctx)
	switch {
	case ent.IsNotFound(err):
	case err != nil:
		if ctx.Err() == nil {
			s.log.WarnContext(ctx, "webhooks: reading the next attempt failed", "err", err)
		}
		return min(wait, time.Second)
	default:
		wait = min(wait, max(time.Until(*d.NextAttemptAt), 0))
	}
	return wait
}

// enqueue creates the deliveries of the events each active webhook has not queued yet.
func (s *Service) enqueue(ctx context.Context) error {
	rows, err := s.db.SQL.QueryContext(ctx, `SELECT w.id FROM webhooks w JOIN accounts a ON a.id = w.account_id WHERE w.active AND a.event_seq > w.cursor_seq`)
	if err != nil {
		return err
	}
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, id := range ids {
		for {
			n, err := s.enqueueFor(ctx, id)
			if err != nil {
				return fmt.Errorf("webhook %d: %w", id, err)
			}
			if n < enqueueBatch {
				break
			}
		}
	}
	return nil
}

// enqueueFor queues one batch for a webhook under its row lock, so two processes never queue
// the same events (the other skips the locked row).
func (s *Service) enqueueFor(ctx context.Context, id int) (read int, err error) {
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		q := tx.Webhook.Query().Where(webhook.ID(id), webhook.Active(true))
		if !s.db.IsSQLite() {
			q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
		}
		w, err := q.Only(ctx)
		if ent.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		evs, err := tx.LicenseEvent.Query().
			Where(licenseevent.AccountID(w.AccountID), licenseevent.SeqGT(w.CursorSeq)).
			Order(ent.Asc(licenseevent.FieldSeq)).Limit(enqueueBatch).All(ctx)
		if err != nil || len(evs) == 0 {
			return err
		}
		read = len(evs)
		now := wallNow()
		var creates []*ent.WebhookDeliveryCreate
		for _, ev := range evs {
			if len(w.EventTypes) == 0 || slices.Contains(w.EventTypes, string(ev.Type)) {
				creates = append(creates, tx.WebhookDelivery.Create().
					SetWebhookID(w.ID).SetEventID(ev.ID).SetNextAttemptAt(now))
			}
		}
		if len(creates) > 0 {
			if err := tx.WebhookDelivery.CreateBulk(creates...).
				OnConflictColumns(webhookdelivery.FieldWebhookID, webhookdelivery.FieldEventID).DoNothing().Exec(ctx); err != nil {
				return err
			}
		}
		return tx.Webhook.UpdateOneID(w.ID).SetCursorSeq(evs[len(evs)-1].Seq).Exec(ctx)
	})
	return read, err
}

// deliverDue claims due deliveries (SKIP LOCKED: each goes to one process), leases them,
// and attempts them concurrently. It returns how many it claimed.
func (s *Service) deliverDue(ctx context.Context, client *http.Client) (int, error) {
	now := wallNow()
	var claimed []*ent.WebhookDelivery
	err := database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		q := tx.WebhookDelivery.Query().
			Where(
				webhookdelivery.StatusEQ(enums.DeliveryPending),
				webhookdelivery.Or(webhookdelivery.NextAttemptAtIsNil(), webhookdelivery.NextAttemptAtLTE(now)),
				webhookdelivery.HasWebhookWith(webhook.Active(true)),
			).
			Order(ent.Asc(webhookdelivery.FieldNextAttemptAt), ent.Asc(webhookdelivery.FieldID)).
			Limit(claimBatch)
		if !s.db.IsSQLite() {
			q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
		}
		ds, err := q.All(ctx)
		if err != nil || len(ds) == 0 {
			return err
		}
		ids := make([]int, len(ds))
		for i, d := range ds {
			ids[i] = d.ID
		}
		if err := tx.WebhookDelivery.Update().Where(webhookdelivery.IDIn(ids...)).
			SetNextAttemptAt(now.Add(lease)).Exec(ctx); err != nil {
			return err
		}
		claimed = ds
		return nil
	})
	if err != nil {
		return 0, err
	}
	var wg sync.WaitGroup
	for _, d := range claimed {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.attempt(ctx, client, d)
		}()
	}
	wg.Wait()
	return len(claimed), nil
}

// attempt POSTs one delivery and records the outcome.
func (s *Service) attempt(ctx context.Context, client *http.Client, d *ent.WebhookDelivery) {
	w, err := s.db.Client.Webhook.Get(ctx, d.WebhookID)
	if err != nil {
		return // deleted meanwhile: its deliveries went with it
	}
	ev, err := s.db.Client.LicenseEvent.Get(ctx, d.EventID)
	if err != nil {
		return
	}
	body, err := json.Marshal(Payload(ev))
	if err != nil {
		s.log.ErrorContext(ctx, "webhooks: encoding the payload failed", "delivery", d.ID, "err", err)
		return
	}
	ts := strconv.FormatInt(wallNow().Unix(), 10)
	code, aerr := post(ctx, client, w, d, ev, ts, body)
	if ctx.Err() != nil {
		return // shutting down: the lease runs out and the delivery is retried
	}
	attempts := d.Attempts + 1
	upd := s.db.Client.WebhookDelivery.UpdateOneID(d.ID).SetAttempts(attempts)
	if code != 0 {
		upd.SetLastStatusCode(code)
	} else {
		upd.ClearLastStatusCode()
	}
	outcome := AttemptRetry
	switch {
	case aerr == nil:
		outcome = AttemptDelivered
		upd.SetStatus(enums.DeliveryDelivered).SetDeliveredAt(wallNow()).ClearNextAttemptAt().ClearLastError()
	case attempts >= s.opt.WebhookMaxAttempts:
		outcome = AttemptFailed
		upd.SetStatus(enums.DeliveryFailed).ClearNextAttemptAt().SetLastError(deliveryError(aerr, code))
	default:
		upd.SetNextAttemptAt(wallNow().Add(s.backoff(attempts))).SetLastError(deliveryError(aerr, code))
	}
	defer s.observeAttempt(outcome)
	if aerr != nil {
		s.log.InfoContext(ctx, "webhooks: attempt failed", "delivery", d.ID, "webhook", w.ID, "err", aerr)
	}
	if err := upd.Exec(ctx); err != nil && !ent.IsNotFound(err) {
		s.log.WarnContext(ctx, "webhooks: recording an attempt failed", "delivery", d.ID, "err", err)
	}
}

// backoff is the wait after the n-th failed attempt: base · 2^(n-1), capped.
func (s *Service) backoff(n int) time.Duration {
	d := s.opt.WebhookBackoff
	for i := 1; i < n && d < s.opt.WebhookMaxBackoff; i++ {
		d *= 2
	}
	return min(d, s.opt.WebhookMaxBackoff)
}

func post(ctx context.Context, client *http.Client, w *ent.Webhook, d *ent.WebhookDelivery, ev *ent.LicenseEvent, ts string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "CountThings-Webhooks/1")
	req.Header.Set("X-CountThings-Event", string(ev.Type))
	req.Header.Set("X-CountThings-Delivery", strconv.Itoa(d.ID))
	req.Header.Set("X-CountThings-Timestamp", ts)
	req.Header.Set("X-CountThings-Signature", "sha256="+Sign(w.Secret, ts, body))
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("the endpoint answered %s", resp.Status)
	}
	return resp.StatusCode, nil
}

// Sign is the hex HMAC-SHA256, keyed with the webhook's secret, of timestamp + "." + body.
func Sign(secret, timestamp string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(timestamp))
	m.Write([]byte("."))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// WebhookPayload is the JSON body of a delivery: the event as the GraphQL API shows it.
type WebhookPayload struct {
	ID               string  `json:"id"`
	Cursor           string  `json:"cursor"`
	Sequence         int64   `json:"sequence"`
	Type             string  `json:"type"`
	OccurredAt       string  `json:"occurredAt"`
	AccountID        string  `json:"accountId"`
	Pool             *string `json:"pool"`
	DeviceID         *string `json:"deviceId"`
	PreviousDeviceID *string `json:"previousDeviceId"`
	UserID           *string `json:"userId"`
	UserEmail        *string `json:"userEmail"`
	ActorID          *string `json:"actorId"`
	ActorEmail       *string `json:"actorEmail"`
	Reason           *string `json:"reason"`
}

// Payload is the delivery body of an event.
func Payload(ev *ent.LicenseEvent) WebhookPayload {
	p := WebhookPayload{
		ID:               strconv.Itoa(ev.ID),
		Cursor:           Cursor(ev),
		Sequence:         ev.Seq,
		Type:             string(ev.Type),
		OccurredAt:       ev.OccurredAt.UTC().Format(time.RFC3339Nano),
		AccountID:        strconv.Itoa(ev.AccountID),
		DeviceID:         idString(ev.DeviceID),
		PreviousDeviceID: idString(ev.PreviousDeviceID),
		UserID:           idString(ev.UserID),
		UserEmail:        ev.UserEmail,
		ActorID:          idString(ev.ActorID),
		ActorEmail:       ev.ActorEmail,
		Reason:           ev.Reason,
	}
	if ev.Pool != nil {
		s := string(*ev.Pool)
		p.Pool = &s
	}
	return p
}

func idString(id *int) *string {
	if id == nil {
		return nil
	}
	s := strconv.Itoa(*id)
	return &s
}
