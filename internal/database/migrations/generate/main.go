// Command generate writes the next versioned migration from the ent schema, or checks that the
// committed migrations match it:
//
//	go run ./internal/database/migrations/generate -name add_widgets   (make migration NAME=add_widgets)
//	go run ./internal/database/migrations/generate -check              (make check-migrations)
//	go run ./internal/database/migrations/generate -hash               (make migration-hash)
//
// The migrations are replayed on empty dev databases: an in-memory SQLite one, and a Postgres
// database created for the run on MIGRATION_DEV_DATABASE_URL, TEST_DATABASE_URL or the local
// server (postgres://postgres@127.0.0.1:5432/test), dropped at the end.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/countthings/countthings/internal/database/migrations"
)

func main() {
	name := flag.String("name", "", "the new migration's name: lower case, digits and _ (e.g. add_widgets)")
	check := flag.Bool("check", false, "fail if the ent schema has changes no migration covers")
	hash := flag.Bool("hash", false, "rewrite each dialect's atlas.sum from its files (after a reviewed edit or a rebase)")
	flag.Parse()
	if err := run(context.Background(), *name, *check, *hash); err != nil {
		fmt.Fprintln(os.Stderr, "migration:", err)
		os.Exit(1)
	}
}

var validName = regexp.MustCompile(`^[a-z0-9_]{1,60}$`)

func run(ctx context.Context, name string, check, hash bool) error {
	folder := func(d string) string {
		return filepath.Join("internal", "database", "migrations", migrations.Folder(d))
	}
	if _, err := os.Stat(folder(dialect.SQLite)); err != nil {
		return errors.New("run it from the repository's root")
	}
	if hash {
		for _, d := range []string{dialect.Postgres, dialect.SQLite} {
			dir, err := migrate.NewLocalDir(folder(d))
			if err != nil {
				return err
			}
			sum, err := dir.Checksum()
			if err != nil {
				return err
			}
			if err := migrate.WriteSumFile(dir, sum); err != nil {
				return err
			}
		}
		return nil
	}
	if !check && !validName.MatchString(name) {
		return errors.New("give the migration a name: make migration NAME=add_widgets (lower case, digits and _)")
	}
	version := migrations.Version(time.Now())
	stale := false
	for _, d := range []string{dialect.Postgres, dialect.SQLite} {
		dev, cleanup, err := devDatabase(ctx, d)
		if err != nil {
			return err
		}
		dir, err := migrate.NewLocalDir(folder(d))
		if err != nil {
			cleanup()
			return err
		}
		f, err := migrations.Diff(ctx, dev, dir, name)
		cleanup()
		if err != nil {
			return fmt.Errorf("%s: %w", d, err)
		}
		switch {
		case f == nil:
			fmt.Printf("%s: the migrations match the ent schema\n", d)
		case check:
			stale = true
			fmt.Printf("%s: the ent schema needs this migration, which is not committed:\n%s\n", d, f.Bytes())
		default:
			fname, b := migrations.Rename(f, version)
			if err := dir.WriteFile(fname, b); err != nil {
				return err
			}
			sum, err := dir.Checksum()
			if err != nil {
				return err
			}
			if err := migrate.WriteSumFile(dir, sum); err != nil {
				return err
			}
			fmt.Printf("%s: wrote %s (review it, then commit it with atlas.sum)\n", d, filepath.Join(folder(d), fname))
		}
	}
	if stale {
		return migrations.ErrStale
	}
	return nil
}

// devDatabase is an empty database of the dialect to replay the migrations on.
func devDatabase(ctx context.Context, d string) (*entsql.Driver, func(), error) {
	if d == dialect.SQLite {
		db, err := sql.Open("sqlite", "file:dev?mode=memory&_pragma=foreign_keys(1)")
		if err != nil {
			return nil, nil, err
		}
		db.SetMaxOpenConns(1)
		return entsql.OpenDB(dialect.SQLite, db), func() { db.Close() }, nil
	}
	adminURL := os.Getenv("MIGRATION_DEV_DATABASE_URL")
	if adminURL == "" {
		adminURL = os.Getenv("TEST_DATABASE_URL")
	}
	if adminURL == "" {
		adminURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	admin, err := sql.Open("postgres", adminURL)
	if err != nil {
		return nil, nil, err
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "ct_migrate_dev_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		return nil, nil, fmt.Errorf("create a Postgres dev database on %s (set MIGRATION_DEV_DATABASE_URL): %w", redact(adminURL), err)
	}
	u, _ := url.Parse(adminURL)
	u.Path = "/" + name
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		admin.Close()
		return nil, nil, err
	}
	db.SetMaxOpenConns(1)
	return entsql.OpenDB(dialect.Postgres, db), func() {
		db.Close()
		_, _ = admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close()
	}, nil
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "the URL"
	}
	return u.Redacted()
}
