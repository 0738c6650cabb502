package usage

import (
	"context"
	"fmt"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/usagedevice"
	"github.com/countthings/countthings/ent/usagehour"
	"github.com/countthings/countthings/ent/usagespan"
	"github.com/countthings/countthings/ent/usagestate"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
)

// bulkRows bounds one multi-row INSERT (SQLite allows 32,766 parameters).
const bulkRows = 500

// CatchUp folds the account's events that the roll-ups have not seen yet. Concurrent calls
// for one account queue on its usage_states row; each batch commits with its mark, so a
// stop anywhere (a crash, a restart) loses nothing and folds nothing twice.
func (s *Service) CatchUp(ctx context.Context, accountID int) error {
	ctx = auth.WithSystem(ctx)
	for {
		n, err := s.catchUpBatch(ctx, accountID)
		if err != nil {
			return fmt.Errorf("usage roll-ups of account %d: %w", accountID, err)
		}
		if n < s.batch {
			return nil
		}
	}
}

// CatchUpAll catches up every account with events not folded yet.
func (s *Service) CatchUpAll(ctx context.Context) error {
	ctx = auth.WithSystem(ctx)
	ids, err := s.db.Client.Account.Query().IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := s.CatchUp(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// Run catches up all accounts every interval until ctx ends, so that reads find little to do.
func (s *Service) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.CatchUpAll(ctx); err != nil && ctx.Err() == nil {
				s.log.WarnContext(ctx, "usage catch-up failed", "err", err)
			}
		}
	}
}

// Rebuilt is what a rebuild folded for one account.
type Rebuilt struct {
	AccountID int
	Events    int // license events folded
	Hours     int // hourly roll-up rows written
}

// Rebuild deletes the account's roll-ups and folds its whole event log again. An unknown
// account is NOT_FOUND.
func (s *Service) Rebuild(ctx context.Context, accountID int) (Rebuilt, error) {
	ctx = auth.WithSystem(ctx)
	out := Rebuilt{AccountID: accountID}
	ok, err := s.db.Client.Account.Query().Where(account.ID(accountID)).Exist(ctx)
	if err != nil {
		return out, err
	}
	if !ok {
		return out, apperr.NotFoundf("no account with ID %d", accountID)
	}
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		if _, err := s.lockState(ctx, tx, accountID); err != nil {
			return err
		}
		if _, err := tx.UsageHour.Delete().Where(usagehour.AccountID(accountID)).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.UsageSpan.Delete().Where(usagespan.AccountID(accountID)).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.UsageDevice.Delete().Where(usagedevice.AccountID(accountID)).Exec(ctx); err != nil {
			return err
		}
		return tx.UsageState.Update().Where(usagestate.AccountID(accountID)).
			SetLastSeq(0).ClearLastAt().SetHeldStandard(0).SetHeldFloating(0).SetWaiting(0).Exec(ctx)
	})
	if err != nil {
		return out, fmt.Errorf("rebuild usage roll-ups of account %d: %w", accountID, err)
	}
	if err := s.CatchUp(ctx, accountID); err != nil {
		return out, err
	}
	if out.Events, err = s.db.Client.LicenseEvent.Query().Where(licenseevent.AccountID(accountID)).Count(ctx); err != nil {
		return out, err
	}
	if out.Hours, err = s.db.Client.UsageHour.Query().Where(usagehour.AccountID(accountID)).Count(ctx); err != nil {
		return out, err
	}
	return out, nil
}

// RebuildAll rebuilds every account's roll-ups, in account order, telling done (if not nil)
// after each one; it returns how many accounts it rebuilt.
func (s *Service) RebuildAll(ctx context.Context, done func(Rebuilt)) (int, error) {
	ctx = auth.WithSystem(ctx)
	ids, err := s.db.Client.Account.Query().Order(ent.Asc(account.FieldID)).IDs(ctx)
	if err != nil {
		return 0, err
	}
	for i, id := range ids {
		r, err := s.Rebuild(ctx, id)
		if err != nil {
			return i, err
		}
		if done != nil {
			done(r)
		}
	}
	return len(ids), nil
}

