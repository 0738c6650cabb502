package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	atlasschema "ariga.io/atlas/sql/schema"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"

	entmigrate "github.com/countthings/countthings/ent/migrate"

	"github.com/countthings/countthings/internal/database/migrations"
)

// RevisionTable records the versioned migrations applied to a database, one row each.
const RevisionTable = "countthings_schema_revisions"

// migrationLock is the Postgres advisory lock that makes concurrent migrations take turns.
const migrationLock = 7243110019

// Migration is one versioned migration, as a report of what was (or would be) applied.
type Migration struct {
	Version     string
	Description string
	Statements  int
	// Baseline: a database the earlier auto-migration created was recorded at this version
	// without running it (its tables already exist).
	Baseline bool
}

func (m Migration) String() string {
	s := m.Version + " " + m.Description
	if m.Baseline {
		return s + " (recorded as the baseline: the tables already exist)"
	}
	return fmt.Sprintf("%s (%d statements)", s, m.Statements)
}

// SchemaNewerError: the database has migrations this binary does not know (a newer release
// migrated it); the binary refuses to run on it.
type SchemaNewerError struct{ Database, Binary string }

func (e *SchemaNewerError) Error() string {
	return fmt.Sprintf("the database schema is at version %s, which this binary does not know (its latest is %s): run the release that migrated it, or a newer one", e.Database, e.Binary)
}

// Migrate applies the pending versioned migrations, each in one transaction with its revision
// row, and returns them in order. Several processes may migrate at once: they take turns, and
// none applies a migration twice.
func (d *DB) Migrate(ctx context.Context) ([]Migration, error) {
	return d.migrate(ctx, false)
}

// PendingMigrations is what Migrate would apply, changing nothing.
func (d *DB) PendingMigrations(ctx context.Context) ([]Migration, error) {
	return d.migrate(ctx, true)
}

func (d *DB) migrate(ctx context.Context, dryRun bool) ([]Migration, error) {
	files, err := migrations.Files(d.Dialect)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, errors.New("migrate: this binary carries no migrations")
	}
	applied, baseline, err := d.revisions(ctx, files, !dryRun)
	if err != nil {
		return nil, err
	}
	var out []Migration
	if baseline {
		out = append(out, Migration{Version: files[0].Version, Description: files[0].Description, Baseline: true})
		applied[files[0].Version] = true
	}
	for _, f := range files {
		if applied[f.Version] {
			continue
		}
		m := Migration{Version: f.Version, Description: f.Description, Statements: len(f.Stmts)}
		if !dryRun {
			ran, err := d.apply(ctx, f)
			if err != nil {
				return out, err
			}
			if !ran {
				continue // another process applied it meanwhile
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// revisions reads the applied versions. A database without the revision table but with the
// service's tables was made by the earlier auto-migration: baseline reports it (recorded as
// the first migration when write is set). A version the binary does not know is refused.
func (d *DB) revisions(ctx context.Context, files []migrations.File, write bool) (applied map[string]bool, baseline bool, err error) {
	applied = map[string]bool{}
	if write {
		err = d.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, d.revisionDDL()); err != nil {
				return fmt.Errorf("migrate: create %s: %w", RevisionTable, err)
			}
			n, err := count(ctx, tx, "SELECT COUNT(*) FROM "+RevisionTable)
			if err != nil || n > 0 {
				return err
			}
			if baseline, err = d.hasTable(ctx, tx, "accounts"); err != nil || !baseline {
				return err
			}
			return d.record(ctx, tx, files[0], true)
		})
		if err != nil {
			return nil, false, err
		}
	} else {
		exists, err := d.hasTable(ctx, d.SQL, RevisionTable)
		if err != nil {
			return nil, false, err
		}
		if !exists {
			baseline, err := d.hasTable(ctx, d.SQL, "accounts")
			return applied, baseline, err
		}
	}
	rows, err := d.SQL.QueryContext(ctx, "SELECT version FROM "+RevisionTable)
	if err != nil {
		return nil, false, fmt.Errorf("migrate: read %s: %w", RevisionTable, err)
	}
	defer rows.Close()
	known := map[string]bool{}
	for _, f := range files {
		known[f.Version] = true
	}
	latest := files[len(files)-1].Version
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, false, err
		}
		if !known[v] {
			return nil, false, &SchemaNewerError{Database: v, Binary: latest}
		}
		applied[v] = true
	}
	return applied, baseline, rows.Err()
}

