package licensing_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

// heartbeat keeps d seen now.
func (e *env) heartbeat(u *ent.User, d *ent.Device) bool {
	hb, err := e.svc.Heartbeat(onDevice(u, d))
	require.NoError(e.t, err)
	return hb.Licensed
}

func TestFloatingPresets(t *testing.T) {
	db := testdb.Postgres(t)
	e := newEnv(t, db)

	for _, preset := range []string{"idle-longest", "never-reclaim", "permission-priority"} {
		reclaims := preset != "never-reclaim"

		t.Run(preset+"/STANDARD account uses only the STANDARD pool and never reclaims", func(t *testing.T) {
			a := e.account(enums.AccountStandard, 2, 0)
			e.versions.preset(t, a.ID, preset)
			op := e.user(a, enums.RoleOperator)
			e.mustLogin(op, "S1")
			e.mustLogin(op, "S2")
			e.clock.Advance(2 * time.Hour)
			_, err := e.login(op, "S3")
			requireCode(t, err, apperr.NoLicenseAvailable)
			assert.Equal(t, []enums.LicenseEventType{enums.EventAssigned, enums.EventAssigned, enums.EventDenied}, e.eventTypes(a))
			e.checkInvariant(a, 2, 0)
		})

		t.Run(preset+"/FLOATING account reclaims the idle longest past the idle time", func(t *testing.T) {
			a := e.account(enums.AccountFloating, 0, 2)
			e.versions.preset(t, a.ID, preset)
			op := e.user(a, enums.RoleOperator)
			d1 := e.mustLogin(op, "F1")
			e.clock.Advance(10 * time.Minute)
			d2 := e.mustLogin(op, "F2")
			e.clock.Advance(25 * time.Minute) // d1 idle 35, d2 idle 25
			_, err := e.login(op, "F3")
			if !reclaims {
				requireCode(t, err, apperr.NoLicenseAvailable)
				assert.Contains(t, err.Error(), "never takes a license")
				e.checkInvariant(a, 0, 2)
				return
			}
			require.NoError(t, err)
			assert.Nil(t, e.seatOf(d1), "d1 was idle longest")
			assert.NotNil(t, e.seatOf(d2))
			ev := e.lastEvent(a)
			assert.Equal(t, enums.EventReclaimed, ev.Type)
			assert.Equal(t, d1.ID, *ev.PreviousDeviceID)
			assert.Contains(t, *ev.Reason, "F1")
			assert.Contains(t, *ev.Reason, "35 minutes")
			lost, err := db.Client.Device.Get(e.sys, d1.ID)
			require.NoError(t, err)
			require.NotNil(t, lost.FloatingLostAt)

			// Nobody is idle long enough now: the loser's heartbeat stays unlicensed, quietly.
			before := len(e.events(a))
			assert.False(t, e.heartbeat(op, d1))
			_, err = e.login(op, "F4")
			requireCode(t, err, apperr.NoLicenseAvailable)
			assert.Contains(t, err.Error(), "idle for 30 minutes")
			assert.Len(t, e.events(a), before+1, "only the login's DENIED; heartbeats write none")

			// Later the others are idle and the loser, still heartbeating, gets one back.
			e.clock.Advance(40 * time.Minute)
			assert.True(t, e.heartbeat(op, d1))
			ev = e.lastEvent(a)
			assert.Equal(t, enums.EventReclaimed, ev.Type)
			assert.Equal(t, d1.ID, *ev.DeviceID)
			lost, err = db.Client.Device.Get(e.sys, d1.ID)
			require.NoError(t, err)
			assert.Nil(t, lost.FloatingLostAt)
			e.checkInvariant(a, 0, 2)
		})

		t.Run(preset+"/MIXED account fills STANDARD, then FLOATING, and reclaims only FLOATING", func(t *testing.T) {
			a := e.account(enums.AccountMixed, 1, 1)
			e.versions.preset(t, a.ID, preset)
			op := e.user(a, enums.RoleOperator)
			std := e.mustLogin(op, "M1")
			flt := e.mustLogin(op, "M2")
			assert.Equal(t, enums.PoolStandard, e.seatOf(std).Pool)
			assert.Equal(t, enums.PoolFloating, e.seatOf(flt).Pool)
			e.clock.Advance(3 * time.Hour)
			e.heartbeat(op, flt) // the STANDARD holder is idle longest, but not reclaimable
			e.clock.Advance(time.Hour)
			d3, err := e.login(op, "M3")
			assert.NotNil(t, e.seatOf(std))
			if !reclaims {
				requireCode(t, err, apperr.NoLicenseAvailable)
				return
			}
			require.NoError(t, err)
			assert.Nil(t, e.seatOf(flt))
			assert.Equal(t, enums.PoolFloating, e.seatOf(d3).Pool)
			e.checkInvariant(a, 1, 1)
		})
	}

	t.Run("ASSIGNED licenses are never reclaimed", func(t *testing.T) {
		a := e.account(enums.AccountFloating, 0, 1)
		op := e.user(a, enums.RoleOperator)
		admin := e.user(a, enums.RoleAdmin)
		d1, err := e.login(op, "R1")
		require.NoError(t, err)
		_, err = e.svc.Remove(as(admin), d1.ID)
		require.NoError(t, err)
		_, err = e.svc.Assign(as(admin), d1.ID, nil)
		require.NoError(t, err)
		e.clock.Advance(24 * time.Hour)
		_, err = e.login(op, "R2")
		requireCode(t, err, apperr.NoLicenseAvailable)
		assert.Equal(t, enums.StatusAssigned, e.seatOf(d1).Status)
	})

	t.Run("permission-priority: holders without the permission lose first", func(t *testing.T) {
		a := e.account(enums.AccountFloating, 0, 2)
		_, err := db.Client.Account.UpdateOne(a).SetFloatingPriorityPermission("priority").Save(e.sys)
		require.NoError(t, err)
		e.versions.preset(t, a.ID, "permission-priority")
		vip := e.user(a, enums.RoleOperator, "count", "priority")
		op := e.user(a, enums.RoleOperator, "count")
		dv := e.mustLogin(vip, "VIP") // idle longest
		e.clock.Advance(5 * time.Minute)
		do := e.mustLogin(op, "OP")
		e.clock.Advance(40 * time.Minute)
		_, err = e.login(op, "NEW")
		require.NoError(t, err)
		assert.NotNil(t, e.seatOf(dv), "the holder with the priority permission keeps it")
		assert.Nil(t, e.seatOf(do))
	})

	t.Run("reclaim ordering follows idleness", func(t *testing.T) {
		a := e.account(enums.AccountFloating, 0, 3)
		op := e.user(a, enums.RoleOperator)
		ds := make([]*ent.Device, 3)
		for i := range ds {
			ds[i] = e.mustLogin(op, fmt.Sprintf("O%d", i))
		}
		e.clock.Advance(time.Hour)
		e.heartbeat(op, ds[0]) // O0 seen now; O1, O2 idle 60 with O1 < O2 by id
		e.clock.Advance(time.Minute)
		e.heartbeat(op, ds[2])
		e.clock.Advance(30 * time.Minute) // idle: O0 31, O1 91, O2 30
		var lost []int
		for i := range 2 {
			_, err := e.login(op, fmt.Sprintf("N%d", i))
			require.NoError(t, err)
			lost = append(lost, *e.lastEvent(a).PreviousDeviceID)
		}
		assert.Equal(t, []int{ds[1].ID, ds[0].ID}, lost)
	})
}

