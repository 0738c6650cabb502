package main

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/internal/testdb"
)

func TestUsageCommandLine(t *testing.T) {
	for _, args := range [][]string{{"usage", "-h"}, {"usage", "--help"}, {"usage", "rebuild", "-h"}, {"usage", "rebuild", "--help"}} {
		code, out, errOut := runCLI(t, args...)
		assert.Equal(t, 0, code, "%v: %s", args, errOut)
		assert.Contains(t, out, "Usage", "%v", args)
		assert.Contains(t, out, "rebuild", "%v", args)
		assert.Empty(t, errOut, "%v", args)
	}
	_, out, _ := runCLI(t, "usage", "rebuild", "-h")
	assert.Contains(t, out, "-account")
	assert.Contains(t, out, "DATABASE_URL")
	_, out, _ = runCLI(t, "-h")
	assert.Contains(t, out, "usage rebuild")

	for name, args := range map[string][]string{
		"no subcommand":   {"usage"},
		"unknown":         {"usage", "refold"},
		"stray argument":  {"usage", "rebuild", "12"},
		"stray after":     {"usage", "rebuild", "--account", "12", "now"},
		"account not int": {"usage", "rebuild", "--account", "twelve"},
		"account zero":    {"usage", "rebuild", "--account", "0"},
		"account below":   {"usage", "rebuild", "--account=-3"},
		"unknown flag":    {"usage", "rebuild", "--all"},
	} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCLI(t, args...)
			assert.Equal(t, 2, code, errOut)
			assert.Empty(t, out)
			line := strings.TrimRight(errOut, "\n")
			assert.NotContains(t, line, "\n", "one line: %q", errOut)
			assert.True(t, strings.HasPrefix(line, "countthings: usage"), errOut)
		})
	}

	// A database the binary has not migrated is refused, not half-rebuilt.
	code, _, errOut := runCLI(t, "usage", "rebuild", "--database-url", testdb.EmptyPostgresURL(t))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "run countthings migrate")
}

// rollups is the account's roll-up rows as sorted text, without their ids: what a rebuild
// must restore exactly.
func rollups(t *testing.T, db *sql.DB, accountID int) []string {
	t.Helper()
	var out []string
	for _, table := range []string{"usage_states", "usage_hours", "usage_devices", "usage_spans"} {
		rows, err := db.Query(fmt.Sprintf("SELECT * FROM %s WHERE account_id = %d", table, accountID))
		require.NoError(t, err)
		cols, err := rows.Columns()
		require.NoError(t, err)
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			require.NoError(t, rows.Scan(ptrs...))
			var b strings.Builder
			b.WriteString(table)
			for i, c := range cols {
				if c == "id" {
					continue
				}
				v := vals[i]
				if tm, ok := v.(time.Time); ok {
					v = tm.UTC().Format(time.RFC3339Nano)
				}
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, " %s=%v", c, v)
			}
			out = append(out, b.String())
		}
		require.NoError(t, rows.Err())
		rows.Close()
	}
	sort.Strings(out)
	return out
}

