// Package testdb gives each test a fresh, migrated database: its own Postgres database
// (created from a migrated template, dropped at the end), or an SQLite file.
package testdb

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/countthings/countthings/ent/migrate"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/database/migrations"
)

const defaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

const howToStart = `Postgres is needed by the test suite and could not be reached.
Start the local server with:
    pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
or point TEST_DATABASE_URL at a Postgres server (postgres://user@host:port/db?sslmode=disable).`

// AdminURL is the Postgres server the tests use: TEST_DATABASE_URL or the local one.
func AdminURL() string {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return u
	}
	return defaultURL
}

// Postgres returns an open, migrated, empty Postgres database of its own, dropped when t ends.
func Postgres(t testing.TB) *database.DB {
	t.Helper()
	u := NewPostgresURL(t)
	db, err := database.Open(context.Background(), u)
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// NewPostgresURL creates a fresh migrated database and returns its URL (for tests that start servers).
func NewPostgresURL(t testing.TB) string {
	t.Helper()
	admin := openAdmin(t)
	tmpl := ensureTemplate(t, admin)
	name := "ct_test_" + randomHex(6)
	_, err := admin.Exec(fmt.Sprintf(`CREATE DATABASE %s TEMPLATE %s`, name, tmpl))
	for try := 0; err != nil && strings.Contains(err.Error(), "does not exist") && try < 3; try++ {
		// A test run of another checkout removed the template: build it again.
		if tmpl, err = buildTemplate(admin); err == nil {
			_, err = admin.Exec(fmt.Sprintf(`CREATE DATABASE %s TEMPLATE %s`, name, tmpl))
		}
	}
	if err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		// WITH (FORCE) drops it even if a leaked connection is still open.
		if _, err := admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name)); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	return withDatabase(AdminURL(), name)
}

// EmptyPostgresURL creates a fresh database with no tables (dropped when t ends) and returns its URL.
func EmptyPostgresURL(t testing.TB) string {
	t.Helper()
	admin := openAdmin(t)
	name := "ct_test_" + randomHex(6)
	if _, err := admin.Exec(fmt.Sprintf(`CREATE DATABASE %s`, name)); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name)); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	return withDatabase(AdminURL(), name)
}

// SQLite returns an open, migrated SQLite database in a temporary directory.
func SQLite(t testing.TB) *database.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := database.Open(context.Background(), "sqlite://"+path)
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate sqlite: %v", err)
	}
	sqliteCheck.Do(func() { sqliteCheckErr = CheckMigrations(db) })
	if sqliteCheckErr != nil {
		t.Fatal(sqliteCheckErr)
	}
	return db
}

// Each runs f once on Postgres and once on SQLite, as subtests.
func Each(t *testing.T, f func(t *testing.T, db *database.DB)) {
	t.Run("postgres", func(t *testing.T) { f(t, Postgres(t)) })
	t.Run("sqlite", func(t *testing.T) { f(t, SQLite(t)) })
}

var (
	sqliteCheck    sync.Once
	sqliteCheckErr error
)

// CheckMigrations fails when db, migrated, still differs from the ent schema: an ent schema
// change was made without its migration.
func CheckMigrations(db *database.DB) error {
	f, err := database.SchemaDiff(context.Background(), db)
	if err != nil {
		return fmt.Errorf("compare the migrated %s schema with the ent schema: %w", db.Dialect, err)
	}
	if f != "" {
		return fmt.Errorf("%s: %w\nThe missing change:\n%s", db.Dialect, migrations.ErrStale, f)
	}
	return nil
}

var (
	adminOnce sync.Once
	adminDB   *sql.DB
	adminErr  error
)

func openAdmin(t testing.TB) *sql.DB {
	t.Helper()
	adminOnce.Do(func() {
		adminDB, adminErr = sql.Open("postgres", AdminURL())
		if adminErr != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		adminErr = adminDB.PingContext(ctx)
	})
	if adminErr != nil {
		t.Fatalf("%v\n\n%s", adminErr, howToStart)
	}
	return adminDB
}

var (
	tmplOnce sync.Once
	tmplName string
	tmplErr  error
)

// ensureTemplate migrates a template database once per schema version; tests clone it in milliseconds.
func ensureTemplate(t testing.TB, admin *sql.DB) string {
	t.Helper()
	tmplOnce.Do(func() { tmplName, tmplErr = buildTemplate(admin) })
	if tmplErr != nil {
		t.Fatalf("prepare template database: %v", tmplErr)
	}
	return tmplName
}

func buildTemplate(admin *sql.DB) (string, error) {
	ctx := context.Background()
	name := "ct_tmpl_" + schemaHash()
	conn, err := admin.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	// Test binaries of several packages run at once: one builds the template, the others wait.
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(724311)`); err != nil {
		return "", err
	}
	defer conn.ExecContext(ctx, `SELECT pg_advisory_unlock(724311)`)
	var exists bool
	if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return "", err
	}
	if exists {
		return name, nil
	}
	build := name + "_build"
	_, _ = conn.ExecContext(ctx, fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, build))
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`CREATE DATABASE %s`, build)); err != nil {
		return "", err
	}
	db, err := database.Open(ctx, withDatabase(AdminURL(), build))
	if err != nil {
		return "", err
	}
	_, err = db.Migrate(ctx)
	if err == nil {
		err = CheckMigrations(db)
	}
	db.Close()
	if err != nil {
		return "", err
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`ALTER DATABASE %s RENAME TO %s`, build, name)); err != nil {
		return "", err
	}
	// Templates of other schemas are left alone: test runs of other checkouts (other
	// branches, other schemas) may be cloning them right now.
	return name, nil
}

// schemaHash identifies the migrated schema, so a changed ent schema gets a new template.
func schemaHash() string {
	var b strings.Builder
	tables := append(migrate.Tables[:0:0], migrate.Tables...)
	sort.Slice(tables, func(i, j int) bool { return tables[i].Name < tables[j].Name })
	for _, tb := range tables {
		fmt.Fprintf(&b, "%s;", tb.Name)
		for _, c := range tb.Columns {
			fmt.Fprintf(&b, "%s:%s:%v:%v:%v:%v,", c.Name, c.Type, c.Nullable, c.Unique, c.Size, c.Enums)
		}
		for _, ix := range tb.Indexes {
			fmt.Fprintf(&b, "ix:%s:%v,", ix.Name, ix.Unique)
			for _, c := range ix.Columns {
				fmt.Fprintf(&b, "%s,", c.Name)
			}
			if ix.Annotation != nil {
				fmt.Fprintf(&b, "%s,", ix.Annotation.Where)
			}
		}
		for _, fk := range tb.ForeignKeys {
			fmt.Fprintf(&b, "fk:%s:%s:%s,", fk.Symbol, fk.OnDelete, fk.RefTable.Name)
		}
		if tb.Annotation != nil && tb.Annotation.IncrementStart != nil {
			fmt.Fprintf(&b, "inc:%d,", *tb.Annotation.IncrementStart)
		}
	}
	// The migrations that build it (their checksum file covers every file's content).
	if dir, err := migrations.Dir("postgres"); err == nil {
		if sum, err := dir.Checksum(); err == nil {
			b.WriteString(sum.Sum())
		}
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:6])
}

func withDatabase(raw, name string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.Path = "/" + name
	q := u.Query()
	if q.Get("sslmode") == "" {
		q.Set("sslmode", "disable")
	}
	u.RawQuery = q.Encode()
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
