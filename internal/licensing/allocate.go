package licensing

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/policy"
)

// requester is the user on whose behalf a device asks for a license.
type requester struct {
	ID          int
	Email       string
	Permissions []string
}

func (r requester) person() person {
	if r.ID == 0 {
		return person{}
	}
	id, email := r.ID, r.Email
	return person{ID: &id, Email: &email}
}

// floatingPolicy is the account's active FLOATING policy (nil: the shipped default) and the
// error of looking it up, which allocation turns into a refusal.
type floatingPolicy struct {
	custom *policy.Version
	err    error
}

// activeFloating is looked up before any transaction: it may use its own connection.
func (s *Service) activeFloating(ctx context.Context, accountID int) floatingPolicy {
	if s.versions == nil {
		return floatingPolicy{}
	}
	v, err := s.versions.Active(ctx, accountID, enums.PolicyFloating)
	return floatingPolicy{custom: v, err: err}
}

// floatingInput is the policy's view of the account at this instant (API.md "The policy contract").
// c is a transaction's client when the decision will be acted on.
func (s *Service) floatingInput(ctx context.Context, c *ent.Client, acct *ent.Account, d *ent.Device, who requester) (policy.FloatingInput, error) {
	now := s.now()
	seats, err := c.License.Query().Where(license.AccountID(acct.ID)).All(ctx)
	if err != nil {
		return policy.FloatingInput{}, err
	}
	holders, err := floatingHolders(ctx, c, now, seats)
	if err != nil {
		return policy.FloatingInput{}, err
	}
	perms := who.Permissions
	if perms == nil {
		perms = []string{}
	}
	in := policy.FloatingInput{
		Account: policy.FloatingAccount{ID: authz.ID(acct.ID), Type: string(acct.Type)},
		Device:  policy.FloatingDevice{ID: authz.ID(d.ID), Code: d.Code},
		User:    policy.FloatingUser{ID: authz.ID(who.ID), Email: who.Email, Permissions: perms},
		Pools:   poolCounts(seats),
		Holders: holders,
		Settings: policy.FloatingSettings{
			FloatingIdleMinutes: acct.FloatingIdleMinutes,
		},
		Now: now,
	}
	if d.Name != nil {
		in.Device.Name = *d.Name
	}
	if acct.FloatingPriorityPermission != nil {
		in.Settings.PriorityPermission = *acct.FloatingPriorityPermission
	}
	return in, nil
}

// poolCounts counts the account's seats and free seats per pool; both pools are always there.
func poolCounts(seats []*ent.License) map[string]policy.PoolCounts {
	pools := map[string]policy.PoolCounts{
		string(enums.PoolStandard): {},
		string(enums.PoolFloating): {},
	}
	for _, l := range seats {
		pc := pools[string(l.Pool)]
		pc.Total++
		if l.DeviceID == nil {
			pc.Free++
		}
		pools[string(l.Pool)] = pc
	}
	return pools
}

// floatingHolders are the devices holding the seats, in the seats' order, each with its
// last user; never nil (the contract's holders is an array).
func floatingHolders(ctx context.Context, c *ent.Client, now time.Time, seats []*ent.License) ([]policy.Holder, error) {
	var held []int
	for _, l := range seats {
		if l.DeviceID != nil {
			held = append(held, *l.DeviceID)
		}
	}
	holders := []policy.Holder{}
	if len(held) == 0 {
		return holders, nil
	}
	devs, err := c.Device.Query().Where(device.IDIn(held...)).WithLastUser().All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Device, len(devs))
	for _, hd := range devs {
		byID[hd.ID] = hd
	}
	for _, l := range seats {
		if l.DeviceID == nil {
			continue
		}
		if hd := byID[*l.DeviceID]; hd != nil {
			holders = append(holders, holderOf(now, hd, l))
		}
	}
	return holders, nil
}

// holderOf is device hd holding seat l, as the policy sees it.
func holderOf(now time.Time, hd *ent.Device, l *ent.License) policy.Holder {
	h := policy.Holder{
		DeviceID:        authz.ID(hd.ID),
		Code:            hd.Code,
		Pool:            string(l.Pool),
		Status:          string(l.Status),
		LastSeenAt:      hd.LastSeenAt,
		IdleMinutes:     idleMinutes(now, hd, l),
		UserPermissions: []string{},
		Inactive:        hd.Inactive,
	}
	if u := hd.Edges.LastUser; u != nil {
		h.UserEmail = u.Email
		if u.Permissions != nil {
			h.UserPermissions = u.Permissions
		}
	}
	return h
}

// idleMinutes counts from the device's last sign of life; a holder never seen counts from
// when it got its seat. last_seen_at is written at most every heartbeatWriteEvery, so the
// figure may be up to a minute too high: fine for an idle time set in minutes.
func idleMinutes(now time.Time, d *ent.Device, l *ent.License) int {
	since := d.CreatedAt
	switch {
	case d.LastSeenAt != nil:
		since = *d.LastSeenAt
	case l.AssignedAt != nil:
		since = *l.AssignedAt
	}
	if m := int(now.Sub(since) / time.Minute); m > 0 {
		return m
	}
	return 0
}

