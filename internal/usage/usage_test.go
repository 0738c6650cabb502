package usage_test

import (
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
	"github.com/countthings/countthings/internal/usage"
)

// A STANDARD account of 3 seats whose 4th device is refused.
func TestStandardAccountRefusingAFourthDevice(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountStandard, 3, 0)
		admin, op := e.user(a, enums.RoleAdmin), e.user(a, enums.RoleOperator)
		nine := monday.Add(9 * time.Hour)
		e.mustLogin(nine, op, "A")
		e.mustLogin(nine.Add(10*time.Minute), op, "B")
		e.mustLogin(nine.Add(20*time.Minute), op, "C")
		_, err := e.login(nine.Add(30*time.Minute), op, "D")
		require.True(t, apperr.Is(err, apperr.NoLicenseAvailable), "%v", err)
		e.clock.Set(monday.Add(36 * time.Hour))

		u := e.usageOf(admin, a, monday, monday.Add(24*time.Hour), usage.Hour)
		assert.Equal(t, 3, u.PeakHeld)
		require.NotNil(t, u.PeakHeldAt)
		assert.Equal(t, nine.Add(20*time.Minute), u.PeakHeldAt.UTC())
		assert.Equal(t, 4, u.PeakDemand)
		require.Len(t, u.Points, 24)
		assert.Equal(t, usage.Point{Start: monday.Add(8 * time.Hour)}, *u.Points[8])
		assert.Equal(t, usage.Point{Start: nine, PeakHeld: 3, PeakStandard: 3, PeakDemand: 4, ActiveDevices: 3, Denials: 1}, *u.Points[9])
		// D's demand ran out at 10:00 (30 idle minutes, no new login): the licenses stay held.
		assert.Equal(t, usage.Point{Start: monday.Add(10 * time.Hour), PeakHeld: 3, PeakStandard: 3, PeakDemand: 3, ActiveDevices: 3}, *u.Points[10])
		assert.Equal(t, usage.Point{Start: monday.Add(23 * time.Hour), PeakHeld: 3, PeakStandard: 3, PeakDemand: 3, ActiveDevices: 3}, *u.Points[23])

		day := e.usageOf(admin, a, monday, monday.Add(24*time.Hour), usage.Day)
		require.Len(t, day.Points, 1)
		assert.Equal(t, usage.Point{Start: monday, PeakHeld: 3, PeakStandard: 3, PeakDemand: 4, ActiveDevices: 3, Denials: 1}, *day.Points[0])

		r := e.recommend(admin, a, monday, monday.Add(24*time.Hour), 0)
		assert.GreaterOrEqual(t, r.Standard+r.Floating, 4, r.Explanation)
		assert.Equal(t, 4, r.Standard, r.Explanation)
		assert.Equal(t, 0, r.ProjectedDenials)
		assert.InDelta(t, 3.0, r.CurrentCost, 1e-9)
		assert.InDelta(t, 4.0, r.RecommendedCost, 1e-9)
		assert.Contains(t, r.Explanation, "refused 1 request")
		assert.Contains(t, r.Explanation, `the account's FLOATING policy (the "idle-longest" preset)`)
	})
}

// Ten devices of a FLOATING account, never more than four at once, in rotating groups (so
// no one device or pair of them makes the peak).
func TestFloatingAccountOfTenDevicesOverlappingByFour(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountFloating, 0, 5)
		admin, op := e.user(a, enums.RoleAdmin), e.user(a, enums.RoleOperator)
		devs := map[int]*ent.Device{}
		for day := range 3 {
			for slot := range 10 {
				at := monday.Add(time.Duration(day)*24*time.Hour + time.Duration(8+slot)*time.Hour)
				for _, s := range devs {
					e.logout(at, op, s)
				}
				devs = map[int]*ent.Device{}
				for i := range 4 {
					n := (slot + i) % 10
					devs[n] = e.mustLogin(at, op, code(n))
				}
			}
			end := monday.Add(time.Duration(day)*24*time.Hour + 18*time.Hour)
			for _, s := range devs {
				e.logout(end, op, s)
			}
			devs = map[int]*ent.Device{}
		}
		e.clock.Set(monday.Add(4 * 24 * time.Hour))
		u := e.usageOf(admin, a, monday, monday.Add(3*24*time.Hour), usage.Day)
		assert.Equal(t, 4, u.PeakHeld)
		assert.Equal(t, 4, u.PeakDemand)
		require.Len(t, u.Points, 3)
		for _, p := range u.Points {
			assert.Equal(t, 10, p.ActiveDevices)
			assert.Equal(t, 4, p.PeakFloating)
			assert.Equal(t, 40, p.Releases) // 4 per slot, 10 slots
		}
		r := e.recommend(admin, a, monday, monday.Add(3*24*time.Hour), 0)
		assert.Equal(t, 0, r.Standard, r.Explanation)
		assert.Equal(t, 4, r.Floating, r.Explanation)
		assert.Equal(t, 0, r.ProjectedDenials)
		assert.InDelta(t, 7.5, r.CurrentCost, 1e-9)
		assert.InDelta(t, 6.0, r.RecommendedCost, 1e-9)
		// Refusals allowed: fewer seats do.
		r = e.recommend(admin, a, monday, monday.Add(3*24*time.Hour), 0.5)
		assert.Less(t, r.RecommendedCost, 6.0, r.Explanation)
		assert.LessOrEqual(t, r.ProjectedDenials, 60) // half of the 120 requests
	})
}

