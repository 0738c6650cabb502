package licensing_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/testdb"
)

func TestDeviceLogin(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountStandard, 1, 0)
		op := e.user(a, enums.RoleOperator)
		other := e.user(a, enums.RoleOperator)

		t.Run("first login registers the device and takes a seat", func(t *testing.T) {
			name := "S20+"
			d, err := e.svc.DeviceLogin(context.Background(), op, licensing.DeviceInfo{Code: "  PHONE-1 ", Name: &name, Platform: ptr("android")})
			require.NoError(t, err)
			assert.Equal(t, "PHONE-1", d.Code)
			assert.Equal(t, "S20+", *d.Name)
			assert.Equal(t, op.ID, *d.LastUserID)
			assert.True(t, d.LastSeenAt.Equal(start))
			seat := e.seatOf(d)
			require.NotNil(t, seat)
			assert.Equal(t, enums.StatusActive, seat.Status)
			assert.True(t, seat.AssignedAt.Equal(start))
			ev := e.lastEvent(a)
			assert.Equal(t, enums.EventAssigned, ev.Type)
			assert.Equal(t, d.ID, *ev.DeviceID)
			assert.Equal(t, seat.ID, *ev.LicenseID)
			assert.Equal(t, op.Email, *ev.UserEmail)
			assert.Nil(t, ev.ActorID, "a login is the system's doing")
			assert.NotNil(t, ev.Reason)
		})

		t.Run("logging in again never takes a second license", func(t *testing.T) {
			before := len(e.events(a))
			e.clock.Advance(time.Minute)
			d := e.mustLogin(other, "PHONE-1")
			assert.Equal(t, other.ID, *d.LastUserID)
			assert.True(t, d.LastSeenAt.Equal(e.clock.Now()))
			assert.Len(t, e.events(a), before)
			n, err := db.Client.Device.Query().Where(device.AccountID(a.ID)).Count(e.sys)
			require.NoError(t, err)
			assert.Equal(t, 1, n)
		})

		t.Run("no seat left: the device stays registered and DENIED is written", func(t *testing.T) {
			d, err := e.login(op, "PHONE-2")
			requireCode(t, err, apperr.NoLicenseAvailable)
			assert.Contains(t, err.Error(), "no STANDARD license is free")
			require.NotNil(t, d)
			assert.Nil(t, e.seatOf(d))
			st, err := e.svc.LicenseStatus(e.sys, d)
			require.NoError(t, err)
			assert.Equal(t, enums.StatusNone, st)
			ev := e.lastEvent(a)
			assert.Equal(t, enums.EventDenied, ev.Type)
			assert.Equal(t, d.ID, *ev.DeviceID)
			assert.Equal(t, "no STANDARD license is free", *ev.Reason)
		})

		t.Run("input is checked", func(t *testing.T) {
			for _, code := range []string{"", "   ", strings.Repeat("x", 201), "bad\x00code", "tab\tcode"} {
				_, err := e.login(op, code)
				requireCode(t, err, apperr.BadUserInput)
			}
			_, err := e.svc.DeviceLogin(context.Background(), op, licensing.DeviceInfo{Code: "OK", Name: ptr(strings.Repeat("n", 201))})
			requireCode(t, err, apperr.BadUserInput)
			_, err = e.svc.DeviceLogin(context.Background(), op, licensing.DeviceInfo{Code: "OK", Platform: ptr(strings.Repeat("p", 101))})
			requireCode(t, err, apperr.BadUserInput)
			_, err = e.login(op, strings.Repeat("é", 101))
			requireCode(t, err, apperr.BadUserInput) // 202 bytes
			_, err = e.login(op, strings.Repeat("é", 100))
			requireCode(t, err, apperr.NoLicenseAvailable) // 200 bytes is fine
		})

		t.Run("who may log in on a device", func(t *testing.T) {
			support := e.user(nil, enums.RoleSupport)
			_, err := e.login(support, "SUPPORT-PHONE")
			requireCode(t, err, apperr.Forbidden)
			reader := e.user(a, enums.RoleOperator, "devices:read")
			_, err = e.login(reader, "READER-PHONE")
			requireCode(t, err, apperr.Forbidden)
			exists, err := db.Client.Device.Query().Where(device.Code("READER-PHONE")).Exist(e.sys)
			require.NoError(t, err)
			assert.False(t, exists, "a refused login registers nothing")
		})

		t.Run("a login reactivates an inactive device", func(t *testing.T) {
			admin := e.user(a, enums.RoleAdmin)
			d, err := db.Client.Device.Query().Where(device.Code("PHONE-1")).Only(e.sys)
			require.NoError(t, err)
			_, err = e.svc.SetInactive(as(admin), d.ID, true)
			require.NoError(t, err)
			d = e.mustLogin(op, "PHONE-1")
			assert.False(t, d.Inactive)
		})
	})
}

