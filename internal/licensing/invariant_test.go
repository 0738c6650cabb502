package licensing_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

// The license invariant under concurrency: logins (with floating reclaims, since the idle
// time is 0), heartbeats, logouts, assignments, moves and removals race over 40 devices and
// 5 seats; afterwards SQL and the replayed event log must agree.
func TestLicenseInvariantUnderConcurrency(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db)
		a := e.account(enums.AccountMixed, 2, 3)
		_, err := db.Client.Account.UpdateOne(a).SetFloatingIdleMinutes(0).Save(e.sys)
		require.NoError(t, err)
		admin := e.user(a, enums.RoleAdmin)
		ops := make([]*ent.User, 4)
		for i := range ops {
			ops[i] = e.user(a, enums.RoleOperator)
		}
		const devices, workers = 40, 8
		// Register every device first (most get NO_LICENSE_AVAILABLE) so admin actions have ids.
		devs := make([]*ent.Device, devices)
		for i := range devs {
			d, err := e.login(ops[i%len(ops)], fmt.Sprintf("DEV-%02d", i))
			if err != nil {
				requireCode(t, err, apperr.NoLicenseAvailable)
			}
			devs[i] = d
		}

		// At least 3 s of racing, and on a slow machine longer, until the race has seen a
		// successful move and a floating reclaim (at most 60 s).
		deadline := time.Now().Add(3 * time.Second)
		hardStop := time.Now().Add(60 * time.Second)
		var wg sync.WaitGroup
		var mu sync.Mutex
		counts := map[string]int{}
		seenEnough := func() bool {
			mu.Lock()
			moved := counts["6:ok"] > 0
			mu.Unlock()
			return moved && e.countEvents(a, enums.EventReclaimed) > 0
		}
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(w), 42))
				for i := 0; time.Now().Before(hardStop) && (time.Now().Before(deadline) || i < 20 || !seenEnough()); i++ {
					d := devs[r.IntN(devices)]
					u := ops[r.IntN(len(ops))]
					var err error
					op := r.IntN(10)
					switch op {
					case 0, 1, 2:
						_, err = e.svc.DeviceLogin(context.Background(), u, deviceInfo(d.Code))
					case 3, 4:
						_, err = e.svc.Heartbeat(onDevice(u, d))
					case 5:
						err = e.svc.ReleaseOnLogout(context.Background(), viewerOnDevice(u, d))
					case 6:
						_, err = e.svc.Move(as(admin), d.ID, devs[r.IntN(devices)].ID)
					case 7:
						_, err = e.svc.Remove(as(admin), d.ID)
					case 8:
						_, err = e.svc.Assign(as(admin), d.ID, nil)
					case 9:
						_, err = e.svc.SetInactive(as(admin), d.ID, r.IntN(2) == 0)
					}
					e.clock.Advance(time.Second)
					code := "ok"
					if err != nil {
						code = string(apperr.CodeOf(err))
					}
					mu.Lock()
					counts[fmt.Sprintf("%d:%s", op, code)]++
					mu.Unlock()
					switch apperr.CodeOf(err) {
					case apperr.NoLicenseAvailable, apperr.Conflict, apperr.BadUserInput:
					default:
						require.NoError(t, err, "op %d on device %s", op, d.Code)
					}
				}
			}()
		}
		wg.Wait()
		t.Logf("operations (op:outcome → count): %v", counts)
		e.checkInvariant(a, 2, 3)
		held, err := db.Client.License.Query().Where().Count(e.sys)
		require.NoError(t, err)
		require.Equal(t, 5, held)
		types := map[enums.LicenseEventType]int{}
		for _, ev := range e.events(a) {
			types[ev.Type]++
		}
		t.Logf("events: %v", types)
		require.Positive(t, types[enums.EventReclaimed], "the race should include floating reclaims")
		require.Positive(t, types[enums.EventMoved])
	})
}