func code(n int) string { return fmt.Sprintf("D%02d", n) }

// A device on all day every day, among others that come and go, is recommended STANDARD.
func TestAlwaysOnDeviceIsRecommendedStandard(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountFloating, 0, 4)
		admin, op := e.user(a, enums.RoleAdmin), e.user(a, enums.RoleOperator)
		e.mustLogin(monday, op, "ALWAYS")
		// Six others, three at a time in rotating groups, twice a day for a week.
		for day := range 7 {
			var on []*ent.Device
			for slot := range 6 {
				at := monday.Add(time.Duration(day)*24*time.Hour + time.Duration(6+2*slot)*time.Hour)
				for _, d := range on {
					e.logout(at, op, d)
				}
				on = nil
				for i := range 3 {
					on = append(on, e.mustLogin(at, op, code((slot+i)%6)))
				}
			}
			for _, d := range on {
				e.logout(monday.Add(time.Duration(day)*24*time.Hour+18*time.Hour), op, d)
			}
		}
		e.clock.Set(monday.Add(8 * 24 * time.Hour))
		r := e.recommend(admin, a, monday, monday.Add(7*24*time.Hour), 0)
		assert.Equal(t, 1, r.Standard, r.Explanation)
		assert.Equal(t, 3, r.Floating, r.Explanation)
		assert.InDelta(t, 5.5, r.RecommendedCost, 1e-9)
		assert.Contains(t, r.Explanation, "1 device(s) look always-on")
		assert.Contains(t, r.Explanation, "ALWAYS")
	})
}

// Buckets start at UTC hour, day and ISO-week boundaries; a license held across midnight
// counts in both days; the window's edges move out to whole buckets.
func TestBucketsAcrossUTCBoundaries(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountFloating, 0, 2)
		admin, op := e.user(a, enums.RoleAdmin), e.user(a, enums.RoleOperator)
		sunday := monday.Add(-24 * time.Hour)
		x := e.mustLogin(sunday.Add(23*time.Hour+30*time.Minute), op, "X") // Sunday 23:30
		e.logout(monday.Add(30*time.Minute), op, x)                        // Monday 00:30
		y := e.mustLogin(monday.Add(23*time.Hour+59*time.Minute), op, "Y") // Monday 23:59
		e.logout(monday.Add(24*time.Hour+time.Minute), op, y)              // Tuesday 00:01
		e.clock.Set(monday.Add(10 * 24 * time.Hour))

		day := e.usageOf(admin, a, sunday.Add(12*time.Hour), monday.Add(36*time.Hour), usage.Day)
		assert.Equal(t, sunday, day.From)
		assert.Equal(t, monday.Add(48*time.Hour), day.To)
		require.Len(t, day.Points, 3)
		assert.Equal(t, usage.Point{Start: sunday, PeakHeld: 1, PeakFloating: 1, PeakDemand: 1, ActiveDevices: 1}, *day.Points[0])
		assert.Equal(t, usage.Point{Start: monday, PeakHeld: 1, PeakFloating: 1, PeakDemand: 1, ActiveDevices: 2, Releases: 1}, *day.Points[1])
		assert.Equal(t, usage.Point{Start: monday.Add(24 * time.Hour), PeakHeld: 1, PeakFloating: 1, PeakDemand: 1, ActiveDevices: 1, Releases: 1}, *day.Points[2])

		week := e.usageOf(admin, a, sunday, monday.Add(time.Hour), usage.Week)
		require.Len(t, week.Points, 2)
		assert.Equal(t, monday.Add(-7*24*time.Hour), week.Points[0].Start) // the Monday before
		assert.Equal(t, 1, week.Points[0].ActiveDevices)
		assert.Equal(t, monday, week.Points[1].Start)
		assert.Equal(t, 2, week.Points[1].ActiveDevices)
		assert.Equal(t, 2, week.Points[1].Releases)

		hours := e.usageOf(admin, a, monday.Add(-time.Hour), monday.Add(time.Hour), usage.Hour)
		require.Len(t, hours.Points, 2)
		assert.Equal(t, usage.Point{Start: sunday.Add(23 * time.Hour), PeakHeld: 1, PeakFloating: 1, PeakDemand: 1, ActiveDevices: 1}, *hours.Points[0])
		assert.Equal(t, usage.Point{Start: monday, PeakHeld: 1, PeakFloating: 1, PeakDemand: 1, ActiveDevices: 1, Releases: 1}, *hours.Points[1])
		require.NotNil(t, hours.PeakHeldAt)
		assert.Equal(t, sunday.Add(23*time.Hour+30*time.Minute), hours.PeakHeldAt.UTC())
	})
}