// lockState returns the account's usage_states row, created if missing, locked until commit.
func (s *Service) lockState(ctx context.Context, tx *ent.Tx, accountID int) (*ent.UsageState, error) {
	if err := tx.UsageState.Create().SetAccountID(accountID).
		OnConflictColumns(usagestate.FieldAccountID).Ignore().Exec(ctx); err != nil {
		return nil, err
	}
	q := tx.UsageState.Query().Where(usagestate.AccountID(accountID))
	if !s.db.IsSQLite() {
		q = q.ForUpdate()
	}
	return q.Only(ctx)
}

func (s *Service) catchUpBatch(ctx context.Context, accountID int) (int, error) {
	var n int
	err := database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		if !s.db.IsSQLite() {
			// Nothing new (the common case, before every read): no row lock, no write.
			var last []int64
			if err := tx.UsageState.Query().Where(usagestate.AccountID(accountID)).Select(usagestate.FieldLastSeq).Scan(ctx, &last); err != nil {
				return err
			}
			var seq []int64
			if err := tx.Account.Query().Where(account.ID(accountID)).Select(account.FieldEventSeq).Scan(ctx, &seq); err != nil {
				return err
			}
			if len(last) == 1 && len(seq) == 1 && last[0] >= seq[0] {
				return nil
			}
		}
		row, err := s.lockState(ctx, tx, accountID)
		if err != nil {
			return err
		}
		evs, err := tx.LicenseEvent.Query().
			Where(licenseevent.AccountID(accountID), licenseevent.SeqGT(row.LastSeq)).
			Order(ent.Asc(licenseevent.FieldSeq)).Limit(s.batch).
			Select(licenseevent.FieldSeq, licenseevent.FieldType, licenseevent.FieldOccurredAt,
				licenseevent.FieldPool, licenseevent.FieldDeviceID, licenseevent.FieldPreviousDeviceID).
			All(ctx)
		if err != nil || len(evs) == 0 {
			return err
		}
		n = len(evs)
		acct, err := tx.Account.Get(ctx, accountID)
		if err != nil {
			return err
		}
		f, err := s.loadFolder(ctx, tx, row, time.Duration(acct.FloatingIdleMinutes)*time.Minute)
		if err != nil {
			return err
		}
		for _, e := range evs {
			f.apply(event{Seq: e.Seq, Type: e.Type, At: e.OccurredAt, Pool: e.Pool, DeviceID: e.DeviceID, PreviousID: e.PreviousDeviceID})
		}
		return s.save(ctx, tx, accountID, row.ID, f)
	})
	return n, err
}

