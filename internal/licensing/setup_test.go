package licensing_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/licensing/invariant"
	"github.com/countthings/countthings/policy"
)

var (
	engineOnce sync.Once
	engine     *policy.Engine
	engineErr  error
)

func sharedEngine(t testing.TB) *policy.Engine {
	// A generous evaluation bound: these tests are about licenses, and -race on a busy
	// 2-core machine can stretch an evaluation past the production bound (then it fails closed).
	engineOnce.Do(func() { engine, engineErr = policy.NewEngine(policy.WithEvalTimeout(5 * time.Second)) })
	require.NoError(t, engineErr)
	return engine
}

// clock is the controllable now() of a test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// versions stands in for the policies service: an account's active FLOATING policy.
type versions struct {
	mu   sync.Mutex
	byID map[int]*policy.Version
	err  error
}

var versionSeq atomic.Int64

func (v *versions) Active(ctx context.Context, accountID int, kind enums.PolicyKind) (*policy.Version, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if kind != enums.PolicyFloating {
		return nil, nil
	}
	if v.err != nil {
		return nil, v.err
	}
	return v.byID[accountID], nil
}

func (v *versions) set(accountID int, source string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	// The engine caches compiled versions by (account, version) and is shared by every test,
	// whose databases reuse account ids: version numbers must be unique across tests.
	n := int(versionSeq.Add(1))
	v.byID[accountID] = &policy.Version{AccountID: authz.ID(accountID), Kind: policy.KindFloating, Version: n, Source: source}
}

func (v *versions) preset(t testing.TB, accountID int, name string) {
	src, ok := policy.PresetSource(name)
	require.True(t, ok, name)
	v.set(accountID, src)
}

// notifier counts commits it is told about.
type notifier struct{ n atomic.Int64 }

func (n *notifier) Committed(int, int64) { n.n.Add(1) }

type env struct {
	t        testing.TB
	db       *database.DB
	svc      *licensing.Service
	clock    *clock
	versions *versions
	notifier *notifier
	sys      context.Context
	seq      atomic.Int64
}

var start = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func newEnv(t testing.TB, db *database.DB) *env {
	e := &env{t: t, db: db, clock: &clock{t: start}, versions: &versions{byID: map[int]*policy.Version{}}, notifier: &notifier{}}
	eng := sharedEngine(t)
	az := authz.New(eng, e.versions, e.clock.Now, slog.New(slog.NewTextHandler(io.Discard, nil)))
	e.svc = licensing.New(db, az, eng, e.versions, e.notifier, e.clock.Now, slog.New(slog.NewTextHandler(io.Discard, nil)))
	e.sys = auth.WithSystem(context.Background())
	return e
}

func (e *env) next() int64 { return e.seq.Add(1) }

// account creates an account with std STANDARD and flt FLOATING seats, expiring in a year.
func (e *env) account(typ enums.AccountType, std, flt int) *ent.Account {
	n := e.next()
	a, err := e.db.Client.Account.Create().
		SetName(fmt.Sprintf("Acme %d", n)).
		SetEmail(fmt.Sprintf("licenses%d@acme%d.example", n, n)).
		SetType(typ).
		SetExpiresAt(start.AddDate(1, 0, 0)).
		Save(e.sys)
	require.NoError(e.t, err)
	e.seats(a.ID, enums.PoolStandard, std)
	e.seats(a.ID, enums.PoolFloating, flt)
	return a
}

func (e *env) seats(accountID int, pool enums.LicensePool, n int) {
	for range n {
		_, err := e.db.Client.License.Create().SetAccountID(accountID).SetPool(pool).Save(e.sys)
		require.NoError(e.t, err)
	}
}

func (e *env) user(a *ent.Account, role enums.Role, perms ...string) *ent.User {
	n := e.next()
	if perms == nil {
		perms = []string{"count"}
	}
	b := e.db.Client.User.Create().
		SetEmail(fmt.Sprintf("user%d@acme.example", n)).
		SetPasswordHash("x").
		SetRole(role).
		SetPermissions(perms)
	if a != nil {
		b.SetAccountID(a.ID)
	}
	u, err := b.Save(e.sys)
	require.NoError(e.t, err)
	return u
}

