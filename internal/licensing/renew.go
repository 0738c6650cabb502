package licensing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/events"
)

const shrinkReason = "renewal shrank the pool"

// RenewInput is what a renewal asks for (GraphQL's RenewAccountInput is bound to it).
type RenewInput struct {
	ExpiresAt        time.Time `json:"expiresAt"`
	StandardLicenses *int      `json:"standardLicenses,omitempty"`
	FloatingLicenses *int      `json:"floatingLicenses,omitempty"`
	// When a count shrinks below the licenses in use: the devices that give theirs up.
	ReleaseDeviceIds []int `json:"releaseDeviceIds,omitempty"`
}

// Renew moves the one expiration date of all the account's licenses (RENEWED) and may change
// the counts. Growing adds free seats. Shrinking deletes free seats; when more must go than
// are free, releaseDeviceIds must name devices of that pool, whose seats are freed (REMOVED)
// and deleted; otherwise CONFLICT, and nothing changes.
func (s *Service) Renew(ctx context.Context, accountID int, in RenewInput) (*ent.Account, error) {
	sys := system(ctx)
	// Loaded as the viewer: another account's ID answers exactly like a missing one.
	a, err := s.db.Client.Account.Get(ctx, accountID)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("no account with this ID")
	}
	if err != nil {
		return nil, err
	}
	if err := s.authz.Require(ctx, "account.renew", authz.Resource{Type: "account", ID: a.ID, AccountID: a.ID}); err != nil {
		return nil, err
	}
	if !in.ExpiresAt.After(s.now()) {
		return nil, apperr.BadInputf("expiresAt must be in the future")
	}
	want := map[enums.LicensePool]*int{enums.PoolStandard: in.StandardLicenses, enums.PoolFloating: in.FloatingLicenses}
	for pool, n := range want {
		if n == nil {
			continue
		}
		if *n < 0 || *n > MaxSeats {
			return nil, apperr.BadInputf("%s license count must be between 0 and %d", strings.ToLower(string(pool)), MaxSeats)
		}
		if *n > 0 && !hasPool(a.Type, pool) {
			return nil, apperr.BadInputf("a %s account has no %s licenses", a.Type, pool)
		}
	}
	release := slices.Compact(slices.Sorted(slices.Values(in.ReleaseDeviceIds)))
	by := actor(ctx)
	err = s.inTx(sys, func(tx *ent.Tx) error {
		acct, err := s.lockAccount(sys, tx, accountID)
		if err != nil {
			return err
		}
		seats, err := tx.License.Query().Where(license.AccountID(acct.ID)).Order(ent.Desc(license.FieldID)).All(sys)
		if err != nil {
			return err
		}
		// The named devices must hold a seat of a pool that shrinks.
		byDevice := map[int]*ent.License{}
		for _, l := range seats {
			if l.DeviceID != nil {
				byDevice[*l.DeviceID] = l
			}
		}
		released := map[enums.LicensePool][]*ent.License{}
		for _, id := range release {
			l := byDevice[id]
			if l == nil {
				return apperr.BadInputf("device %d in releaseDeviceIds holds no license of this account", id)
			}
			released[l.Pool] = append(released[l.Pool], l)
		}
		var changes []string
		for _, pool := range []enums.LicensePool{enums.PoolStandard, enums.PoolFloating} {
			var total, free int
			for _, l := range seats {
				if l.Pool == pool {
					total++
					if l.DeviceID == nil {
						free++
					}
				}
			}
			target := total
			if n := want[pool]; n != nil {
				target = *n
			}
			if target >= total && len(released[pool]) > 0 {
				return apperr.BadInputf("releaseDeviceIds names devices with %s licenses, but that pool does not shrink", pool)
			}
			switch {
			case target > total:
				if err := AddSeats(sys, tx, acct.ID, pool, target-total, s.now()); err != nil {
					return err
				}
			case target < total:
				drop := total - target
				if drop > free+len(released[pool]) {
					return apperr.Conflictf("the %s pool has %d licenses, %d of them in use; to renew with %d, name at least %d of the devices using them in releaseDeviceIds",
						pool, total, total-free, target, drop-free)
				}
				if err := s.shrink(sys, tx, acct.ID, pool, seats, released[pool], drop, by); err != nil {
					return err
				}
			}
			if target != total {
				changes = append(changes, fmt.Sprintf("%s %d → %d", pool, total, target))
			}
		}
		if err := tx.Account.UpdateOneID(acct.ID).SetExpiresAt(in.ExpiresAt).SetExpiryRecorded(false).Exec(sys); err != nil {
			return err
		}
		reason := fmt.Sprintf("licenses renewed until %s", in.ExpiresAt.UTC().Format("2006-01-02"))
		if len(changes) > 0 {
			reason += "; " + strings.Join(changes, ", ")
		}
		return s.record(sys, tx, events.Event{AccountID: acct.ID, Type: enums.EventRenewed, ActorID: by.ID, ActorEmail: by.Email, Reason: &reason})
	})
	if err != nil {
		return nil, err
	}
	return s.db.Client.Account.Get(sys, accountID)
}

// shrink deletes drop seats of pool: the released devices' first (freed with a REMOVED event
// each), then free ones.
func (s *Service) shrink(ctx context.Context, tx *ent.Tx, accountID int, pool enums.LicensePool, seats, released []*ent.License, drop int, by person) error {
	var doomed []int
	for _, l := range released {
		if err := s.free(ctx, tx, l); err != nil {
			return err
		}
		d, err := tx.Device.Query().Where(device.ID(*l.DeviceID)).Only(ctx)
		if err != nil {
			return err
		}
		u, err := lastUser(ctx, tx, d)
		if err != nil {
			return err
		}
		if err := s.record(ctx, tx, events.Event{
			AccountID: accountID, Type: enums.EventRemoved, Pool: &pool, LicenseID: &l.ID, DeviceID: l.DeviceID,
			UserID: u.ID, UserEmail: u.Email, ActorID: by.ID, ActorEmail: by.Email, Reason: ptr(shrinkReason),
		}); err != nil {
			return err
		}
		if len(doomed) < drop {
			doomed = append(doomed, l.ID)
		}
	}
	for _, l := range seats {
		if len(doomed) == drop {
			break
		}
		if l.Pool == pool && l.DeviceID == nil {
			doomed = append(doomed, l.ID)
		}
	}
	for len(doomed) > 0 {
		b := min(len(doomed), seatBatch)
		if _, err := tx.License.Delete().Where(license.IDIn(doomed[:b]...)).Exec(ctx); err != nil {
			return err
		}
		doomed = doomed[b:]
	}
	return nil
}
