// Package migrations holds the versioned schema migrations (one SQL file per version and
// dialect, written by `make migration NAME=…` from the ent schema, reviewed and committed) and
// what writes and checks them.
package migrations

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"

	entmigrate "github.com/countthings/countthings/ent/migrate"
)

//go:embed all:postgres all:sqlite
var files embed.FS

// Folder is the dialect's folder of migration files, relative to this package.
func Folder(d string) string {
	if d == dialect.Postgres {
		return "postgres"
	}
	return "sqlite"
}

// Dir is the dialect's migration files as the binary carries them.
func Dir(d string) (*migrate.MemDir, error) {
	dir := &migrate.MemDir{}
	entries, err := fs.ReadDir(files, Folder(d))
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := files.ReadFile(path.Join(Folder(d), e.Name()))
		if err != nil {
			return nil, err
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	return dir, nil
}

// File is one migration: its version (the file name's leading timestamp), its description
// (the rest of the name) and its statements.
type File struct {
	Version     string
	Description string
	Name        string
	Stmts       []string
}

// Files are the dialect's migrations in version order. The checksum file (atlas.sum) must match
// them: a file edited after it was written is refused.
func Files(d string) ([]File, error) {
	dir, err := Dir(d)
	if err != nil {
		return nil, err
	}
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("the %s migration files do not match their atlas.sum (edited by hand? run make migration-hash after review): %w", d, err)
	}
	fs, err := dir.Files()
	if err != nil {
		return nil, err
	}
	out := make([]File, 0, len(fs))
	for _, f := range fs {
		stmts, err := f.Stmts()
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", f.Name(), err)
		}
		out = append(out, File{Version: f.Version(), Description: f.Desc(), Name: f.Name(), Stmts: stmts})
	}
	return out, nil
}

// ErrStale: the ent schema has changes that no migration file covers.
var ErrStale = errors.New("the ent schema has changes that no migration file covers: run make migration NAME=<what changed> and commit the files it writes (README, Developing)")

// Diff replays dir's migrations on dev (an empty database of dir's dialect) and returns the
// migration file that would bring them to the ent schema: nil when they already match.
func Diff(ctx context.Context, dev *entsql.Driver, dir migrate.Dir, name string) (migrate.File, error) {
	mem := &migrate.MemDir{}
	old, err := dir.Files()
	if err != nil {
		return nil, err
	}
	if err := mem.CopyFiles(old); err != nil {
		return nil, err
	}
	m, err := schema.NewMigrate(dev,
		schema.WithDir(mem),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithFormatter(migrate.DefaultFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
	)
	if err != nil {
		return nil, err
	}
	if err := m.NamedDiff(ctx, name, entmigrate.Tables...); err != nil {
		if errors.Is(err, migrate.ErrNoPlan) {
			return nil, nil
		}
		return nil, err
	}
	now, err := mem.Files()
	if err != nil {
		return nil, err
	}
	for _, f := range now {
		if !slices.ContainsFunc(old, func(o migrate.File) bool { return o.Name() == f.Name() }) {
			return f, nil
		}
	}
	return nil, errors.New("the diff wrote no file")
}

// Version is a new migration version: the UTC time, as atlas names files.
func Version(t time.Time) string { return t.UTC().Format("20060102150405") }

// Rename gives f the version v (both dialects' files of one change share it).
func Rename(f migrate.File, v string) (string, []byte) {
	name := f.Name()
	if i := strings.IndexByte(name, '_'); i > 0 {
		name = v + name[i:]
	}
	return name, f.Bytes()
}