// decide asks the FLOATING policy. Any failure is a refusal whose reason says why: the
// caller then takes no license from anyone (fail closed).
func (s *Service) decide(ctx context.Context, fp floatingPolicy, in policy.FloatingInput) (policy.FloatingDecision, string) {
	if fp.err != nil {
		s.log.WarnContext(ctx, "floating policy could not be loaded; refusing", "account", in.Account.ID, "err", fp.err)
		return policy.FloatingDecision{}, "the account's FLOATING policy could not be loaded, so no license was given; ask your admin to check it"
	}
	dec, err := s.engine.DecideFloating(ctx, fp.custom, in)
	if err != nil {
		s.log.WarnContext(ctx, "floating policy failed; refusing", "account", in.Account.ID, "device", in.Device.ID, "err", err)
		why := "it failed"
		if errors.Is(err, policy.ErrInvalidDecision) {
			why = "its decision was invalid (" + err.Error() + ")"
		}
		return policy.FloatingDecision{}, "the account's FLOATING policy could not decide: " + why + "; no license was taken from anyone; ask your admin to check the policy"
	}
	if dec.Pool == nil {
		if dec.Reason == "" {
			return dec, "no license is available"
		}
		return dec, dec.Reason
	}
	return dec, ""
}

// allocate gives d a seat as the FLOATING policy decides, inside tx, after the caller locked
// the account and checked d holds none. It returns the seat, or the reason there is none
// (then, unless quiet, a DENIED event is written in tx).
func (s *Service) allocate(ctx context.Context, tx *ent.Tx, acct *ent.Account, d *ent.Device, who requester, fp floatingPolicy, quiet bool) (*ent.License, string, error) {
	in, err := s.floatingInput(ctx, tx.Client(), acct, d, who)
	if err != nil {
		return nil, "", err
	}
	dec, denied := s.decide(ctx, fp, in)
	var seat *ent.License
	if denied == "" {
		seat, denied, err = s.apply(ctx, tx, acct, d, who, dec)
		if err != nil {
			return nil, "", err
		}
	}
	if seat == nil {
		if !quiet {
			if err := s.record(ctx, tx, events.Event{
				AccountID: acct.ID, Type: enums.EventDenied, DeviceID: &d.ID,
				UserID: who.person().ID, UserEmail: who.person().Email, Reason: &denied,
			}); err != nil {
				return nil, "", err
			}
		}
		return nil, denied, nil
	}
	if err := s.gained(ctx, tx, d); err != nil {
		return nil, "", err
	}
	return seat, "", nil
}

// apply carries out a valid decision with a pool: a free seat of it, or the reclaim.
func (s *Service) apply(ctx context.Context, tx *ent.Tx, acct *ent.Account, d *ent.Device, who requester, dec policy.FloatingDecision) (*ent.License, string, error) {
	pool := enums.LicensePool(*dec.Pool)
	u := who.person()
	reason := dec.Reason
	if dec.Reclaim == nil {
		free, err := s.freeSeat(ctx, tx, acct.ID, pool)
		if err != nil || free == nil {
			return nil, fmt.Sprintf("no %s license is free", pool), err
		}
		seat, err := s.bind(ctx, tx, free, d.ID, enums.StatusActive)
		if err != nil {
			return nil, "", err
		}
		return seat, "", s.record(ctx, tx, events.Event{
			AccountID: acct.ID, Type: enums.EventAssigned, Pool: &pool, LicenseID: &seat.ID,
			DeviceID: &d.ID, UserID: u.ID, UserEmail: u.Email, Reason: &reason,
		})
	}
	// The engine validated the decision against the input; check again under the lock, in SQL,
	// that the loser holds a FLOATING, not admin-reserved seat of this very account.
	loserID, err := strconv.Atoi(*dec.Reclaim)
	refused := fmt.Sprintf("the FLOATING policy named device %s, which holds no license that can be reclaimed; nothing changed", *dec.Reclaim)
	if err != nil || loserID == d.ID {
		return nil, refused, nil
	}
	q := tx.License.Query().Where(
		license.DeviceID(loserID),
		license.AccountID(acct.ID),
		license.PoolEQ(enums.PoolFloating),
		license.StatusNEQ(enums.StatusAssigned),
	)
	if !s.db.IsSQLite() {
		q = q.ForUpdate()
	}
	victim, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, refused, nil
	}
	if err != nil {
		return nil, "", err
	}
	seat, err := s.bind(ctx, tx, victim, d.ID, enums.StatusActive)
	if err != nil {
		return nil, "", err
	}
	if err := tx.Device.Update().Where(device.ID(loserID), device.AccountID(acct.ID)).SetFloatingLostAt(s.now()).Exec(ctx); err != nil {
		return nil, "", err
	}
	return seat, "", s.record(ctx, tx, events.Event{
		AccountID: acct.ID, Type: enums.EventReclaimed, Pool: &pool, LicenseID: &seat.ID,
		DeviceID: &d.ID, PreviousDeviceID: &loserID, UserID: u.ID, UserEmail: u.Email, Reason: &reason,
	})
}
