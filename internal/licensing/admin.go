package licensing

import (
	"context"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/policy"
)

// device loads a device the viewer may act on: through the tenant-filtered client, and
// NOT_FOUND for another account's device (before any FORBIDDEN, which would reveal it),
// then the PERMISSIONS policy decides the action.
func (s *Service) device(ctx context.Context, id int, action string) (*ent.Device, error) {
	v, err := authz.Viewer(ctx)
	if err != nil && !auth.IsSystem(ctx) {
		return nil, err
	}
	d, err := s.db.Client.Device.Get(ctx, id)
	if ent.IsNotFound(err) || (err == nil && v != nil && v.Role != auth.RoleSupport && d.AccountID != v.AccountID) {
		return nil, apperr.NotFoundf("no device with id %d in your account", id)
	}
	if err != nil {
		return nil, err
	}
	res := authz.Resource{Type: "device", ID: d.ID, AccountID: d.AccountID, Fields: map[string]any{
		"code": d.Code, "inactive": d.Inactive,
	}}
	if err := s.authz.Require(ctx, action, res); err != nil {
		return nil, err
	}
	return d, nil
}

// recordAdminChange writes an admin's change to dev's seat (from prev, for a move) as an
// event naming the device's last user as the user and the admin as the actor.
func (s *Service) recordAdminChange(ctx context.Context, tx *ent.Tx, typ enums.LicenseEventType, seat *ent.License, dev *ent.Device, prev *int, by person, reason string) error {
	u, err := lastUser(ctx, tx, dev)
	if err != nil {
		return err
	}
	return s.record(ctx, tx, events.Event{
		AccountID: dev.AccountID, Type: typ, Pool: ptr(seat.Pool), LicenseID: &seat.ID,
		DeviceID: &dev.ID, PreviousDeviceID: prev, UserID: u.ID, UserEmail: u.Email,
		ActorID: by.ID, ActorEmail: by.Email, Reason: ptr(reason),
	})
}

// lastUser is the device's last user, whom admin events name as the user.
func lastUser(ctx context.Context, tx *ent.Tx, d *ent.Device) (person, error) {
	if d.LastUserID == nil {
		return person{}, nil
	}
	u, err := tx.User.Get(ctx, *d.LastUserID)
	if ent.IsNotFound(err) {
		return person{}, nil
	}
	return userPerson(u), err
}

// poolsFor are the pools an admin's assignment draws from, in order of preference.
func poolsFor(t enums.AccountType, want *enums.LicensePool) ([]enums.LicensePool, error) {
	if want != nil {
		if !hasPool(t, *want) {
			return nil, apperr.BadInputf("a %s account has no %s licenses", t, *want)
		}
		return []enums.LicensePool{*want}, nil
	}
	return poolsOf(t), nil
}

// poolsOf are the account type's pools (policy.PoolsOf), typed.
func poolsOf(t enums.AccountType) []enums.LicensePool {
	var out []enums.LicensePool
	for _, p := range policy.PoolsOf(string(t)) {
		out = append(out, enums.LicensePool(p))
	}
	return out
}

func hasPool(t enums.AccountType, p enums.LicensePool) bool {
	return policy.HasPool(string(t), string(p))
}

// Assign reserves a free seat for the device (status ASSIGNED, RESERVED event). Without a
// pool: STANDARD for STANDARD and MIXED accounts while one is free, else FLOATING.
func (s *Service) Assign(ctx context.Context, deviceID int, pool *enums.LicensePool) (*ent.Device, error) {
	d, err := s.device(ctx, deviceID, "license.assign")
	if err != nil {
		return nil, err
	}
	by := actor(ctx)
	sys := system(ctx)
	err = s.inTx(sys, func(tx *ent.Tx) error {
		acct, err := s.lockAccount(sys, tx, d.AccountID)
		if err != nil {
			return err
		}
		pools, err := poolsFor(acct.Type, pool)
		if err != nil {
			return err
		}
		if held, err := s.seatOf(sys, tx, d.ID); err != nil {
			return err
		} else if held != nil {
			return apperr.Conflictf("device %s already holds a %s license: remove or move it first", d.Code, held.Pool)
		}
		var free *ent.License
		for _, p := range pools {
			if free, err = s.freeSeat(sys, tx, acct.ID, p); err != nil {
				return err
			} else if free != nil {
				break
			}
		}
		if free == nil {
			return apperr.New(apperr.NoLicenseAvailable, "no %s license is free: remove or move one from another device first", joinPools(pools))
		}
		seat, err := s.bind(sys, tx, free, d.ID, enums.StatusAssigned)
		if err != nil {
			return err
		}
		dev, err := tx.Device.Get(sys, d.ID)
		if err != nil {
			return err
		}
		if err := s.gained(sys, tx, dev); err != nil {
			return err
		}
		return s.recordAdminChange(sys, tx, enums.EventReserved, seat, dev, nil, by, "reserved for this device by an admin")
	})
	if err != nil {
		return nil, err
	}
	return s.db.Client.Device.Get(sys, d.ID)
}

