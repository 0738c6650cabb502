// Package invariant checks the license invariant of an account straight in the database, for
// tests that cannot trust the service (after a crash, under concurrency): every seat is free
// or bound to exactly one device of its account, no device holds two, the pools keep their
// size, the event log has no gap, and replaying it gives exactly the current holders.
package invariant

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
)

// Pools is the expected number of seats per pool ("STANDARD", "FLOATING").
type Pools map[string]int

// Check returns every way the account breaks the invariant (none: it holds) and how many
// events it replayed. Placeholders are $n, which Postgres and SQLite both accept.
func Check(ctx context.Context, db *sql.DB, accountID int, want Pools) (problems []string, events int, err error) {
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	counts := []struct{ what, query string }{
		{"seats free with a status or bound without one", `SELECT count(*) FROM licenses WHERE account_id = $1 AND (device_id IS NULL) <> (status = 'NONE')`},
		{"devices holding two seats", `SELECT count(*) FROM (SELECT device_id FROM licenses WHERE account_id = $1 AND device_id IS NOT NULL GROUP BY device_id HAVING count(*) > 1) x`},
		{"seats bound to another account's device", `SELECT count(*) FROM licenses l JOIN devices d ON d.id = l.device_id WHERE l.account_id = $1 AND d.account_id <> l.account_id`},
	}
	for _, c := range counts {
		var n int
		if err := db.QueryRowContext(ctx, c.query, accountID).Scan(&n); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", c.what, err)
		}
		if n != 0 {
			bad("%d %s", n, c.what)
		}
	}
	got := Pools{}
	rows, err := db.QueryContext(ctx, `SELECT pool, count(*) FROM licenses WHERE account_id = $1 GROUP BY pool`, accountID)
	if err != nil {
		return nil, 0, err
	}
	for rows.Next() {
		var pool string
		var n int
		if err := rows.Scan(&pool, &n); err != nil {
			rows.Close()
			return nil, 0, err
		}
		got[pool] = n
	}
	rows.Close()
	for pool, n := range want {
		if got[pool] != n {
			bad("pool %s has %d seats, want %d", pool, got[pool], n)
		}
	}

	replayed := map[int64]int64{} // seat → device
	rows, err = db.QueryContext(ctx, `SELECT seq, type, license_id, device_id, previous_device_id FROM license_events WHERE account_id = $1 ORDER BY seq`, accountID)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			seq             int64
			typ             string
			seat, dev, prev sql.NullInt64
		)
		if err := rows.Scan(&seq, &typ, &seat, &dev, &prev); err != nil {
			return nil, 0, err
		}
		events++
		if seq != int64(events) {
			bad("event sequence has a gap: #%d where #%d was expected", seq, events)
			events = int(seq)
		}
		switch typ {
		case "ASSIGNED", "RESERVED", "RECLAIMED", "MOVED":
			if !seat.Valid || !dev.Valid {
				bad("%s #%d names no seat or no device", typ, seq)
				continue
			}
			if typ == "RECLAIMED" || typ == "MOVED" {
				if !prev.Valid || replayed[seat.Int64] != prev.Int64 {
					bad("%s #%d took seat %d from device %v, which did not hold it", typ, seq, seat.Int64, prev)
				}
			} else if holder, ok := replayed[seat.Int64]; ok {
				bad("%s #%d took seat %d, held by device %d", typ, seq, seat.Int64, holder)
			}
			for s, d := range replayed {
				if d == dev.Int64 && s != seat.Int64 {
					bad("%s #%d gave device %d a second seat", typ, seq, d)
				}
			}
			replayed[seat.Int64] = dev.Int64
		case "REMOVED", "RELEASED":
			if !seat.Valid || !dev.Valid || replayed[seat.Int64] != dev.Int64 {
				bad("%s #%d freed seat %v that device %v did not hold", typ, seq, seat, dev)
			}
			if seat.Valid {
				delete(replayed, seat.Int64)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	var last sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT event_seq FROM accounts WHERE id = $1`, accountID).Scan(&last); err != nil {
		return nil, 0, err
	}
	if last.Int64 != int64(events) {
		bad("the account's event counter is %d but the log ends at #%d", last.Int64, events)
	}

	current := map[int64]int64{}
	rows2, err := db.QueryContext(ctx, `SELECT id, device_id FROM licenses WHERE account_id = $1 AND device_id IS NOT NULL`, accountID)
	if err != nil {
		return nil, 0, err
	}
	defer rows2.Close()
	for rows2.Next() {
		var seat, dev int64
		if err := rows2.Scan(&seat, &dev); err != nil {
			return nil, 0, err
		}
		current[seat] = dev
	}
	if err := rows2.Err(); err != nil {
		return nil, 0, err
	}
	if !maps.Equal(current, replayed) {
		bad("replaying the event log gives holders %v, the seats say %v", replayed, current)
	}
	return problems, events, nil
}
