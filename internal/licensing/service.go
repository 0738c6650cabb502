// Package licensing is the heart of the product: devices, the seats of each account's pool,
// allocation at login, admin moves, floating reclaims, and the one expiration date.
//
// Every license change runs in one transaction that first locks the account row (Postgres
// SELECT … FOR UPDATE; SQLite serialises writers with BEGIN IMMEDIATE), then the seats, then
// the devices, and appends its LicenseEvent in the same transaction. The unique index on
// licenses.device_id is the database's own guarantee that a device holds at most one seat.
package licensing

import (
	"context"
	"log/slog"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/policy"
)

// Service runs license operations.
type Service struct {
	db       *database.DB
	authz    *authz.Authorizer
	engine   *policy.Engine
	versions authz.ActiveVersions
	notifier events.Notifier
	now      func() time.Time
	log      *slog.Logger
	// committed, if set, is told each license event's type after its transaction commits (metrics).
	committed func(events.Event)
}

// OnCommitted installs f, told each license event once its change is committed.
func (s *Service) OnCommitted(f func(events.Event)) { s.committed = f }

// New returns the licensing service.
func New(db *database.DB, az *authz.Authorizer, engine *policy.Engine, versions authz.ActiveVersions, n events.Notifier, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Service{db: db, authz: az, engine: engine, versions: versions, notifier: n, now: now, log: log}
}

// inTx runs fn in one transaction. Callers pass a system context: authorization is done
// before, and the rows touched are chosen by explicit account ids.
func (s *Service) inTx(ctx context.Context, fn func(tx *ent.Tx) error) error {
	return database.WithTx(ctx, s.db.Client, fn)
}

// lockAccount takes the account's row lock: every license change of an account queues here.
func (s *Service) lockAccount(ctx context.Context, tx *ent.Tx, accountID int) (*ent.Account, error) {
	return s.db.LockAccount(ctx, tx, accountID)
}

// seatOf is the seat the device holds (locked), or nil.
func (s *Service) seatOf(ctx context.Context, tx *ent.Tx, deviceID int) (*ent.License, error) {
	q := tx.License.Query().Where(license.DeviceID(deviceID))
	if !s.db.IsSQLite() {
		q = q.ForUpdate()
	}
	l, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return l, err
}

// freeSeat locks one free seat of the pool, skipping seats another transaction holds; nil if none.
func (s *Service) freeSeat(ctx context.Context, tx *ent.Tx, accountID int, pool enums.LicensePool) (*ent.License, error) {
	q := tx.License.Query().
		Where(license.AccountID(accountID), license.PoolEQ(pool), license.DeviceIDIsNil()).
		Order(ent.Asc(license.FieldID)).
		Limit(1)
	if !s.db.IsSQLite() {
		q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	l, err := q.First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return l, err
}

// bind gives seat to deviceID with status, now.
func (s *Service) bind(ctx context.Context, tx *ent.Tx, seat *ent.License, deviceID int, status enums.LicenseStatus) (*ent.License, error) {
	return tx.License.UpdateOne(seat).
		SetDeviceID(deviceID).
		SetStatus(status).
		SetAssignedAt(s.now()).
		Save(ctx)
}

// free returns seat to the pool.
func (s *Service) free(ctx context.Context, tx *ent.Tx, seat *ent.License) error {
	return tx.License.UpdateOne(seat).
		ClearDeviceID().
		SetStatus(enums.StatusNone).
		ClearAssignedAt().
		Exec(ctx)
}

// gained clears the device's "lost a floating license" mark once it holds a seat again.
func (s *Service) gained(ctx context.Context, tx *ent.Tx, d *ent.Device) error {
	if d.FloatingLostAt == nil {
		return nil
	}
	d.FloatingLostAt = nil
	return tx.Device.UpdateOneID(d.ID).ClearFloatingLostAt().Exec(ctx)
}

// record appends a license event in tx, at the service's clock.
func (s *Service) record(ctx context.Context, tx *ent.Tx, e events.Event) error {
	e.OccurredAt = s.now()
	if _, err := events.Append(ctx, tx, s.notifier, e); err != nil {
		return err
	}
	if f := s.committed; f != nil {
		tx.OnCommit(func(next ent.Committer) ent.Committer {
			return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
				err := next.Commit(ctx, tx)
				if err == nil {
					f(e)
				}
				return err
			})
		})
	}
	return nil
}

// person is who an event names: a user (device's user, or the actor).
type person struct {
	ID    *int
	Email *string
}

// actor is the viewer who caused a change; empty when the system did it.
func actor(ctx context.Context) person {
	v, ok := auth.ViewerFrom(ctx)
	if !ok {
		return person{}
	}
	var p person
	if v.Kind == auth.KindUser && v.UserID != 0 {
		id := v.UserID
		p.ID = &id
	}
	if v.Email != "" {
		e := v.Email
		p.Email = &e
	}
	return p
}

func userPerson(u *ent.User) person {
	if u == nil {
		return person{}
	}
	id, email := u.ID, u.Email
	return person{ID: &id, Email: &email}
}

func ptr[T any](v T) *T { return &v }

func system(ctx context.Context) context.Context { return auth.WithSystem(ctx) }
