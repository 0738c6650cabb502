// Package database opens the store (Postgres through lib/pq, or the embedded SQLite file),
// migrates it, and runs transactions.
package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"  // Postgres driver "postgres"
	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	_ "github.com/countthings/countthings/ent/runtime"
	"github.com/countthings/countthings/internal/apperr"
)

// DefaultSQLiteFile is the embedded default's database file, in the working directory.
const DefaultSQLiteFile = "countthings.db"

// DB is an open store.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
	// URL is the Postgres URL (empty for SQLite); LISTEN/NOTIFY needs it.
	URL string
}

// PoolConfig sizes the connection pool; zero values take the defaults.
type PoolConfig struct {
	// MaxOpen bounds the open connections (default: 32 on Postgres, 4 on SQLite). On
	// Postgres, N instances need N × (MaxOpen + 1 for LISTEN) below max_connections.
	MaxOpen int
	// MaxIdle bounds the idle connections kept open (default: MaxOpen).
	MaxIdle int
}

// Open connects to url: a postgres:// or postgresql:// URL, sqlite://<path> or file:<path> for an
// SQLite file, or "" for the embedded SQLite file.
func Open(ctx context.Context, url string, pool ...PoolConfig) (*DB, error) {
	drv, name, dsn, err := driverFor(url)
	if err != nil {
		return nil, err
	}
	if name == dialect.SQLite {
		if err := checkSQLiteFile(dsn); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open(drv, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", name, err)
	}
	var pc PoolConfig
	if len(pool) > 0 {
		pc = pool[0]
	}
	if pc.MaxOpen <= 0 {
		// One writer at a time is SQLite's model; immediate transactions plus a busy timeout
		// make writers queue instead of failing.
		pc.MaxOpen = 32
		if name == dialect.SQLite {
			pc.MaxOpen = 4
		}
	}
	if pc.MaxIdle <= 0 || pc.MaxIdle > pc.MaxOpen {
		pc.MaxIdle = pc.MaxOpen
	}
	db.SetMaxOpenConns(pc.MaxOpen)
	db.SetMaxIdleConns(pc.MaxIdle)
	if name != dialect.SQLite {
		db.SetConnMaxIdleTime(5 * time.Minute)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s database: %w", name, err)
	}
	drvr := entsql.OpenDB(name, db)
	out := &DB{Client: ent.NewClient(ent.Driver(drvr)), SQL: db, Dialect: name}
	if name == dialect.Postgres {
		out.URL = dsn
	}
	return out, nil
}

func driverFor(url string) (driver, dialectName, dsn string, err error) {
	switch {
	case url == "":
		return "sqlite", dialect.SQLite, SQLiteDSN(DefaultSQLiteFile), nil
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return "postgres", dialect.Postgres, url, nil
	case strings.HasPrefix(url, "sqlite://"):
		return "sqlite", dialect.SQLite, SQLiteDSN(strings.TrimPrefix(url, "sqlite://")), nil
	case strings.HasPrefix(url, "file:"):
		return "sqlite", dialect.SQLite, url, nil
	}
	return "", "", "", errors.New("unsupported database URL: use postgres://… or postgresql://… (PostgreSQL), sqlite://<path> or file:<path> (an SQLite file), or leave it unset for the embedded SQLite file " + DefaultSQLiteFile)
}

// checkSQLiteFile opens (creating if need be) the SQLite file a DSN names, so that an unwritable
// path is reported with the path and the cause rather than as SQLite's "out of memory".
func checkSQLiteFile(dsn string) error {
	path := strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	if path == "" || path == ":memory:" || strings.Contains(dsn, "mode=memory") || strings.Contains(dsn, "mode=ro") {
		return nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("the SQLite database file %s cannot be opened for writing: %w", path, err)
	}
	return f.Close()
}

// SQLiteDSN is the DSN of an SQLite file with the settings the service relies on.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// Close closes the client and the pool.
func (d *DB) Close() error { return d.Client.Close() }

// LockAccount reads the account inside tx and takes its row lock: every change of an
// account's licenses and policies queues there (on SQLite the immediate transaction already
// serialises writers). ent's NotFoundError when there is no such account.
func (d *DB) LockAccount(ctx context.Context, tx *ent.Tx, accountID int) (*ent.Account, error) {
	q := tx.Account.Query().Where(account.ID(accountID))
	if !d.IsSQLite() {
		q = q.ForUpdate()
	}
	return q.Only(ctx)
}

// IsSQLite reports whether the store is the embedded SQLite file.
func (d *DB) IsSQLite() bool { return d.Dialect == dialect.SQLite }

// Ping checks the database answers (for /readyz).
func (d *DB) Ping(ctx context.Context) error { return d.SQL.PingContext(ctx) }

// WithTx runs fn in a transaction, committing if it returns nil and rolling back otherwise.
func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) (err error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err := fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return errors.Join(err, fmt.Errorf("rollback: %w", rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// DomainError is err as a client may see it: a domain error stays as it is, a missing row
// is NOT_FOUND (never saying in which account), anything else is INTERNAL with msg.
func DomainError(err error, msg string) error {
	if _, ok := apperr.As(err); ok {
		return err
	}
	if ent.IsNotFound(err) {
		return apperr.NotFoundf("no object with this ID")
	}
	return apperr.Wrap(apperr.Internal, err, "%s", msg)
}

// IsSQLiteURL reports whether url names an SQLite database (unset: the embedded default).
func IsSQLiteURL(url string) bool {
	_, d, _, err := driverFor(url)
	return err == nil && d == dialect.SQLite
}