func (s *Service) loadFolder(ctx context.Context, tx *ent.Tx, row *ent.UsageState, idle time.Duration) (*folder, error) {
	st := state{LastSeq: row.LastSeq, LastAt: row.LastAt, Standard: row.HeldStandard, Floating: row.HeldFloating, Waiting: row.Waiting}
	if st.LastAt != nil {
		t := st.LastAt.UTC()
		st.LastAt = &t
	}
	rows, err := tx.UsageDevice.Query().Where(usagedevice.AccountID(row.AccountID)).All(ctx)
	if err != nil {
		return nil, err
	}
	devs := make([]*device, len(rows))
	for i, d := range rows {
		devs[i] = &device{ID: d.DeviceID, Pool: d.Pool, SpanStart: utc(d.SpanStart), WaitingUntil: utc(d.WaitingUntil), LastHeldAt: utc(d.LastHeldAt)}
	}
	var current *hour
	if st.LastAt != nil {
		h, err := tx.UsageHour.Query().Where(usagehour.AccountID(row.AccountID), usagehour.Hour(hourOf(*st.LastAt))).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
		if h != nil {
			current = fromRow(h)
		}
	}
	return newFolder(idle, st, devs, current), nil
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func fromRow(h *ent.UsageHour) *hour {
	return &hour{Hour: h.Hour.UTC(), PeakHeld: h.PeakHeld, PeakHeldAt: h.PeakHeldAt.UTC(),
		PeakStandard: h.PeakStandard, PeakFloating: h.PeakFloating, PeakDemand: h.PeakDemand,
		EndStandard: h.EndStandard, EndFloating: h.EndFloating, EndDemand: h.EndDemand,
		NewInHour: h.NewInHour, NewInDay: h.NewInDay, NewInWeek: h.NewInWeek,
		Denials: h.Denials, Reclaims: h.Reclaims, Releases: h.Releases}
}

// save writes what the fold changed, and the new mark, in the caller's transaction.
func (s *Service) save(ctx context.Context, tx *ent.Tx, accountID, stateID int, f *folder) error {
	hours := f.touched()
	for i := 0; i < len(hours); i += bulkRows {
		part := hours[i:min(i+bulkRows, len(hours))]
		bulk := make([]*ent.UsageHourCreate, len(part))
		for j, h := range part {
			bulk[j] = tx.UsageHour.Create().SetAccountID(accountID).SetHour(h.Hour).
				SetPeakHeld(h.PeakHeld).SetPeakHeldAt(h.PeakHeldAt).SetPeakStandard(h.PeakStandard).
				SetPeakFloating(h.PeakFloating).SetPeakDemand(h.PeakDemand).
				SetEndStandard(h.EndStandard).SetEndFloating(h.EndFloating).SetEndDemand(h.EndDemand).
				SetNewInHour(h.NewInHour).SetNewInDay(h.NewInDay).SetNewInWeek(h.NewInWeek).
				SetDenials(h.Denials).SetReclaims(h.Reclaims).SetReleases(h.Releases)
		}
		if err := tx.UsageHour.CreateBulk(bulk...).
			OnConflict(entsql.ConflictColumns(usagehour.FieldAccountID, usagehour.FieldHour)).
			UpdateNewValues().Exec(ctx); err != nil {
			return fmt.Errorf("write hourly roll-ups: %w", err)
		}
	}
	for i := 0; i < len(f.spans); i += bulkRows {
		part := f.spans[i:min(i+bulkRows, len(f.spans))]
		bulk := make([]*ent.UsageSpanCreate, len(part))
		for j, sp := range part {
			bulk[j] = tx.UsageSpan.Create().SetAccountID(accountID).SetDeviceID(sp.DeviceID).
				SetStartAt(sp.Start).SetEndAt(sp.End).SetNillableIdleFrom(sp.IdleFrom)
		}
		if err := tx.UsageSpan.CreateBulk(bulk...).Exec(ctx); err != nil {
			return fmt.Errorf("write demand spans: %w", err)
		}
	}
	var devs []*device
	for id := range f.dirty {
		devs = append(devs, f.devs[id])
	}
	for i := 0; i < len(devs); i += bulkRows {
		part := devs[i:min(i+bulkRows, len(devs))]
		bulk := make([]*ent.UsageDeviceCreate, len(part))
		for j, d := range part {
			bulk[j] = tx.UsageDevice.Create().SetAccountID(accountID).SetDeviceID(d.ID).
				SetNillablePool(d.Pool).SetNillableSpanStart(d.SpanStart).
				SetNillableWaitingUntil(d.WaitingUntil).SetNillableLastHeldAt(d.LastHeldAt)
		}
		err := tx.UsageDevice.CreateBulk(bulk...).
			OnConflict(entsql.ConflictColumns(usagedevice.FieldAccountID, usagedevice.FieldDeviceID)).
			Update(func(u *ent.UsageDeviceUpsert) {
				// Nil values must clear the columns: set each from the excluded row.
				u.UpdatePool().UpdateSpanStart().UpdateWaitingUntil().UpdateLastHeldAt()
			}).Exec(ctx)
		if err != nil {
			return fmt.Errorf("write device roll-ups: %w", err)
		}
	}
	st := f.st
	return tx.UsageState.UpdateOneID(stateID).SetLastSeq(st.LastSeq).SetNillableLastAt(st.LastAt).
		SetHeldStandard(st.Standard).SetHeldFloating(st.Floating).SetWaiting(st.Waiting).Exec(ctx)
}

// CatchUpEvery is how often the background catch-up folds every account's new events.
const CatchUpEvery = time.Minute