func joinPools(pools []enums.LicensePool) string {
	if len(pools) == 1 {
		return string(pools[0])
	}
	return string(pools[0]) + " or " + string(pools[1])
}

// Remove takes the device's license back to the pool (REMOVED).
func (s *Service) Remove(ctx context.Context, deviceID int) (*ent.Device, error) {
	d, err := s.device(ctx, deviceID, "license.remove")
	if err != nil {
		return nil, err
	}
	by := actor(ctx)
	sys := system(ctx)
	err = s.inTx(sys, func(tx *ent.Tx) error {
		if _, err := s.lockAccount(sys, tx, d.AccountID); err != nil {
			return err
		}
		seat, err := s.seatOf(sys, tx, d.ID)
		if err != nil {
			return err
		}
		if seat == nil {
			return apperr.Conflictf("device %s holds no license", d.Code)
		}
		if err := s.free(sys, tx, seat); err != nil {
			return err
		}
		return s.recordAdminChange(sys, tx, enums.EventRemoved, seat, d, nil, by, "removed by an admin")
	})
	if err != nil {
		return nil, err
	}
	return s.db.Client.Device.Get(sys, d.ID)
}

// Move gives the license of one device to another that has none (MOVED; status ASSIGNED on
// the receiver, the pool unchanged). It returns the receiving device.
func (s *Service) Move(ctx context.Context, fromDeviceID, toDeviceID int) (*ent.Device, error) {
	if fromDeviceID == toDeviceID {
		return nil, apperr.BadInputf("fromDeviceId and toDeviceId are the same device")
	}
	from, err := s.device(ctx, fromDeviceID, "license.move")
	if err != nil {
		return nil, err
	}
	to, err := s.device(ctx, toDeviceID, "license.move")
	if err != nil {
		return nil, err
	}
	if from.AccountID != to.AccountID {
		return nil, apperr.BadInputf("a license moves only between devices of the same account")
	}
	by := actor(ctx)
	sys := system(ctx)
	err = s.inTx(sys, func(tx *ent.Tx) error {
		if _, err := s.lockAccount(sys, tx, from.AccountID); err != nil {
			return err
		}
		seat, err := s.seatOf(sys, tx, from.ID)
		if err != nil {
			return err
		}
		if seat == nil {
			return apperr.Conflictf("device %s holds no license to move", from.Code)
		}
		if held, err := s.seatOf(sys, tx, to.ID); err != nil {
			return err
		} else if held != nil {
			return apperr.Conflictf("device %s already holds a license: remove it first", to.Code)
		}
		if seat, err = s.bind(sys, tx, seat, to.ID, enums.StatusAssigned); err != nil {
			return err
		}
		dev, err := tx.Device.Get(sys, to.ID)
		if err != nil {
			return err
		}
		if err := s.gained(sys, tx, dev); err != nil {
			return err
		}
		return s.recordAdminChange(sys, tx, enums.EventMoved, seat, dev, &from.ID, by, "moved by an admin from device "+from.Code)
	})
	if err != nil {
		return nil, err
	}
	return s.db.Client.Device.Get(sys, to.ID)
}

// SetInactive flags the device. It keeps its license: only removeLicense takes it away.
func (s *Service) SetInactive(ctx context.Context, deviceID int, inactive bool) (*ent.Device, error) {
	d, err := s.device(ctx, deviceID, "device.inactive.set")
	if err != nil {
		return nil, err
	}
	return s.db.Client.Device.UpdateOneID(d.ID).SetInactive(inactive).Save(system(ctx))
}