func (d *DB) apply(ctx context.Context, f migrations.File) (ran bool, err error) {
	err = d.inTx(ctx, func(tx *sql.Tx) error {
		n, err := count(ctx, tx, "SELECT COUNT(*) FROM "+RevisionTable+" WHERE version = "+d.ph(1), f.Version)
		if err != nil || n > 0 {
			return err
		}
		for i, st := range f.Stmts {
			if _, err := tx.ExecContext(ctx, st); err != nil {
				return fmt.Errorf("migrate: %s, statement %d of %d: %w\n%s", f.Name, i+1, len(f.Stmts), err, st)
			}
		}
		ran = true
		return d.record(ctx, tx, f, false)
	})
	return ran, err
}

func (d *DB) record(ctx context.Context, tx *sql.Tx, f migrations.File, baseline bool) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO "+RevisionTable+" (version, description, applied_at, baseline) VALUES ("+d.ph(1)+", "+d.ph(2)+", "+d.ph(3)+", "+d.ph(4)+")",
		f.Version, f.Description, time.Now().UTC(), baseline)
	if err != nil {
		return fmt.Errorf("migrate: record %s: %w", f.Name, err)
	}
	return nil
}

// inTx runs fn in a transaction that, on Postgres, holds the migration lock.
func (d *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := d.SQL.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if d.Dialect == dialect.Postgres {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLock); err != nil {
			return fmt.Errorf("migrate: lock: %w", err)
		}
	}
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}

func (d *DB) revisionDDL() string {
	if d.Dialect == dialect.Postgres {
		return "CREATE TABLE IF NOT EXISTS " + RevisionTable + " (version character varying PRIMARY KEY, description character varying NOT NULL, applied_at timestamptz NOT NULL, baseline boolean NOT NULL DEFAULT false)"
	}
	return "CREATE TABLE IF NOT EXISTS " + RevisionTable + " (version text PRIMARY KEY, description text NOT NULL, applied_at datetime NOT NULL, baseline bool NOT NULL DEFAULT false)"
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (d *DB) hasTable(ctx context.Context, q querier, name string) (bool, error) {
	query := "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1"
	if d.Dialect != dialect.Postgres {
		query = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
	}
	n, err := count(ctx, q, query, name)
	return n > 0, err
}

func count(ctx context.Context, q querier, query string, args ...any) (int, error) {
	var n int
	if err := q.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	return n, nil
}

func (d *DB) ph(i int) string {
	if d.Dialect == dialect.Postgres {
		return fmt.Sprintf("$%d", i)
	}
	return "?"
}

// SchemaBehind reports how many migrations the database lacks (for /readyz when the server
// does not migrate at start); an error when the database is newer than the binary.
func (d *DB) SchemaBehind(ctx context.Context) (int, error) {
	p, err := d.PendingMigrations(ctx)
	return len(p), err
}

// Describe lists migrations one per line, for the migrate command.
func Describe(ms []Migration) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(m.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// SchemaDiff compares the database's schema with the ent schema and returns the SQL that
// would bring it there ("" when they match). The test databases use it to catch an ent
// change made without its migration.
func SchemaDiff(ctx context.Context, d *DB) (string, error) {
	mem := &migrate.MemDir{}
	m, err := schema.NewMigrate(entsql.OpenDB(d.Dialect, d.SQL),
		schema.WithDir(mem),
		schema.WithMigrationMode(schema.ModeInspect),
		schema.WithFormatter(migrate.DefaultFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
		// The revision table is the runner's, not ent's.
		schema.WithDiffHook(func(next schema.Differ) schema.Differ {
			return schema.DiffFunc(func(current, desired *atlasschema.Schema) ([]atlasschema.Change, error) {
				if t, ok := current.Table(RevisionTable); ok {
					current.Tables = slices.DeleteFunc(current.Tables, func(x *atlasschema.Table) bool { return x == t })
				}
				return next.Diff(current, desired)
			})
		}),
	)
	if err != nil {
		return "", err
	}
	if err := m.NamedDiff(ctx, "check", entmigrate.Tables...); err != nil {
		if errors.Is(err, migrate.ErrNoPlan) {
			return "", nil
		}
		return "", err
	}
	files, err := mem.Files()
	if err != nil || len(files) == 0 {
		return "", err
	}
	return string(files[0].Bytes()), nil
}

// MigrationSQL is the SQL of the dialect's migration version, as the binary carries it.
func MigrationSQL(dialectName, version string) (string, error) {
	dir, err := migrations.Dir(dialectName)
	if err != nil {
		return "", err
	}
	files, err := dir.Files()
	if err != nil {
		return "", err
	}
	for _, f := range files {
		if f.Version() == version {
			return string(f.Bytes()), nil
		}
	}
	return "", fmt.Errorf("no migration %s", version)
}
