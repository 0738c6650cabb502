package licensing_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/testdb"
)

func TestExpiryAndRenewal(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountStandard, 2, 0)
		op := e.user(a, enums.RoleOperator)
		admin := e.user(a, enums.RoleAdmin)
		support := e.user(nil, enums.RoleSupport)
		d := e.mustLogin(op, "E1")

		count := func(typ enums.LicenseEventType) int {
			n := 0
			for _, ev := range e.events(a) {
				if ev.Type == typ {
					n++
				}
			}
			return n
		}

		e.clock.Advance(366 * 24 * time.Hour)
		_, err := e.login(op, "E1")
		requireCode(t, err, apperr.LicenseExpired)
		assert.Contains(t, err.Error(), "expired on 2027-11-22")
		assert.Contains(t, err.Error(), "renew")
		_, err = e.login(op, "E2")
		requireCode(t, err, apperr.LicenseExpired)
		hb, err := e.svc.Heartbeat(onDevice(op, d))
		require.NoError(t, err)
		assert.False(t, hb.Licensed)
		assert.Equal(t, 1, count(enums.EventExpired), "EXPIRED is written once per expiration date")
		assert.NotNil(t, e.seatOf(d), "the seat stays bound; it just does not count")

		next := e.clock.Now().AddDate(1, 0, 0)
		_, err = e.svc.Renew(as(admin), a.ID, licensing.RenewInput{ExpiresAt: next})
		requireCode(t, err, apperr.Forbidden)
		_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: e.clock.Now().Add(-time.Hour)})
		requireCode(t, err, apperr.BadUserInput)
		_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, FloatingLicenses: ptr(1)})
		requireCode(t, err, apperr.BadUserInput)

		got, err := e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(3)})
		require.NoError(t, err)
		assert.True(t, got.ExpiresAt.Equal(next))
		assert.False(t, got.ExpiryRecorded)
		ev := e.lastEvent(a)
		assert.Equal(t, enums.EventRenewed, ev.Type)
		assert.Equal(t, support.ID, *ev.ActorID)
		assert.Contains(t, *ev.Reason, "STANDARD 2 → 3")
		assert.True(t, e.heartbeat(op, d))
		e.mustLogin(op, "E2")
		e.mustLogin(op, "E3")
		e.checkInvariant(a, 3, 0)

		t.Run("shrinking below the licenses in use must name devices", func(t *testing.T) {
			_, err := e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(1)})
			requireCode(t, err, apperr.Conflict)
			assert.Contains(t, err.Error(), "3 of them in use")
			assert.Contains(t, err.Error(), "releaseDeviceIds")
			_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(1), ReleaseDeviceIds: []int{d.ID}})
			requireCode(t, err, apperr.Conflict)
			e.checkInvariant(a, 3, 0) // nothing changed

			_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(2), ReleaseDeviceIds: []int{d.ID}})
			require.NoError(t, err)
			assert.Nil(t, e.seatOf(d))
			evs := e.events(a)
			removed := evs[len(evs)-2]
			assert.Equal(t, enums.EventRemoved, removed.Type)
			assert.Equal(t, d.ID, *removed.DeviceID)
			assert.Equal(t, "renewal shrank the pool", *removed.Reason)
			e.checkInvariant(a, 2, 0)
		})

		t.Run("shrinking to free seats needs no names", func(t *testing.T) {
			_, err := e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(4)})
			require.NoError(t, err)
			_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(2)})
			require.NoError(t, err)
			free, err := db.Client.License.Query().Where(license.AccountID(a.ID), license.DeviceIDIsNil()).Count(e.sys)
			require.NoError(t, err)
			assert.Zero(t, free)
			e.checkInvariant(a, 2, 0)
		})

		t.Run("a second expiry is recorded again", func(t *testing.T) {
			e.clock.Advance(400 * 24 * time.Hour)
			_, err := e.login(op, "E2")
			requireCode(t, err, apperr.LicenseExpired)
			assert.Equal(t, 2, count(enums.EventExpired))
		})

		t.Run("pool summary", func(t *testing.T) {
			b := e.account(enums.AccountMixed, 2, 3)
			b, err := db.Client.Account.UpdateOne(b).SetExpiresAt(e.clock.Now().AddDate(1, 0, 0)).Save(e.sys)
			require.NoError(t, err)
			bop := e.user(b, enums.RoleOperator)
			e.mustLogin(bop, "P1")
			e.mustLogin(bop, "P2")
			e.mustLogin(bop, "P3")
			s, err := e.svc.PoolSummary(as(e.user(b, enums.RoleAdmin)), b)
			require.NoError(t, err)
			assert.Equal(t, 5, s.Total)
			assert.Equal(t, 3, s.Assigned)
			assert.Equal(t, 2, s.Unassigned)
			assert.Equal(t, licensing.PoolCounts{Total: 2, Assigned: 2}, *s.Standard)
			assert.Equal(t, licensing.PoolCounts{Total: 3, Assigned: 1, Unassigned: 2}, *s.Floating)
			assert.True(t, s.ExpiresAt.Equal(b.ExpiresAt))
		})
	})
}

// Renewal grows a pool to the most seats an account may have and shrinks it again: seats are
// made and deleted in batches under Postgres' bind-parameter limit and SQLite's variable limit
// (before, growing past about 16,000 seats at once answered INTERNAL).
func TestRenewGrowsAndShrinksToTheLimit(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountMixed, 2, 1)
		support := e.user(nil, enums.RoleSupport)
		op := e.user(a, enums.RoleOperator)
		d := e.mustLogin(op, "E1")
		next := e.clock.Now().AddDate(1, 0, 0)

		_, err := e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(licensing.MaxSeats + 1)})
		requireCode(t, err, apperr.BadUserInput)

		// On SQLite a fifth of it, still 2.4 times its variable limit in one statement: the
		// embedded store under -race would take minutes for the whole of it.
		grown := licensing.MaxSeats
		if db.IsSQLite() {
			grown = 20_000
		}
		_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(grown)})
		require.NoError(t, err)
		e.checkInvariant(a, grown, 1)
		assert.Contains(t, *e.lastEvent(a).Reason, fmt.Sprintf("STANDARD 2 → %d", grown))
		assert.NotNil(t, e.seatOf(d), "the device keeps its seat")

		_, err = e.svc.Renew(as(support), a.ID, licensing.RenewInput{ExpiresAt: next, StandardLicenses: ptr(1)})
		require.NoError(t, err)
		e.checkInvariant(a, 1, 1)
		assert.NotNil(t, e.seatOf(d), "only free seats were deleted")
	})
}