func TestEmptyAndBadWindows(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountStandard, 1, 0)
		admin, op := e.user(a, enums.RoleAdmin), e.user(a, enums.RoleOperator)
		e.clock.Set(monday.Add(24 * time.Hour))
		// Nothing ever happened.
		u := e.usageOf(admin, a, monday, monday.Add(24*time.Hour), usage.Hour)
		assert.Empty(t, u.Points)
		assert.Zero(t, u.PeakHeld)
		assert.Nil(t, u.PeakHeldAt)
		assert.Zero(t, u.PeakDemand)
		r := e.recommend(admin, a, monday, monday.Add(24*time.Hour), 0)
		assert.Equal(t, 0, r.Standard+r.Floating)
		assert.InDelta(t, 1.0, r.CurrentCost, 1e-9)

		e.mustLogin(monday.Add(30*time.Hour), op, "A")
		e.clock.Set(monday.Add(48 * time.Hour))
		// Before the first event: still nothing.
		assert.Empty(t, e.usageOf(admin, a, monday, monday.Add(24*time.Hour), usage.Day).Points)
		// In the future (nothing has happened yet): no license counted.
		fut := e.usageOf(admin, a, monday.Add(72*time.Hour), monday.Add(96*time.Hour), usage.Day)
		require.Len(t, fut.Points, 1)
		assert.Equal(t, usage.Point{Start: monday.Add(72 * time.Hour)}, *fut.Points[0])

		bad := []struct {
			name     string
			from, to time.Time
			b        usage.Bucket
		}{
			{"empty", monday, monday, usage.Day},
			{"reversed", monday.Add(time.Hour), monday, usage.Hour},
			{"over 400 days", monday, monday.Add(401 * 24 * time.Hour), usage.Week},
			{"unknown bucket", monday, monday.Add(time.Hour), usage.Bucket("MONTH")},
		}
		for _, c := range bad {
			_, err := e.usage.Usage(as(admin), a.ID, c.from, c.to, c.b)
			assert.True(t, apperr.Is(err, apperr.BadUserInput), "%s: %v", c.name, err)
			if c.b != "MONTH" {
				_, err = e.usage.Recommend(as(admin), a.ID, c.from, c.to, 1.5, 0)
				assert.True(t, apperr.Is(err, apperr.BadUserInput), "%s: %v", c.name, err)
			}
		}
		for _, f := range []float64{0, -1, 1e9} {
			_, err := e.usage.Recommend(as(admin), a.ID, monday, monday.Add(time.Hour), f, 0)
			assert.True(t, apperr.Is(err, apperr.BadUserInput), "factor %v: %v", f, err)
		}
		for _, rate := range []float64{-0.1, 1.5} {
			_, err := e.usage.Recommend(as(admin), a.ID, monday, monday.Add(time.Hour), 1.5, rate)
			assert.True(t, apperr.Is(err, apperr.BadUserInput), "rate %v: %v", rate, err)
		}
		// 400 days of HOUR points is the longest window, and allowed.
		_, err := e.usage.Usage(as(admin), a.ID, monday, monday.Add(400*24*time.Hour), usage.Hour)
		require.NoError(t, err)
	})
}
