//go:build bench

package bench

import (
	"bytes"
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/licensing/invariant"
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

// checkInvariant runs internal/licensing/invariant: the SQL checks, then a replay of the
// event log that must end in the seats' current holders.
func checkInvariant(t testing.TB, env *testapp.Env, a *ent.Account, wantStandard, wantFloating int) string {
	t.Helper()
	problems, events, err := invariant.Check(context.Background(), env.App.DB.SQL, a.ID,
		invariant.Pools{string(enums.PoolStandard): wantStandard, string(enums.PoolFloating): wantFloating})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("invariant: %s", p)
	}
	if len(problems) == 0 {
		return fmt.Sprintf("holds (SQL checks, and replay of %d events = current holders)", events)
	}
	return fmt.Sprintf("BROKEN: %v", problems)
}
