package testapp

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
)

// HistorySpec describes a generated history of license events (PostgreSQL only).
type HistorySpec struct {
	Devices  int       // devices of the account, created for it
	AlwaysOn int       // the first AlwaysOn devices take a STANDARD seat at From and keep it
	From     time.Time // the first day (UTC midnight)
	Days     int       // working days are Monday to Friday
	User     int       // the user named by the events (0: none)
}

// History is what GenerateHistory wrote.
type History struct {
	Events    int
	DeviceIDs []int
}

type genEvent struct {
	at       time.Time
	typ      enums.LicenseEventType
	pool     enums.LicensePool
	device   int
	previous int
}

// GenerateHistory writes spec's history for the account straight into the database with
// COPY (not through the API, so that a year takes seconds): its devices, then a working
// day of each device that is not always on (a login between 07:00 and 10:00 UTC, a logout
// six to nine hours later), allocated as the service would against the account's seats:
// a free FLOATING seat (else a free STANDARD one) is ASSIGNED; without one, every fourth
// device RECLAIMS the longest-held FLOATING seat and the others are DENIED; a holder's
// logout RELEASES. The events are numbered after the account's event_seq, which moves on.
func (e *Env) GenerateHistory(t testing.TB, accountID int, spec HistorySpec) History {
	t.Helper()
	if e.App.DB.IsSQLite() {
		t.Fatal("GenerateHistory needs PostgreSQL (COPY)")
	}
	ctx := context.Background()
	sys := System()
	seats := map[enums.LicensePool]int{}
	for _, p := range []enums.LicensePool{enums.PoolStandard, enums.PoolFloating} {
		n, err := e.App.DB.Client.License.Query().Where(license.AccountID(accountID), license.PoolEQ(p)).Count(sys)
		if err != nil {
			t.Fatal(err)
		}
		seats[p] = n
	}
	db := e.App.DB.SQL
	var user any
	if spec.User != 0 {
		user = spec.User
	}
	rows, err := db.QueryContext(ctx, `INSERT INTO devices (created_at, code, account_id, last_user_id)
		SELECT $1, 'GEN-' || g, $2, $3 FROM generate_series(1, $4) g ORDER BY g RETURNING id`,
		spec.From, accountID, user, spec.Devices)
	if err != nil {
		t.Fatalf("generate devices: %v", err)
	}
	var h History
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		h.DeviceIDs = append(h.DeviceIDs, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	sort.Ints(h.DeviceIDs)

	var evs []genEvent
	free := map[enums.LicensePool]int{enums.PoolStandard: seats[enums.PoolStandard], enums.PoolFloating: seats[enums.PoolFloating]}
	for i := 0; i < spec.AlwaysOn && i < len(h.DeviceIDs) && free[enums.PoolStandard] > 0; i++ {
		free[enums.PoolStandard]--
		evs = append(evs, genEvent{at: spec.From.Add(time.Duration(i) * time.Second), typ: enums.EventAssigned, pool: enums.PoolStandard, device: h.DeviceIDs[i]})
	}
	type move struct {
		at    time.Time
		login bool
		dev   int
	}
	type holding struct {
		pool  enums.LicensePool
		since time.Time
	}
	rnd := uint64(0x9e3779b97f4a7c15)
	next := func(n int) int { // xorshift: the same history every run
		rnd ^= rnd << 13
		rnd ^= rnd >> 7
		rnd ^= rnd << 17
		return int(rnd % uint64(n))
	}
	for d := 0; d < spec.Days; d++ {
		day := spec.From.AddDate(0, 0, d)
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		var moves []move
		for i := spec.AlwaysOn; i < len(h.DeviceIDs); i++ {
			in := day.Add(7*time.Hour + time.Duration(next(180))*time.Minute + time.Duration(next(60))*time.Second)
			out := in.Add(6*time.Hour + time.Duration(next(180))*time.Minute)
			moves = append(moves, move{in, true, h.DeviceIDs[i]}, move{out, false, h.DeviceIDs[i]})
		}
		sort.Slice(moves, func(a, b int) bool { return moves[a].at.Before(moves[b].at) })
		held := map[int]holding{}
		for _, m := range moves {
			if !m.login {
				if hd, ok := held[m.dev]; ok {
					delete(held, m.dev)
					free[hd.pool]++
					evs = append(evs, genEvent{at: m.at, typ: enums.EventReleased, pool: hd.pool, device: m.dev})
				}
				continue
			}
			switch {
			case free[enums.PoolFloating] > 0:
				free[enums.PoolFloating]--
				held[m.dev] = holding{enums.PoolFloating, m.at}
				evs = append(evs, genEvent{at: m.at, typ: enums.EventAssigned, pool: enums.PoolFloating, device: m.dev})
			case free[enums.PoolStandard] > 0:
				free[enums.PoolStandard]--
				held[m.dev] = holding{enums.PoolStandard, m.at}
				evs = append(evs, genEvent{at: m.at, typ: enums.EventAssigned, pool: enums.PoolStandard, device: m.dev})
			default:
				victim := 0
				if m.dev%4 == 0 {
					for dev, hd := range held {
						if hd.pool == enums.PoolFloating && (victim == 0 || hd.since.Before(held[victim].since) || (hd.since.Equal(held[victim].since) && dev < victim)) {
							victim = dev
						}
					}
				}
				if victim == 0 {
					evs = append(evs, genEvent{at: m.at, typ: enums.EventDenied, device: m.dev})
					continue
				}
				delete(held, victim)
				held[m.dev] = holding{enums.PoolFloating, m.at}
				evs = append(evs, genEvent{at: m.at, typ: enums.EventReclaimed, pool: enums.PoolFloating, device: m.dev, previous: victim})
			}
		}
		for dev, hd := range held { // a logout past midnight: none here, but stay consistent
			free[hd.pool]++
			delete(held, dev)
		}
	}

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT event_seq FROM accounts WHERE id = $1 FOR UPDATE`, accountID).Scan(&seq); err != nil {
		t.Fatal(err)
	}
	stmt, err := tx.Prepare(pq.CopyIn("license_events", "seq", "type", "occurred_at", "pool", "account_id", "device_id", "previous_device_id", "user_id"))
	if err != nil {
		t.Fatalf("COPY license_events: %v", err)
	}
	for _, ev := range evs {
		seq++
		var pool, prev any
		if ev.pool != "" {
			pool = string(ev.pool)
		}
		if ev.previous != 0 {
			prev = ev.previous
		}
		if _, err := stmt.Exec(seq, string(ev.typ), ev.at, pool, accountID, ev.device, prev, user); err != nil {
			t.Fatalf("COPY license_events: %v", err)
		}
	}
	if _, err := stmt.Exec(); err != nil {
		t.Fatalf("COPY license_events: %v", err)
	}
	if err := stmt.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE accounts SET event_seq = $1 WHERE id = $2`, seq, accountID); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatalf("generate history: %v", err)
	}
	if _, err := db.ExecContext(ctx, `ANALYZE license_events`); err != nil {
		t.Fatal(err)
	}
	h.Events = len(evs)
	return h
}

// String describes the history.
func (h History) String() string {
	return fmt.Sprintf("%d devices, %d license events", len(h.DeviceIDs), h.Events)
}