func TestConcurrentFirstLoginsOfOneCode(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountFloating, 0, 3)
		op := e.user(a, enums.RoleOperator)
		var wg sync.WaitGroup
		errs := make([]error, 10)
		for i := range errs {
			wg.Add(1)
			go func() { defer wg.Done(); _, errs[i] = e.login(op, "SAME") }()
		}
		wg.Wait()
		for _, err := range errs {
			require.NoError(t, err)
		}
		n, err := db.Client.Device.Query().Where(device.AccountID(a.ID)).Count(e.sys)
		require.NoError(t, err)
		assert.Equal(t, 1, n)
		assert.Equal(t, []enums.LicenseEventType{enums.EventAssigned}, e.eventTypes(a))
		e.checkInvariant(a, 0, 3)
	})
}

func TestLogoutReleasesOnlyFloatingLicenses(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountMixed, 1, 2)
		op := e.user(a, enums.RoleOperator)
		admin := e.user(a, enums.RoleAdmin)
		std := e.mustLogin(op, "STD")
		flt := e.mustLogin(op, "FLT")
		reserved := e.mustLogin(op, "RES")
		require.Equal(t, enums.PoolStandard, e.seatOf(std).Pool)
		require.Equal(t, enums.PoolFloating, e.seatOf(flt).Pool)
		_, err := e.svc.Remove(as(admin), reserved.ID)
		require.NoError(t, err)
		_, err = e.svc.Assign(as(admin), reserved.ID, ptr(enums.PoolFloating))
		require.NoError(t, err)

		for _, d := range []*ent.Device{std, flt, reserved} {
			require.NoError(t, e.svc.ReleaseOnLogout(context.Background(), viewerOnDevice(op, d)))
		}
		assert.NotNil(t, e.seatOf(std), "a STANDARD license stays with the device")
		assert.Nil(t, e.seatOf(flt), "a FLOATING license goes back to the pool")
		assert.NotNil(t, e.seatOf(reserved), "an admin-reserved license stays")
		ev := e.lastEvent(a)
		assert.Equal(t, enums.EventReleased, ev.Type)
		assert.Equal(t, flt.ID, *ev.DeviceID)
		assert.Equal(t, op.Email, *ev.UserEmail)
		require.NoError(t, e.svc.ReleaseOnLogout(context.Background(), viewerOf(op)), "a web session holds no license")
		e.checkInvariant(a, 1, 2)
	})
}

func TestHeartbeat(t *testing.T) {
	db := testdb.Postgres(t)
	e := newEnv(t, db)
	a := e.account(enums.AccountFloating, 0, 1)
	op := e.user(a, enums.RoleOperator)
	d := e.mustLogin(op, "HB")

	_, err := e.svc.Heartbeat(as(op))
	requireCode(t, err, apperr.BadUserInput)

	t.Run("last seen is written at most once a minute", func(t *testing.T) {
		stored := func() time.Time {
			got, err := db.Client.Device.Get(e.sys, d.ID)
			require.NoError(t, err)
			return *got.LastSeenAt
		}
		e.clock.Advance(30 * time.Second)
		hb, err := e.svc.Heartbeat(onDevice(op, d))
		require.NoError(t, err)
		assert.True(t, hb.Licensed)
		assert.True(t, stored().Equal(start), "a heartbeat within a minute of the last write does not write")
		e.clock.Advance(31 * time.Second)
		_, err = e.svc.Heartbeat(onDevice(op, d))
		require.NoError(t, err)
		assert.True(t, stored().Equal(e.clock.Now()))
	})

	t.Run("a licensed device's heartbeat is one query and no write", func(t *testing.T) {
		counted, n := countingService(t, e)
		e.clock.Advance(10 * time.Second)
		n.Store(0)
		hb, err := counted.Heartbeat(onDevice(op, d))
		require.NoError(t, err)
		assert.True(t, hb.Licensed)
		assert.Equal(t, int64(1), n.Load(), "statements run by a heartbeat with nothing to do")
		st, err := counted.LicenseStatus(e.sys, hb.Device)
		require.NoError(t, err)
		assert.Equal(t, enums.StatusActive, st)
		assert.Equal(t, int64(1), n.Load(), "the status came with the heartbeat's row")
		e.clock.Advance(time.Minute)
		n.Store(0)
		_, err = counted.Heartbeat(onDevice(op, d))
		require.NoError(t, err)
		assert.Equal(t, int64(2), n.Load(), "a stale last-seen costs one write more")
	})
}

// countingService is e's service on a client that counts the statements it runs.
func countingService(t *testing.T, e *env) (*licensing.Service, *atomicCounter) {
	cdb, n := countingDB(e.db)
	eng := sharedEngine(t)
	return licensing.New(cdb, nil, eng, e.versions, nil, e.clock.Now, nil), n
}

func ptr[T any](v T) *T { return &v }
