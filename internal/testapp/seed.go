package testapp

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/auth"
)

// Password is the password of every seeded user.
const Password = "correct horse battery staple"

var seq atomic.Int64

// AccountSpec describes a seeded account; zero values get sensible defaults.
type AccountSpec struct {
	Name      string
	Email     string
	Type      enums.AccountType
	Standard  int
	Floating  int
	ExpiresAt time.Time
	// IdleMinutes is floating_idle_minutes (default 30; set NoIdle for 0).
	IdleMinutes int
	NoIdle      bool
}

// Seeded is an account with its ADMIN user.
type Seeded struct {
	Account *ent.Account
	Admin   *ent.User
}

// System is a context that bypasses tenant isolation, for seeding and checks.
func System() context.Context { return auth.WithSystem(context.Background()) }

// SeedAccount creates an account, its seats and its ADMIN directly in the database.
func (e *Env) SeedAccount(t testing.TB, spec AccountSpec) Seeded {
	t.Helper()
	ctx := System()
	n := seq.Add(1)
	if spec.Name == "" {
		spec.Name = fmt.Sprintf("Company %d", n)
	}
	if spec.Email == "" {
		spec.Email = fmt.Sprintf("counting@company%d-%d.test", n, time.Now().UnixNano()%100000)
	}
	if spec.Type == "" {
		spec.Type = enums.AccountStandard
	}
	if spec.Standard == 0 && spec.Floating == 0 {
		switch spec.Type {
		case enums.AccountFloating:
			spec.Floating = 2
		case enums.AccountMixed:
			spec.Standard, spec.Floating = 1, 1
		default:
			spec.Standard = 2
		}
	}
	if spec.ExpiresAt.IsZero() {
		spec.ExpiresAt = e.Clock.Now().Add(365 * 24 * time.Hour)
	}
	idle := 30
	if spec.IdleMinutes != 0 || spec.NoIdle {
		idle = spec.IdleMinutes
	}
	c := e.App.DB.Client
	acct, err := c.Account.Create().SetName(spec.Name).SetEmail(spec.Email).SetType(spec.Type).
		SetExpiresAt(spec.ExpiresAt).SetFloatingIdleMinutes(idle).Save(ctx)
	if err != nil {
		t.Fatalf("seed account: %v", err)
	}
	var seats []*ent.LicenseCreate
	for i := 0; i < spec.Standard; i++ {
		seats = append(seats, c.License.Create().SetAccountID(acct.ID).SetPool(enums.PoolStandard))
	}
	for i := 0; i < spec.Floating; i++ {
		seats = append(seats, c.License.Create().SetAccountID(acct.ID).SetPool(enums.PoolFloating))
	}
	if len(seats) > 0 {
		if _, err := c.License.CreateBulk(seats...).Save(ctx); err != nil {
			t.Fatalf("seed seats: %v", err)
		}
	}
	admin := e.seedUser(t, &acct.ID, spec.Email, enums.RoleAdmin, nil)
	return Seeded{Account: acct, Admin: admin}
}

// SeedUser creates an OPERATOR of the account with the permissions.
func (e *Env) SeedUser(t testing.TB, accountID int, email string, permissions ...string) *ent.User {
	t.Helper()
	if email == "" {
		email = fmt.Sprintf("operator%d@example.test", seq.Add(1))
	}
	return e.seedUser(t, &accountID, email, enums.RoleOperator, permissions)
}

// SeedSupport creates a SUPPORT user.
func (e *Env) SeedSupport(t testing.TB) *ent.User {
	t.Helper()
	return e.seedUser(t, nil, fmt.Sprintf("support%d@countthings.test", seq.Add(1)), enums.RoleSupport, nil)
}

func (e *Env) seedUser(t testing.TB, accountID *int, email string, role enums.Role, perms []string) *ent.User {
	t.Helper()
	hash, err := auth.HashPassword(Password)
	if err != nil {
		t.Fatal(err)
	}
	if perms == nil {
		perms = []string{}
	}
	u, err := e.App.DB.Client.User.Create().SetEmail(email).SetPasswordHash(hash).SetRole(role).
		SetPermissions(perms).SetNillableAccountID(accountID).Save(System())
	if err != nil {
		t.Fatalf("seed user %s: %v", email, err)
	}
	return u
}

// Token creates a session for the user directly (on a device when deviceID is not 0)
// and returns its bearer token.
func (e *Env) Token(t testing.TB, u *ent.User, deviceID int) string {
	t.Helper()
	tok, hash, err := auth.NewToken(auth.SessionTokenPrefix)
	if err != nil {
		t.Fatal(err)
	}
	q := e.App.DB.Client.Session.Create().SetUserID(u.ID).SetTokenHash(hash).
		SetExpiresAt(e.Clock.Now().Add(24 * time.Hour))
	if deviceID != 0 {
		q.SetDeviceID(deviceID)
	}
	if _, err := q.Save(System()); err != nil {
		t.Fatalf("seed session: %v", err)
	}
	return tok
}

// SeedDevice registers a device of the account directly (no license).
func (e *Env) SeedDevice(t testing.TB, accountID int, code string) *ent.Device {
	t.Helper()
	d, err := e.App.DB.Client.Device.Create().SetAccountID(accountID).SetCode(code).Save(System())
	if err != nil {
		t.Fatalf("seed device: %v", err)
	}
	return d
}
