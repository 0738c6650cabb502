package events

import (
	"context"
	"fmt"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/clip"
)

// Event is a license change to record.
type Event struct {
	AccountID        int
	Type             enums.LicenseEventType
	Pool             *enums.LicensePool
	LicenseID        *int
	DeviceID         *int
	PreviousDeviceID *int
	UserID           *int
	UserEmail        *string
	ActorID          *int
	ActorEmail       *string
	Reason           *string
	OccurredAt       time.Time
}

// Notifier is told, after a transaction commits, that an account has new events up to seq.
type Notifier interface {
	Committed(accountID int, seq int64)
}

// Append writes e inside tx with the account's next sequence number. Incrementing the
// account's counter locks its row until commit, so sequence order is commit order. After a
// successful commit, n (if not nil) is told about it.
func Append(ctx context.Context, tx *ent.Tx, n Notifier, e Event) (*ent.LicenseEvent, error) {
	rows, err := tx.QueryContext(ctx, `UPDATE accounts SET event_seq = event_seq + 1 WHERE id = $1 RETURNING event_seq`, e.AccountID)
	if err != nil {
		return nil, fmt.Errorf("next event sequence: %w", err)
	}
	var seq int64
	if rows.Next() {
		err = rows.Scan(&seq)
	} else {
		err = fmt.Errorf("account %d not found", e.AccountID)
	}
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("next event sequence: %w", err)
	}
	if e.OccurredAt.IsZero() {
		e.OccurredAt = time.Now()
	}
	// Postgres keeps microseconds: the event returned here must read back the same.
	e.OccurredAt = e.OccurredAt.Truncate(time.Microsecond)
	ev, err := tx.LicenseEvent.Create().
		SetAccountID(e.AccountID).
		SetSeq(seq).
		SetType(e.Type).
		SetOccurredAt(e.OccurredAt).
		SetNillablePool(e.Pool).
		SetNillableLicenseID(e.LicenseID).
		SetNillableDeviceID(e.DeviceID).
		SetNillablePreviousDeviceID(e.PreviousDeviceID).
		SetNillableUserID(e.UserID).
		SetNillableUserEmail(e.UserEmail).
		SetNillableActorID(e.ActorID).
		SetNillableActorEmail(e.ActorEmail).
		SetNillableReason(truncate(e.Reason, 2000)).
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("append license event: %w", err)
	}
	if n != nil {
		accountID := e.AccountID
		tx.OnCommit(func(next ent.Committer) ent.Committer {
			return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
				if err := next.Commit(ctx, tx); err != nil {
					return err
				}
				n.Committed(accountID, seq)
				return nil
			})
		})
	}
	return ev, nil
}

// truncate cuts s to at most n bytes on a character boundary: a reason may come from an
// account's policy, and Postgres refuses text that is not valid UTF-8.
func truncate(s *string, n int) *string {
	if s == nil || len(*s) <= n {
		return s
	}
	t := clip.String(*s, n)
	return &t
}
