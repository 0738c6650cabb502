package licensing_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
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
// account's event log gives exactly the current holders.
func (e *env) checkInvariant(a *ent.Account, wantStandard, wantFloating int) {
	t := e.t
	t.Helper()
	one := func(q string, args ...any) int {
		var n int
		require.NoError(t, e.db.SQL.QueryRow(q, args...).Scan(&n), q)
		return n
	}
	require.Zero(t, one(`SELECT count(*) FROM licenses WHERE (device_id IS NULL) <> (status = 'NONE')`), "a seat is free with a status, or bound without one")
	require.Zero(t, one(`SELECT count(*) FROM (SELECT device_id FROM licenses WHERE device_id IS NOT NULL GROUP BY device_id HAVING count(*) > 1) x`), "a device holds two seats")
	require.Zero(t, one(`SELECT count(*) FROM licenses l JOIN devices d ON d.id = l.device_id WHERE d.account_id <> l.account_id`), "a seat bound to another account's device")
	require.Equal(t, wantStandard, one(`SELECT count(*) FROM licenses WHERE account_id = $1 AND pool = 'STANDARD'`, a.ID))
	require.Equal(t, wantFloating, one(`SELECT count(*) FROM licenses WHERE account_id = $1 AND pool = 'FLOATING'`, a.ID))

	replayed := map[int]int{} // seat → device
	for i, ev := range e.events(a) {
		require.Equal(t, int64(i+1), ev.Seq, "event sequence has a gap")
		switch ev.Type {
		case enums.EventAssigned, enums.EventReserved, enums.EventReclaimed, enums.EventMoved:
			require.NotNil(t, ev.LicenseID, "%s without a license", ev.Type)
			require.NotNil(t, ev.DeviceID)
			if ev.Type == enums.EventReclaimed || ev.Type == enums.EventMoved {
				require.NotNil(t, ev.PreviousDeviceID)
				require.Equal(t, *ev.PreviousDeviceID, replayed[*ev.LicenseID], "%s #%d took the seat from a device that did not hold it", ev.Type, ev.Seq)
			} else {
				require.Zero(t, replayed[*ev.LicenseID], "%s #%d took a seat that was not free", ev.Type, ev.Seq)
			}
			for seat, dev := range replayed {
				require.False(t, dev == *ev.DeviceID && seat != *ev.LicenseID, "%s #%d gave device %d a second seat", ev.Type, ev.Seq, dev)
			}
			replayed[*ev.LicenseID] = *ev.DeviceID
		case enums.EventRemoved, enums.EventReleased:
			require.NotNil(t, ev.LicenseID)
			require.Equal(t, *ev.DeviceID, replayed[*ev.LicenseID], "%s #%d freed a seat the device did not hold", ev.Type, ev.Seq)
			delete(replayed, *ev.LicenseID)
		}
	}
	seats, err := e.db.Client.License.Query().Where(license.AccountID(a.ID), license.DeviceIDNotNil()).All(e.sys)
	require.NoError(t, err)
	current := map[int]int{}
	for _, l := range seats {
		current[l.ID] = *l.DeviceID
	}
	require.Equal(t, current, replayed, "replaying the event log does not give the current holders")
}

func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
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
