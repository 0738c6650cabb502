package licensing_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

func TestAdminActions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountMixed, 1, 1)
		admin := e.user(a, enums.RoleAdmin)
		manager := e.user(a, enums.RoleOperator, "licenses:manage")
		counter := e.user(a, enums.RoleOperator, "count")
		support := e.user(nil, enums.RoleSupport)
		d1, err := e.login(counter, "D1") // takes the STANDARD seat
		require.NoError(t, err)
		d2, err := e.login(counter, "D2") // takes the FLOATING seat
		require.NoError(t, err)
		d3, err := e.login(counter, "D3")
		requireCode(t, err, apperr.NoLicenseAvailable)

		b := e.account(enums.AccountStandard, 1, 0)
		foreignUser := e.user(b, enums.RoleOperator)
		foreign := e.mustLogin(foreignUser, "FOREIGN")

		t.Run("refused", func(t *testing.T) {
			_, err := e.svc.Assign(as(counter), d3.ID, nil)
			requireCode(t, err, apperr.Forbidden)
			_, err = e.svc.Remove(as(counter), d1.ID)
			requireCode(t, err, apperr.Forbidden)
			_, err = e.svc.Move(as(counter), d1.ID, d3.ID)
			requireCode(t, err, apperr.Forbidden)
			_, err = e.svc.SetInactive(as(counter), d1.ID, true)
			requireCode(t, err, apperr.Forbidden)
			// Another account's device does not exist for this account's admin, whatever the action.
			_, err = e.svc.Remove(as(admin), foreign.ID)
			requireCode(t, err, apperr.NotFound)
			_, err = e.svc.Remove(as(counter), foreign.ID)
			requireCode(t, err, apperr.NotFound)
			_, err = e.svc.Move(as(admin), d1.ID, foreign.ID)
			requireCode(t, err, apperr.NotFound)
			_, err = e.svc.Assign(as(admin), 999999, nil)
			requireCode(t, err, apperr.NotFound)
			assert.NotNil(t, e.seatOf(foreign))
		})

		t.Run("conflicts", func(t *testing.T) {
			_, err := e.svc.Assign(as(admin), d1.ID, nil)
			requireCode(t, err, apperr.Conflict)
			_, err = e.svc.Assign(as(admin), d3.ID, nil)
			requireCode(t, err, apperr.NoLicenseAvailable)
			_, err = e.svc.Remove(as(admin), d3.ID)
			requireCode(t, err, apperr.Conflict)
			_, err = e.svc.Move(as(admin), d3.ID, d1.ID)
			requireCode(t, err, apperr.Conflict) // d3 has none
			_, err = e.svc.Move(as(admin), d1.ID, d2.ID)
			requireCode(t, err, apperr.Conflict) // d2 has one
			_, err = e.svc.Move(as(admin), d1.ID, d1.ID)
			requireCode(t, err, apperr.BadUserInput)
			sa := e.account(enums.AccountStandard, 1, 0)
			sd, err := e.login(e.user(sa, enums.RoleOperator), "S")
			require.NoError(t, err)
			_, err = e.svc.Remove(as(e.user(sa, enums.RoleAdmin)), sd.ID)
			require.NoError(t, err)
			_, err = e.svc.Assign(as(e.user(sa, enums.RoleAdmin)), sd.ID, ptr(enums.PoolFloating))
			requireCode(t, err, apperr.BadUserInput)
		})

		t.Run("move", func(t *testing.T) {
			seat := e.seatOf(d1)
			got, err := e.svc.Move(as(manager), d1.ID, d3.ID)
			require.NoError(t, err)
			assert.Equal(t, d3.ID, got.ID)
			assert.Nil(t, e.seatOf(d1))
			moved := e.seatOf(d3)
			require.NotNil(t, moved)
			assert.Equal(t, seat.ID, moved.ID)
			assert.Equal(t, enums.PoolStandard, moved.Pool, "the pool is kept")
			assert.Equal(t, enums.StatusAssigned, moved.Status)
			ev := e.lastEvent(a)
			assert.Equal(t, enums.EventMoved, ev.Type)
			assert.Equal(t, d3.ID, *ev.DeviceID)
			assert.Equal(t, d1.ID, *ev.PreviousDeviceID)
			assert.Equal(t, manager.ID, *ev.ActorID)
			assert.Equal(t, manager.Email, *ev.ActorEmail)
			assert.Equal(t, counter.Email, *ev.UserEmail)
		})

		t.Run("remove", func(t *testing.T) {
			_, err := e.svc.Remove(as(admin), d2.ID)
			require.NoError(t, err)
			assert.Nil(t, e.seatOf(d2))
			st, err := e.svc.LicenseStatus(e.sys, d2)
			require.NoError(t, err)
			assert.Equal(t, enums.StatusNone, st)
			ev := e.lastEvent(a)
			assert.Equal(t, enums.EventRemoved, ev.Type)
			assert.Equal(t, d2.ID, *ev.DeviceID)
			assert.Equal(t, admin.ID, *ev.ActorID)
		})

		t.Run("assign", func(t *testing.T) {
			_, err := e.svc.Remove(as(admin), d3.ID) // both seats free now
			require.NoError(t, err)
			got, err := e.svc.Assign(as(admin), d2.ID, nil)
			require.NoError(t, err)
			seat := e.seatOf(got)
			assert.Equal(t, enums.PoolStandard, seat.Pool, "MIXED: STANDARD first")
			assert.Equal(t, enums.StatusAssigned, seat.Status)
			st, err := e.svc.LicenseStatus(e.sys, got)
			require.NoError(t, err)
			assert.Equal(t, enums.StatusAssigned, st)
			_, err = e.svc.Assign(as(support), d3.ID, nil) // SUPPORT acts in any account
			require.NoError(t, err)
			assert.Equal(t, enums.PoolFloating, e.seatOf(d3).Pool, "then FLOATING")
			ev := e.lastEvent(a)
			assert.Equal(t, enums.EventReserved, ev.Type)
			assert.Equal(t, support.ID, *ev.ActorID)
		})

		t.Run("inactive keeps the license", func(t *testing.T) {
			got, err := e.svc.SetInactive(as(manager), d3.ID, true)
			require.NoError(t, err)
			assert.True(t, got.Inactive)
			assert.NotNil(t, e.seatOf(d3))
			got, err = e.svc.SetInactive(as(admin), d3.ID, false)
			require.NoError(t, err)
			assert.False(t, got.Inactive)
		})

		e.checkInvariant(a, 1, 1)
		e.checkInvariant(b, 1, 0)
		var _ *ent.Device = d3
	})
}
