package database_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	entdialect "entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/database/migrations"
	"github.com/countthings/countthings/internal/testdb"
)

// emptyURLs: a database with no tables, on Postgres and on SQLite.
func emptyURLs(t *testing.T) map[string]string {
	return map[string]string{
		"postgres": testdb.EmptyPostgresURL(t),
		"sqlite":   "sqlite://" + filepath.Join(t.TempDir(), "m.db"),
	}
}

func open(t *testing.T, url string) *database.DB {
	t.Helper()
	db, err := database.Open(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

func revisions(t *testing.T, db *database.DB) map[string]bool {
	t.Helper()
	rows, err := db.SQL.Query("SELECT version, baseline FROM " + database.RevisionTable)
	require.NoError(t, err)
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var v string
		var b bool
		require.NoError(t, rows.Scan(&v, &b))
		out[v] = b
	}
	return out
}

func TestMigrateAppliesEachVersionOnce(t *testing.T) {
	ctx := context.Background()
	for name, url := range emptyURLs(t) {
		t.Run(name, func(t *testing.T) {
			db := open(t, url)
			files, err := migrations.Files(db.Dialect)
			require.NoError(t, err)
			require.NotEmpty(t, files)

			pending, err := db.PendingMigrations(ctx)
			require.NoError(t, err)
			require.Len(t, pending, len(files), "dry run lists every migration of a fresh database")
			n, err := db.SchemaBehind(ctx)
			require.NoError(t, err)
			assert.Equal(t, len(files), n)
			_, err = db.SQL.Exec("SELECT 1 FROM " + database.RevisionTable)
			assert.Error(t, err, "the dry run created nothing")

			applied, err := db.Migrate(ctx)
			require.NoError(t, err)
			require.Len(t, applied, len(files))
			assert.False(t, applied[0].Baseline)
			assert.Equal(t, files[0].Version, applied[0].Version)
			assert.Positive(t, applied[0].Statements)
			revs := revisions(t, db)
			assert.Len(t, revs, len(files))

			applied, err = db.Migrate(ctx)
			require.NoError(t, err)
			assert.Empty(t, applied, "a second run applies nothing")
			n, err = db.SchemaBehind(ctx)
			require.NoError(t, err)
			assert.Zero(t, n)

			diff, err := database.SchemaDiff(ctx, db)
			require.NoError(t, err)
			assert.Empty(t, diff, "the migrated schema is the ent schema")
		})
	}
}

// A database the earlier auto-migration created is taken as the baseline: nothing runs on
// it, its data stays, and later migrations apply on top.
func TestMigrateBaselinesAnAutoMigratedDatabase(t *testing.T) {
	ctx := context.Background()
	for name, url := range emptyURLs(t) {
		t.Run(name, func(t *testing.T) {
			db := open(t, url)
			// The tables the earlier auto-migration made: the baseline's (later migrations
			// add to them).
			files, err := migrations.Files(db.Dialect)
			require.NoError(t, err)
			for _, st := range files[0].Stmts {
				_, err := db.SQL.ExecContext(ctx, st)
				require.NoError(t, err, st)
			}
			sctx := auth.WithSystem(ctx)
			_, err = db.Client.Account.Create().SetName("Acme").SetEmail("counting@acme.test").SetType(enums.AccountStandard).SetExpiresAt(time.Now().Add(time.Hour)).Save(sctx)
			require.NoError(t, err)

			pending, err := db.PendingMigrations(ctx)
			require.NoError(t, err)
			require.NotEmpty(t, pending)
			assert.True(t, pending[0].Baseline)

			applied, err := db.Migrate(ctx)
			require.NoError(t, err)
			require.NotEmpty(t, applied)
			assert.True(t, applied[0].Baseline, "recorded as the baseline")
			assert.Contains(t, applied[0].String(), "baseline")
			revs := revisions(t, db)
			assert.True(t, revs[applied[0].Version])

			n, err := db.Client.Account.Query().Count(sctx)
			require.NoError(t, err)
			assert.Equal(t, 1, n)
			diff, err := database.SchemaDiff(ctx, db)
			require.NoError(t, err)
			assert.Empty(t, diff)
		})
	}
}

func TestMigrateRefusesANewerDatabase(t *testing.T) {
	ctx := context.Background()
	for name, url := range emptyURLs(t) {
		t.Run(name, func(t *testing.T) {
			db := open(t, url)
			_, err := db.Migrate(ctx)
			require.NoError(t, err)
			ph := "?, ?, ?"
			if db.Dialect == entdialect.Postgres {
				ph = "$1, $2, $3"
			}
			_, err = db.SQL.Exec("INSERT INTO "+database.RevisionTable+" (version, description, applied_at) VALUES ("+ph+")", "29991231000000", "from_the_future", time.Now().UTC())
			require.NoError(t, err)
			var newer *database.SchemaNewerError
			_, err = db.Migrate(ctx)
			require.ErrorAs(t, err, &newer)
			assert.Contains(t, err.Error(), "29991231000000")
			_, err = db.PendingMigrations(ctx)
			require.ErrorAs(t, err, &newer)
			_, err = db.SchemaBehind(ctx)
			require.ErrorAs(t, err, &newer)
		})
	}
}

// Several processes starting at once on one Postgres database: every migration applied once.
func TestMigrateConcurrently(t *testing.T) {
	ctx := context.Background()
	url := testdb.EmptyPostgresURL(t)
	var wg sync.WaitGroup
	total := make(chan int, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := database.Open(ctx, url)
			if !assert.NoError(t, err) {
				return
			}
			defer db.Close()
			applied, err := db.Migrate(ctx)
			assert.NoError(t, err)
			total <- len(applied)
		}()
	}
	wg.Wait()
	close(total)
	sum := 0
	for n := range total {
		sum += n
	}
	files, err := migrations.Files(entdialect.Postgres)
	require.NoError(t, err)
	assert.Equal(t, len(files), sum, "each migration applied by exactly one of them")
	assert.Len(t, revisions(t, open(t, url)), len(files))
}

// The committed migration files, replayed on an empty database, are the ent schema (CI's
// check that no ent change lacks its migration; make check-migrations does the same).
func TestMigrationFilesMatchTheEntSchema(t *testing.T) {
	ctx := context.Background()
	for name, url := range emptyURLs(t) {
		t.Run(name, func(t *testing.T) {
			db := open(t, url)
			dir, err := migrations.Dir(db.Dialect)
			require.NoError(t, err)
			f, err := migrations.Diff(ctx, entsql.OpenDB(db.Dialect, db.SQL), dir, "check")
			require.NoError(t, err)
			if f != nil {
				t.Fatalf("%v\n%s", migrations.ErrStale, f.Bytes())
			}
		})
	}
}

// An ent schema change without its migration is caught (the check can fail).
func TestSchemaDiffSeesAMissingMigration(t *testing.T) {
	ctx := context.Background()
	db := open(t, "sqlite://"+filepath.Join(t.TempDir(), "d.db"))
	_, err := db.Migrate(ctx)
	require.NoError(t, err)
	_, err = db.SQL.Exec("DROP INDEX device_last_user_id")
	require.NoError(t, err)
	diff, err := database.SchemaDiff(ctx, db)
	require.NoError(t, err)
	assert.Contains(t, diff, "device_last_user_id")
}
