//go:build bench

package bench

import (
	"bytes"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/testapp"
)

const (
	flDevices = 80
	flSeats   = 8
	flConns   = 32
)

// TestBenchFloatingContention: 80 devices fight over 8 FLOATING seats with an idle time of 0,
// so every heartbeat of a device that lost its seat reclaims one from the idlest holder.
func TestBenchFloatingContention(t *testing.T) {
	env := newEnv(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountFloating, Floating: flSeats, NoIdle: true})
	op := env.SeedUser(t, s.Account.ID, "", "count")
	sys := testapp.System()
	tokens := make([]string, flDevices)
	for i := range tokens {
		// Every login after the 8th reclaims a seat, so all 80 devices have held one and
		// 72 have lost it: their heartbeats re-acquire.
		d, err := env.App.Licensing.DeviceLogin(sys, op, licensing.DeviceInfo{Code: fmt.Sprintf("F%d", i)})
		if err != nil {
			t.Fatalf("device login %d: %v", i, err)
		}
		tokens[i] = env.Token(t, op, d.ID)
	}
	reclaimsBefore := countEvents(t, env, s.Account.ID, enums.EventReclaimed)
	c := httpClient(flConns)
	url := env.URL + "/graphql"
	bufs := make([]bytes.Buffer, flConns)
	var licensed, unlicensed atomic.Int64
	r := load(flConns, phase(), func(w, i int) error {
		tok := tokens[(w+i*flConns)%len(tokens)]
		b, err := post(c, url, tok, heartbeatBody, &bufs[w])
		if err != nil {
			return err
		}
		switch {
		case bytes.Contains(b, []byte(`"licensed":true`)):
			licensed.Add(1)
		case bytes.Contains(b, []byte(`"licensed":false`)):
			unlicensed.Add(1)
		default:
			return fmt.Errorf("heartbeat: %s", truncate(b))
		}
		return nil
	})
	if r.Errors > 0 {
		t.Errorf("heartbeat: %d errors, first: %v", r.Errors, r.FirstErr)
	}
	reclaims := countEvents(t, env, s.Account.ID, enums.EventReclaimed) - reclaimsBefore
	verdict := checkInvariant(t, env, s.Account, 0, flSeats)
	t.Logf("floating: %s, licensed %d, unlicensed %d, reclaims %d; invariant: %s", r, licensed.Load(), unlicensed.Load(), reclaims, verdict)
	body := fmt.Sprintf(`%d devices of one FLOATING account with %d seats and floating idle time 0; every device
logged in once (so 72 lost their seat and re-acquire through heartbeat); %d connections send
`+"`heartbeat { licensed }`"+` round-robin for %s.

| heartbeats/s | p50 / p99 | answered licensed | answered unlicensed | reclaims (RECLAIMED events) | reclaims/s | errors | invariant afterwards |
| --- | --- | --- | --- | --- | --- | --- | --- |
| %.0f | %s / %s | %d | %d | %d | %.0f | %d | %s |
`, flDevices, flSeats, flConns, phase(), r.PerSec(), ms(r.P50), ms(r.P99), licensed.Load(), unlicensed.Load(),
		reclaims, float64(reclaims)/r.Elapsed.Seconds(), r.Errors, verdict)
	writeSection(t, "floating", "3. Floating contention", body)
}

func countEvents(t testing.TB, env *testapp.Env, accountID int, typ enums.LicenseEventType) int {
	n, err := env.App.DB.Client.LicenseEvent.Query().
		Where(licenseevent.AccountID(accountID), licenseevent.TypeEQ(typ)).Count(testapp.System())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// checkInvariant is internal/licensing's invariant check (setup_test.go): the SQL checks,
// then a replay of the event log that must end in the seats' current holders.
func checkInvariant(t testing.TB, env *testapp.Env, a *ent.Account, wantStandard, wantFloating int) string {
	t.Helper()
	db := env.App.DB.SQL
	one := func(q string, args ...any) int {
		var n int
		if err := db.QueryRow(q, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	var broken []string
	check := func(ok bool, format string, args ...any) {
		if !ok {
			broken = append(broken, fmt.Sprintf(format, args...))
			t.Errorf("invariant: "+format, args...)
		}
	}
	check(one(`SELECT count(*) FROM licenses WHERE (device_id IS NULL) <> (status = 'NONE')`) == 0, "a seat is free with a status, or bound without one")
	check(one(`SELECT count(*) FROM (SELECT device_id FROM licenses WHERE device_id IS NOT NULL GROUP BY device_id HAVING count(*) > 1) x`) == 0, "a device holds two seats")
	check(one(`SELECT count(*) FROM licenses l JOIN devices d ON d.id = l.device_id WHERE d.account_id <> l.account_id`) == 0, "a seat bound to another account's device")
	check(one(`SELECT count(*) FROM licenses WHERE account_id = $1 AND pool = 'STANDARD'`, a.ID) == wantStandard, "STANDARD seat count changed")
	check(one(`SELECT count(*) FROM licenses WHERE account_id = $1 AND pool = 'FLOATING'`, a.ID) == wantFloating, "FLOATING seat count changed")

	sys := testapp.System()
	evs, err := env.App.DB.Client.LicenseEvent.Query().Where(licenseevent.AccountID(a.ID)).Order(ent.Asc(licenseevent.FieldSeq)).All(sys)
	if err != nil {
		t.Fatal(err)
	}
	replayed := map[int]int{} // seat → device
	for i, ev := range evs {
		check(ev.Seq == int64(i+1), "event sequence has a gap at %d", ev.Seq)
		switch ev.Type {
		case enums.EventAssigned, enums.EventReserved, enums.EventReclaimed, enums.EventMoved:
			if ev.LicenseID == nil || ev.DeviceID == nil {
				check(false, "%s #%d without a license or device", ev.Type, ev.Seq)
				continue
			}
			if ev.Type == enums.EventReclaimed || ev.Type == enums.EventMoved {
				check(ev.PreviousDeviceID != nil && *ev.PreviousDeviceID == replayed[*ev.LicenseID], "%s #%d took the seat from a device that did not hold it", ev.Type, ev.Seq)
			} else {
				check(replayed[*ev.LicenseID] == 0, "%s #%d took a seat that was not free", ev.Type, ev.Seq)
			}
			for seat, dev := range replayed {
				check(!(dev == *ev.DeviceID && seat != *ev.LicenseID), "%s #%d gave device %d a second seat", ev.Type, ev.Seq, dev)
			}
			replayed[*ev.LicenseID] = *ev.DeviceID
		case enums.EventRemoved, enums.EventReleased:
			if ev.LicenseID == nil || ev.DeviceID == nil {
				check(false, "%s #%d without a license or device", ev.Type, ev.Seq)
				continue
			}
			check(*ev.DeviceID == replayed[*ev.LicenseID], "%s #%d freed a seat the device did not hold", ev.Type, ev.Seq)
			delete(replayed, *ev.LicenseID)
		}
	}
	seats, err := env.App.DB.Client.License.Query().Where(license.AccountID(a.ID), license.DeviceIDNotNil()).All(sys)
	if err != nil {
		t.Fatal(err)
	}
	current := map[int]int{}
	for _, l := range seats {
		current[l.ID] = *l.DeviceID
	}
	check(fmt.Sprint(current) == fmt.Sprint(replayed), "replaying %d events does not give the current holders", len(evs))
	if len(broken) == 0 {
		return fmt.Sprintf("holds (SQL checks, and replay of %d events = current holders)", len(evs))
	}
	return fmt.Sprintf("BROKEN: %v", broken)
}
