package usage_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/usagedevice"
	"github.com/countthings/countthings/ent/usagehour"
	"github.com/countthings/countthings/ent/usagespan"
	"github.com/countthings/countthings/ent/usagestate"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
	"github.com/countthings/countthings/internal/usage"
)

// dump is the account's roll-ups as comparable text.
func dump(t *testing.T, e *env, accountID int) []string {
	ctx := e.sys
	var out []string
	st, err := e.db.Client.UsageState.Query().Where(usagestate.AccountID(accountID)).Only(ctx)
	require.NoError(t, err)
	out = append(out, fmt.Sprintf("state seq=%d at=%v std=%d fl=%d waiting=%d", st.LastSeq, st.LastAt.UTC(), st.HeldStandard, st.HeldFloating, st.Waiting))
	hs, err := e.db.Client.UsageHour.Query().Where(usagehour.AccountID(accountID)).Order(ent.Asc(usagehour.FieldHour)).All(ctx)
	require.NoError(t, err)
	for _, h := range hs {
		out = append(out, fmt.Sprintf("hour %v peak=%d@%v std=%d fl=%d demand=%d end=%d/%d/%d new=%d/%d/%d d=%d rc=%d rl=%d",
			h.Hour.UTC(), h.PeakHeld, h.PeakHeldAt.UTC(), h.PeakStandard, h.PeakFloating, h.PeakDemand,
			h.EndStandard, h.EndFloating, h.EndDemand, h.NewInHour, h.NewInDay, h.NewInWeek, h.Denials, h.Reclaims, h.Releases))
	}
	ds, err := e.db.Client.UsageDevice.Query().Where(usagedevice.AccountID(accountID)).Order(ent.Asc(usagedevice.FieldDeviceID)).All(ctx)
	require.NoError(t, err)
	tm := func(p *time.Time) string {
		if p == nil {
			return "-"
		}
		return p.UTC().String()
	}
	for _, d := range ds {
		pool := "-"
		if d.Pool != nil {
			pool = string(*d.Pool)
		}
		out = append(out, fmt.Sprintf("device %d pool=%s span=%s waiting=%s held=%s", d.DeviceID, pool, tm(d.SpanStart), tm(d.WaitingUntil), tm(d.LastHeldAt)))
	}
	sp, err := e.db.Client.UsageSpan.Query().Where(usagespan.AccountID(accountID)).All(ctx)
	require.NoError(t, err)
	var spans []string
	for _, s := range sp {
		spans = append(spans, fmt.Sprintf("span %d %v-%v idle=%s", s.DeviceID, s.StartAt.UTC(), s.EndAt.UTC(), tm(s.IdleFrom)))
	}
	sort.Strings(spans)
	return append(out, spans...)
}

// The roll-ups caught up after every change, caught up in small batches by a new service
// (a restart) and rebuilt from the log are the same rows.
func TestRebuildEqualsIncremental(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountMixed, 1, 2)
		_, op := e.user(a, enums.RoleAdmin), e.user(a, enums.RoleOperator)
		step := func() { require.NoError(t, e.usage.CatchUp(context.Background(), a.ID)) }
		at := monday.Add(8 * time.Hour)
		var devs []*ent.Device
		for i := range 5 { // 1 STANDARD, 2 FLOATING, then refusals, then reclaims of idle holders
			d, _ := e.login(at.Add(time.Duration(i)*7*time.Minute), op, code(i))
			devs = append(devs, d)
			step()
		}
		e.logout(at.Add(50*time.Minute), op, devs[1])
		step()
		for i := 5; i < 9; i++ { // idle-longest reclaims from holders idle for 30 minutes
			_, _ = e.login(at.Add(time.Duration(i)*40*time.Minute), op, code(i))
			step()
		}
		_, _ = e.login(at.Add(26*time.Hour), op, code(3)) // the next day
		step()
		e.clock.Set(monday.Add(3 * 24 * time.Hour))
		step()
		incremental := dump(t, e, a.ID)
		require.Greater(t, len(incremental), 10)

		// A restart in the middle of a catch-up: a new service folding three events a batch.
		r, err := e.usage.Rebuild(context.Background(), a.ID)
		require.NoError(t, err)
		require.Equal(t, a.ID, r.AccountID)
		require.Positive(t, r.Events)
		require.Positive(t, r.Hours)
		require.Equal(t, incremental, dump(t, e, a.ID), "rebuild")
		_, err = e.db.Client.UsageState.Update().Where(usagestate.AccountID(a.ID)).SetLastSeq(0).ClearLastAt().
			SetHeldStandard(0).SetHeldFloating(0).SetWaiting(0).Save(e.sys)
		require.NoError(t, err)
		_, err = e.db.Client.UsageHour.Delete().Where(usagehour.AccountID(a.ID)).Exec(e.sys)
		require.NoError(t, err)
		_, err = e.db.Client.UsageSpan.Delete().Where(usagespan.AccountID(a.ID)).Exec(e.sys)
		require.NoError(t, err)
		_, err = e.db.Client.UsageDevice.Delete().Where(usagedevice.AccountID(a.ID)).Exec(e.sys)
		require.NoError(t, err)
		restarted := usage.New(db, e.az, e.pol, e.clock.Now, slog.New(slog.NewTextHandler(io.Discard, nil)))
		usage.SetBatch(restarted, 3)
		require.NoError(t, restarted.CatchUp(context.Background(), a.ID))
		require.Equal(t, incremental, dump(t, e, a.ID), "batches of three")
		// Idempotent: nothing new, nothing changes.
		require.NoError(t, restarted.CatchUpAll(context.Background()))
		require.Equal(t, incremental, dump(t, e, a.ID))

		types := map[enums.LicenseEventType]int{}
		evs, err := e.db.Client.LicenseEvent.Query().All(e.sys)
		require.NoError(t, err)
		for _, ev := range evs {
			types[ev.Type]++
		}
		require.Positive(t, types[enums.EventDenied], types)
		require.Positive(t, types[enums.EventReclaimed], types)
	})
}