func viewerOf(u *ent.User) *auth.Viewer {
	v := &auth.Viewer{UserID: u.ID, Role: string(u.Role), Kind: auth.KindUser, Email: u.Email, Permissions: u.Permissions}
	if u.AccountID != nil {
		v.AccountID = *u.AccountID
	}
	return v
}

// as is a request context of u (a web session).
func as(u *ent.User) context.Context {
	return auth.WithViewer(context.Background(), viewerOf(u))
}

// onDevice is a request context of u's session on device d.
func onDevice(u *ent.User, d *ent.Device) context.Context {
	v := viewerOf(u)
	v.DeviceID = d.ID
	return auth.WithViewer(context.Background(), v)
}

func (e *env) login(u *ent.User, code string) (*ent.Device, error) {
	return e.svc.DeviceLogin(context.Background(), u, licensing.DeviceInfo{Code: code})
}

func (e *env) mustLogin(u *ent.User, code string) *ent.Device {
	d, err := e.login(u, code)
	require.NoError(e.t, err)
	return d
}

// seatOf is the device's seat, or nil.
func (e *env) seatOf(d *ent.Device) *ent.License {
	l, err := e.db.Client.License.Query().Where(license.DeviceID(d.ID)).Only(e.sys)
	if ent.IsNotFound(err) {
		return nil
	}
	require.NoError(e.t, err)
	return l
}

func (e *env) events(a *ent.Account) []*ent.LicenseEvent {
	evs, err := e.db.Client.LicenseEvent.Query().Where(licenseevent.AccountID(a.ID)).Order(ent.Asc(licenseevent.FieldSeq)).All(e.sys)
	require.NoError(e.t, err)
	return evs
}

func (e *env) countEvents(a *ent.Account, typ enums.LicenseEventType) int {
	n, err := e.db.Client.LicenseEvent.Query().
		Where(licenseevent.AccountID(a.ID), licenseevent.TypeEQ(typ)).Count(e.sys)
	require.NoError(e.t, err)
	return n
}

func (e *env) eventTypes(a *ent.Account) []enums.LicenseEventType {
	var out []enums.LicenseEventType
	for _, ev := range e.events(a) {
		out = append(out, ev.Type)
	}
	return out
}

func (e *env) lastEvent(a *ent.Account) *ent.LicenseEvent {
	evs := e.events(a)
	require.NotEmpty(e.t, evs)
	return evs[len(evs)-1]
}

func requireCode(t testing.TB, err error, code apperr.Code) {
	t.Helper()
	require.Error(t, err)
	require.Equal(t, code, apperr.CodeOf(err), "error: %v", err)
}

// checkInvariant verifies DESIGN.md's license invariant with SQL, and that replaying the
// account's event log gives exactly the current holders (internal/licensing/invariant).
func (e *env) checkInvariant(a *ent.Account, wantStandard, wantFloating int) {
	e.t.Helper()
	problems, _, err := invariant.Check(context.Background(), e.db.SQL, a.ID,
		invariant.Pools{string(enums.PoolStandard): wantStandard, string(enums.PoolFloating): wantFloating})
	require.NoError(e.t, err)
	require.Empty(e.t, problems, "the license invariant is broken")
}

func deviceInfo(code string) licensing.DeviceInfo { return licensing.DeviceInfo{Code: code} }

func viewerOnDevice(u *ent.User, d *ent.Device) *auth.Viewer {
	v := viewerOf(u)
	v.DeviceID = d.ID
	return v
}

type atomicCounter = atomic.Int64

// countingDB is db with an ent client that counts every statement (queries, execs, transactions).
func countingDB(db *database.DB) (*database.DB, *atomicCounter) {
	n := &atomicCounter{}
	drv := dialect.DebugWithContext(entsql.OpenDB(db.Dialect, db.SQL), func(context.Context, ...any) { n.Add(1) })
	cdb := *db
	cdb.Client = ent.NewClient(ent.Driver(drv))
	return &cdb, n
}