// An account's FLOATING policy fails closed: an error, a malformed decision, or one naming
// a device it may not take from denies, and nothing changes.
func TestFloatingPolicyFailsClosed(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		other := e.account(enums.AccountFloating, 0, 1)
		otherDev := e.mustLogin(e.user(other, enums.RoleOperator), "THEIRS")

		a := e.account(enums.AccountMixed, 1, 1)
		op := e.user(a, enums.RoleOperator)
		admin := e.user(a, enums.RoleAdmin)
		std := e.mustLogin(op, "STD")
		flt := e.mustLogin(op, "FLT")
		e.clock.Advance(5 * time.Hour)

		reclaim := func(id int) string {
			return fmt.Sprintf(`package countthings.floating
decision := {"pool": "FLOATING", "reclaim": %q, "reason": "hostile"}`, fmt.Sprint(id))
		}
		cases := map[string]string{
			"another account's device": reclaim(otherDev.ID),
			"a STANDARD holder":        reclaim(std.ID),
			"a device holding nothing": reclaim(999999),
			"malformed decision": `package countthings.floating
decision := "take it"`,
			"runtime error": `package countthings.floating
decision := {"pool": "FLOATING", "reclaim": null, "reason": r} if { r := sprintf("%d", [to_number("x")]) }`,
			"conflicting decisions": `package countthings.floating
decision := {"pool": "FLOATING", "reclaim": null, "reason": "a"} if { true }
decision := {"pool": "STANDARD", "reclaim": null, "reason": "b"} if { true }`,
		}
		check := func(t *testing.T, code string) {
			before := len(e.events(a))
			d, err := e.login(op, code)
			requireCode(t, err, apperr.NoLicenseAvailable)
			assert.Contains(t, err.Error(), "FLOATING policy")
			assert.Nil(t, e.seatOf(d))
			assert.NotNil(t, e.seatOf(std))
			assert.NotNil(t, e.seatOf(flt))
			assert.NotNil(t, e.seatOf(otherDev))
			evs := e.events(a)
			require.Len(t, evs, before+1)
			assert.Equal(t, enums.EventDenied, evs[before].Type)
		}
		n := 0
		for name, src := range cases {
			t.Run(name, func(t *testing.T) {
				e.versions.set(a.ID, src)
				n++
				check(t, fmt.Sprintf("H%d", n))
			})
		}
		t.Run("an ASSIGNED holder", func(t *testing.T) {
			_, err := e.svc.Remove(as(admin), flt.ID)
			require.NoError(t, err)
			_, err = e.svc.Assign(as(admin), flt.ID, ptr(enums.PoolFloating))
			require.NoError(t, err)
			e.versions.set(a.ID, reclaim(flt.ID))
			check(t, "HA")
		})
		t.Run("the policy cannot be loaded", func(t *testing.T) {
			e.versions.mu.Lock()
			e.versions.err = errors.New("database down")
			e.versions.mu.Unlock()
			defer func() { e.versions.mu.Lock(); e.versions.err = nil; e.versions.mu.Unlock() }()
			check(t, "HL")
		})
		e.checkInvariant(a, 1, 1)
		e.checkInvariant(other, 0, 1)
	})
}
