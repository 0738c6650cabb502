package usage_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/policies"
	"github.com/countthings/countthings/internal/usage"
	"github.com/countthings/countthings/policy"
)

var (
	engineOnce sync.Once
	engine     *policy.Engine
	engineErr  error
)

func sharedEngine(t testing.TB) *policy.Engine {
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
func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

type env struct {
	t     testing.TB
	db    *database.DB
	clock *clock
	lic   *licensing.Service
	pol   *policies.Service
	az    *authz.Authorizer
	usage *usage.Service
	sys   context.Context
	seq   atomic.Int64
}

// Monday 2 November 2026, 00:00 UTC.
var monday = time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)

func newEnv(t testing.TB, db *database.DB) *env {
	e := &env{t: t, db: db, clock: &clock{t: monday}, sys: auth.WithSystem(context.Background())}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	eng := sharedEngine(t)
	e.az = authz.New(eng, nil, e.clock.Now, log)
	e.pol = policies.New(db, e.az, eng, e.clock.Now, log)
	e.az.SetVersions(e.pol)
	e.lic = licensing.New(db, e.az, eng, e.pol, nil, e.clock.Now, log)
	e.usage = usage.New(db, e.az, e.pol, e.clock.Now, log)
	return e
}

func (e *env) account(typ enums.AccountType, std, flt int) *ent.Account {
	n := e.seq.Add(1)
	a, err := e.db.Client.Account.Create().
		SetName(fmt.Sprintf("Acme %d", n)).SetEmail(fmt.Sprintf("licenses%d@acme%d.example", n, n)).
		SetType(typ).SetExpiresAt(monday.AddDate(2, 0, 0)).SetCreatedAt(monday.AddDate(0, -1, 0)).Save(e.sys)
	require.NoError(e.t, err)
	for pool, n := range map[enums.LicensePool]int{enums.PoolStandard: std, enums.PoolFloating: flt} {
		for range n {
			require.NoError(e.t, e.db.Client.License.Create().SetAccountID(a.ID).SetPool(pool).Exec(e.sys))
		}
	}
	return a
}

func (e *env) user(a *ent.Account, role enums.Role) *ent.User {
	n := e.seq.Add(1)
	u, err := e.db.Client.User.Create().SetEmail(fmt.Sprintf("user%d@acme.example", n)).
		SetPasswordHash("x").SetRole(role).SetPermissions([]string{"count"}).SetAccountID(a.ID).Save(e.sys)
	require.NoError(e.t, err)
	return u
}

func viewerOf(u *ent.User) *auth.Viewer {
	return &auth.Viewer{UserID: u.ID, AccountID: *u.AccountID, Role: string(u.Role), Kind: auth.KindUser, Email: u.Email, Permissions: u.Permissions}
}

func as(u *ent.User) context.Context { return auth.WithViewer(context.Background(), viewerOf(u)) }

// at moves the clock to t and logs u in on device code.
func (e *env) login(at time.Time, u *ent.User, code string) (*ent.Device, error) {
	e.clock.Set(at)
	return e.lic.DeviceLogin(context.Background(), u, licensing.DeviceInfo{Code: code})
}

func (e *env) mustLogin(at time.Time, u *ent.User, code string) *ent.Device {
	d, err := e.login(at, u, code)
	require.NoError(e.t, err)
	return d
}

func (e *env) logout(at time.Time, u *ent.User, d *ent.Device) {
	e.clock.Set(at)
	v := viewerOf(u)
	v.DeviceID = d.ID
	require.NoError(e.t, e.lic.ReleaseOnLogout(context.Background(), v))
}

func (e *env) usageOf(admin *ent.User, a *ent.Account, from, to time.Time, b usage.Bucket) *usage.Usage {
	u, err := e.usage.Usage(as(admin), a.ID, from, to, b)
	require.NoError(e.t, err)
	return u
}

func (e *env) recommend(admin *ent.User, a *ent.Account, from, to time.Time, rate float64) *usage.Recommendation {
	r, err := e.usage.Recommend(as(admin), a.ID, from, to, 1.5, rate)
	require.NoError(e.t, err)
	return r
}