// countthings usage rebuild restores, from the events, exactly the roll-ups the incremental
// fold keeps, after they were corrupted and partly deleted: one account with --account (the
// others untouched), all of them without.
func TestUsageRebuildCommandRestoresRollups(t *testing.T) {
	for name, opts := range map[string][]testapp.Option{"postgres": nil, "sqlite": {testapp.SQLite()}} {
		t.Run(name, func(t *testing.T) {
			env := testapp.New(t, opts...)
			ctx := context.Background()
			sys := auth.WithSystem(ctx)
			start := time.Date(2026, 10, 5, 7, 0, 0, 0, time.UTC)
			env.Clock.Advance(start.Sub(env.Clock.Now()))

			// A: STANDARD, 2 seats, a third device refused, a logout, a login the next day.
			// B: FLOATING, 2 seats, 4 devices over two hours (reclaims of idle holders).
			a := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 2})
			b := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountFloating, Floating: 2, IdleMinutes: 20})
			opA := env.SeedUser(t, a.Account.ID, "", "count")
			opB := env.SeedUser(t, b.Account.ID, "", "count")
			fold := func() {
				require.NoError(t, env.App.Usage.CatchUp(ctx, a.Account.ID))
				require.NoError(t, env.App.Usage.CatchUp(ctx, b.Account.ID))
			}
			login := func(u *ent.User, code string, after time.Duration) *ent.Device {
				env.Clock.Advance(after)
				d, _ := env.App.Licensing.DeviceLogin(ctx, u, licensing.DeviceInfo{Code: code})
				fold()
				return d
			}
			a1 := login(opA, "A-1", 0)
			login(opA, "A-2", 10*time.Minute)
			login(opA, "A-3", 20*time.Minute) // refused
			login(opB, "B-1", 5*time.Minute)
			login(opB, "B-2", 5*time.Minute)
			login(opB, "B-3", 30*time.Minute) // reclaims an idle holder
			login(opB, "B-4", 40*time.Minute)
			env.Clock.Advance(15 * time.Minute)
			v := &auth.Viewer{UserID: opA.ID, AccountID: a.Account.ID, Role: string(opA.Role), Kind: auth.KindUser, Email: opA.Email, DeviceID: a1.ID}
			require.NoError(t, env.App.Licensing.ReleaseOnLogout(ctx, v))
			fold()
			login(opA, "A-3", 26*time.Hour)

			n, err := env.App.DB.Client.LicenseEvent.Query().Count(sys)
			require.NoError(t, err)
			require.GreaterOrEqual(t, n, 8)
			db := env.App.DB.SQL
			wantA, wantB := rollups(t, db, a.Account.ID), rollups(t, db, b.Account.ID)
			require.Greater(t, len(wantA), 5)
			require.Greater(t, len(wantB), 5)

			corrupt := func(id int, want []string) {
				for _, q := range []string{
					"UPDATE usage_hours SET peak_held = peak_held + 7, denials = 0 WHERE account_id = %d",
					"DELETE FROM usage_hours WHERE account_id = %d AND hour = (SELECT MIN(hour) FROM usage_hours WHERE account_id = %[1]d)",
					"DELETE FROM usage_spans WHERE account_id = %d",
					"DELETE FROM usage_devices WHERE account_id = %d AND device_id = (SELECT MAX(device_id) FROM usage_devices WHERE account_id = %[1]d)",
					"UPDATE usage_states SET waiting = 5, held_standard = 9 WHERE account_id = %d",
				} {
					_, err := db.Exec(fmt.Sprintf(q, id))
					require.NoError(t, err, q)
				}
				require.NotEqual(t, want, rollups(t, db, id))
			}
			corrupt(a.Account.ID, wantA)
			corrupt(b.Account.ID, wantB)

			code, out, errOut := runCLI(t, "usage", "rebuild", "--account", fmt.Sprint(a.Account.ID), "--database-url", env.DBURL)
			require.Equal(t, 0, code, errOut)
			assert.Regexp(t, fmt.Sprintf(`^rebuilt the usage roll-ups of account %d: \d+ license events folded into \d+ hours\n$`, a.Account.ID), out)
			assert.Equal(t, wantA, rollups(t, db, a.Account.ID), "--account rebuilt A exactly")
			assert.NotEqual(t, wantB, rollups(t, db, b.Account.ID), "--account left B alone")

			corrupt(a.Account.ID, wantA)
			code, out, errOut = runCLI(t, "usage", "rebuild", "--database-url", env.DBURL)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, wantA, rollups(t, db, a.Account.ID))
			assert.Equal(t, wantB, rollups(t, db, b.Account.ID))
			for _, id := range []int{a.Account.ID, b.Account.ID} {
				assert.Regexp(t, fmt.Sprintf(`(?m)^rebuilt the usage roll-ups of account %d: \d+ license events folded into [1-9]\d* hours$`, id), out)
			}
			assert.Regexp(t, regexp.MustCompile(`(?m)^rebuilt the usage roll-ups of \d+ account\(s\)$`), out)

			// Rebuilding again changes nothing; an unknown account is an error (exit 1).
			code, _, errOut = runCLI(t, "usage", "rebuild", "--database-url", env.DBURL)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, wantA, rollups(t, db, a.Account.ID))
			assert.Equal(t, wantB, rollups(t, db, b.Account.ID))
			code, _, errOut = runCLI(t, "usage", "rebuild", "--account", "999999", "--database-url", env.DBURL)
			assert.Equal(t, 1, code)
			assert.Contains(t, errOut, "no account with ID 999999")
		})
	}
}
