package policies_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/policyversion"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/policies"
	"github.com/countthings/countthings/internal/testdb"
	"github.com/countthings/countthings/policy"
)

var (
	engineOnce   sync.Once
	sharedEngine *policy.Engine
)

// engine is shared: it is safe for concurrent use and preparing the shipped policies takes a while.
func engine(t testing.TB) *policy.Engine {
	t.Helper()
	engineOnce.Do(func() {
		var err error
		sharedEngine, err = policy.NewEngine()
		require.NoError(t, err)
	})
	return sharedEngine
}

// instance is one service process: its own engine, authorizer and policies service.
type instance struct {
	svc *policies.Service
	az  *authz.Authorizer
}

func newInstance(t testing.TB, db *database.DB, e *policy.Engine) instance {
	az := authz.New(e, nil, time.Now, nil)
	svc := policies.New(db, az, e, time.Now, nil)
	az.SetVersions(svc)
	return instance{svc: svc, az: az}
}

type fixture struct {
	instance
	db       *database.DB
	account  *ent.Account
	admin    *ent.User
	operator *ent.User // holds policies:manage
	counter  *ent.User // holds count only
	support  *ent.User
}

var seq int

func newFixture(t testing.TB, db *database.DB) *fixture {
	t.Helper()
	f := &fixture{db: db, instance: newInstance(t, db, engine(t))}
	f.account, f.admin = seedAccount(t, db, f.svc, "")
	f.operator = seedUser(t, db, &f.account.ID, enums.RoleOperator, "policies:manage", "count")
	f.counter = seedUser(t, db, &f.account.ID, enums.RoleOperator, "count")
	f.support = seedUser(t, db, nil, enums.RoleSupport)
	return f
}

func sys() context.Context { return auth.WithSystem(context.Background()) }

// seedAccount creates an account and its ADMIN the way account creation does: policies initialised in the same transaction.
func seedAccount(t testing.TB, db *database.DB, svc *policies.Service, preset string) (*ent.Account, *ent.User) {
	t.Helper()
	seq++
	ctx := sys()
	var acct *ent.Account
	var admin *ent.User
	err := database.WithTx(ctx, db.Client, func(tx *ent.Tx) error {
		var err error
		email := fmt.Sprintf("counting@company%d-%d.test", seq, time.Now().UnixNano())
		acct, err = tx.Account.Create().SetName("Company").SetEmail(email).SetType(enums.AccountFloating).
			SetExpiresAt(time.Now().Add(365 * 24 * time.Hour)).Save(ctx)
		if err != nil {
			return err
		}
		admin, err = tx.User.Create().SetEmail(email).SetPasswordHash("x").SetRole(enums.RoleAdmin).SetAccountID(acct.ID).Save(ctx)
		if err != nil {
			return err
		}
		return svc.Initialize(ctx, tx, acct.ID, preset, &admin.ID)
	})
	require.NoError(t, err)
	return acct, admin
}

func seedUser(t testing.TB, db *database.DB, accountID *int, role enums.Role, perms ...string) *ent.User {
	t.Helper()
	seq++
	if perms == nil {
		perms = []string{}
	}
	u, err := db.Client.User.Create().SetEmail(fmt.Sprintf("user%d-%d@example.test", seq, time.Now().UnixNano())).
		SetPasswordHash("x").SetRole(role).SetPermissions(perms).SetNillableAccountID(accountID).Save(sys())
	require.NoError(t, err)
	return u
}

func as(u *ent.User) context.Context {
	v := &auth.Viewer{UserID: u.ID, Role: string(u.Role), Kind: auth.KindUser, Email: u.Email, Permissions: u.Permissions}
	if u.AccountID != nil {
		v.AccountID = *u.AccountID
	}
	return auth.WithViewer(context.Background(), v)
}

// state is what must not change when a policy is refused.
type state struct {
	Active int
	Count  int
}

func stateOf(t testing.TB, db *database.DB, accountID int, kind enums.PolicyKind) state {
	t.Helper()
	all, err := db.Client.PolicyVersion.Query().Where(policyversion.AccountID(accountID), policyversion.KindEQ(kind)).All(sys())
	require.NoError(t, err)
	s := state{Count: len(all)}
	for _, v := range all {
		if v.Active {
			require.Zero(t, s.Active, "two active versions")
			s.Active = v.Version
		}
	}
	return s
}

func requireCode(t testing.TB, err error, code apperr.Code) *apperr.Error {
	t.Helper()
	require.Error(t, err)
	e, ok := apperr.As(err)
	require.True(t, ok, "not a domain error: %v", err)
	require.Equal(t, code, e.Code, e.Message)
	return e
}

// withStocktake is the shipped default plus a permission string of the account's own.
var withStocktake = policy.DefaultSource(policy.KindPermissions) + `
# This account's own permission string: stocktakers read devices.
allow if {
	"stocktake" in input.subject.permissions
	input.action == "device.read"
}
`

func TestInitialize(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		in := newInstance(t, db, engine(t))
		acct, admin := seedAccount(t, db, in.svc, "never-reclaim")
		ctx := as(admin)

		perms, err := in.svc.Policy(ctx, acct, enums.PolicyPermissions)
		require.NoError(t, err)
		require.Len(t, perms.Versions, 1)
		assert.Equal(t, 1, perms.Active.Version)
		assert.Equal(t, policy.DefaultSource(policy.KindPermissions), perms.Active.Source)
		assert.Nil(t, perms.Active.Preset)
		require.NotNil(t, perms.Active.AuthorID)
		assert.Equal(t, admin.ID, *perms.Active.AuthorID)

		floating, err := in.svc.Policy(ctx, acct, enums.PolicyFloating)
		require.NoError(t, err)
		require.Len(t, floating.Versions, 1)
		src, _ := policy.PresetSource("never-reclaim")
		assert.Equal(t, src, floating.Active.Source)
		preset, err := in.svc.FloatingPreset(ctx, acct)
		require.NoError(t, err)
		assert.Equal(t, "never-reclaim", *preset)

		custom, err := in.svc.Active(ctx, acct.ID, enums.PolicyPermissions)
		require.NoError(t, err)
		assert.Nil(t, custom, "the shipped default runs on the engine's own prepared query")
		custom, err = in.svc.Active(ctx, acct.ID, enums.PolicyFloating)
		require.NoError(t, err)
		require.NotNil(t, custom, "a preset other than the default is not what the engine runs for nil")
		assert.Equal(t, src, custom.Source)

		acct2, admin2 := seedAccount(t, db, in.svc, "")
		preset, err = in.svc.FloatingPreset(as(admin2), acct2)
		require.NoError(t, err)
		assert.Equal(t, "idle-longest", *preset)
		custom, err = in.svc.Active(ctx, acct2.ID, enums.PolicyFloating)
		require.NoError(t, err)
		assert.Nil(t, custom)

		err = database.WithTx(sys(), db.Client, func(tx *ent.Tx) error {
			return in.svc.Initialize(sys(), tx, acct2.ID, "lottery", nil)
		})
		e := requireCode(t, err, apperr.BadUserInput)
		assert.Contains(t, e.Message, "idle-longest, never-reclaim, permission-priority")
	})
}

func TestUpdateActivatesANewVersion(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		pv, err := f.svc.Update(as(f.operator), enums.PolicyPermissions, withStocktake, nil)
		require.NoError(t, err)
		assert.Equal(t, 2, pv.Version)
		assert.True(t, pv.Active)
		require.NotNil(t, pv.AuthorID)
		assert.Equal(t, f.operator.ID, *pv.AuthorID)
		author, err := pv.QueryAuthor().Only(sys())
		require.NoError(t, err, "edges of the returned version resolve after its transaction")
		assert.Equal(t, f.operator.Email, author.Email)

		p, err := f.svc.Policy(as(f.admin), f.account, enums.PolicyPermissions)
		require.NoError(t, err)
		require.Len(t, p.Versions, 2)
		assert.Equal(t, []int{2, 1}, []int{p.Versions[0].Version, p.Versions[1].Version}, "newest first")
		assert.Equal(t, 2, p.Active.Version)
		assert.False(t, p.Versions[1].Active)
		assert.Equal(t, policy.DefaultSource(policy.KindPermissions), p.Versions[1].Source, "every version is kept")

		custom, err := f.svc.Active(context.Background(), f.account.ID, enums.PolicyPermissions)
		require.NoError(t, err)
		require.NotNil(t, custom)
		assert.Equal(t, policy.Version{AccountID: fmt.Sprint(f.account.ID), Kind: policy.KindPermissions, Version: 2, Source: withStocktake}, *custom)

		pv, err = f.svc.Update(as(f.admin), enums.PolicyPermissions, withStocktake+"\n# again\n", nil)
		require.NoError(t, err)
		assert.Equal(t, 3, pv.Version)
		assert.Equal(t, state{Active: 3, Count: 3}, stateOf(t, db, f.account.ID, enums.PolicyPermissions))
	})
}

func TestUpdateIsForEditorsOfTheirOwnAccount(t *testing.T) {
	db := testdb.Postgres(t)
	f := newFixture(t, db)
	before := stateOf(t, db, f.account.ID, enums.PolicyPermissions)

	_, err := f.svc.Update(as(f.counter), enums.PolicyPermissions, withStocktake, nil)
	e := requireCode(t, err, apperr.Forbidden)
	assert.Contains(t, e.Message, "policies:manage")

	_, err = f.svc.Update(as(f.support), enums.PolicyPermissions, withStocktake, nil)
	e = requireCode(t, err, apperr.BadUserInput)
	assert.Contains(t, e.Message, "accountId")

	_, err = f.svc.Update(context.Background(), enums.PolicyPermissions, withStocktake, nil)
	requireCode(t, err, apperr.Unauthenticated)

	_, err = f.svc.Policy(as(f.counter), f.account, enums.PolicyPermissions)
	requireCode(t, err, apperr.Forbidden)
	other, otherAdmin := seedAccount(t, db, f.svc, "")
	_, err = f.svc.Policy(as(otherAdmin), f.account, enums.PolicyPermissions)
	requireCode(t, err, apperr.Forbidden)
	_, err = f.svc.Policy(as(f.support), other, enums.PolicyFloating)
	require.NoError(t, err, "SUPPORT reads any account's policies")
	// Naming another account's ID works only for SUPPORT; others learn nothing.
	_, err = f.svc.Update(as(otherAdmin), enums.PolicyPermissions, withStocktake, &f.account.ID)
	requireCode(t, err, apperr.NotFound)

	assert.Equal(t, before, stateOf(t, db, f.account.ID, enums.PolicyPermissions))
}

func TestSupportEditsAnyAccountsPolicy(t *testing.T) {
	db := testdb.Postgres(t)
	f := newFixture(t, db)
	pv, err := f.svc.Update(as(f.support), enums.PolicyPermissions, withStocktake, &f.account.ID)
	require.NoError(t, err)
	assert.Equal(t, 2, pv.Version)
	assert.True(t, pv.Active)
	_, err = f.svc.Activate(as(f.support), enums.PolicyPermissions, 1, &f.account.ID)
	require.NoError(t, err)
	out, err := f.svc.Evaluate(as(f.support), enums.PolicyPermissions, map[string]any{
		"subject": map[string]any{"permissions": []any{"stocktake"}}, "action": "device.read",
	}, nil, &f.account.ID)
	require.NoError(t, err)
	assert.Equal(t, false, out.(map[string]any)["allow"], "version 1 (the default) is active again")
	missing := 999999
	_, err = f.svc.Update(as(f.support), enums.PolicyPermissions, withStocktake, &missing)
	requireCode(t, err, apperr.NotFound)
}

func TestUpdateRefusesHostilePolicies(t *testing.T) {
	const perm, float = enums.PolicyPermissions, enums.PolicyFloating
	tests := []struct {
		name    string
		kind    enums.PolicyKind
		source  string
		line    int // of the first problem, 0 when it has none
		message string
	}{
		{"a syntax error", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\tinput.action ==\n}\n", 7, "line 7"},
		{"the wrong package", perm, "package countthings.base\n\ndefault verdict := \"allow\"\n", 1, "the package must be countthings.permissions"},
		{"http.send", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if http.send({\"method\": \"GET\", \"url\": \"https://example.com\"}).status_code == 200\n", 5, "http.send"},
		{"net.lookup_ip_addr", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if count(net.lookup_ip_addr(\"example.com\")) > 0\n", 5, "net.lookup_ip_addr"},
		{"opa.runtime", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if opa.runtime().env.ALLOW == \"1\"\n", 5, "opa.runtime"},
		{"an oversize source", perm, "package countthings.permissions\n\ndefault allow := false\n" + strings.Repeat("# padding padding padding\n", 3000), 0, "the limit is"},
		{"a malformed decision", float, "package countthings.floating\n\ndecision := {\"pool\": \"FLOATING\"}\n", 0, "exactly the keys pool, reclaim and reason"},
		{"a decision naming another account's device", float, "package countthings.floating\n\ndecision := {\"pool\": \"FLOATING\", \"reclaim\": \"d9\", \"reason\": \"x\"}\n", 0, "holds no license"},
		{"a huge comprehension", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if count([x | some x in numbers.range(1, 100000000)]) > 0\n", 5, "too costly: numbers.range"},
		{"an endless evaluation", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\ts := concat(\"\", [x | some i in numbers.range(1, 20000); x := \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"])\n\tevery i in numbers.range(1, 1000000) { i > 0; crypto.sha256(s) != \"\" }\n}\n", 0, "too costly: evaluation took longer than"},
		{"infinite recursion", perm, "package countthings.permissions\n\ndefault allow := false\n\nallow if loop\n\nloop if loop\n", 7, "recursive"},
		{"a non-boolean allow", perm, "package countthings.permissions\n\nallow := input.action\n", 0, "allow must be true or false"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := stateOf(t, db, f.account.ID, tt.kind)
				_, err := f.svc.Update(as(f.admin), tt.kind, tt.source, nil)
				e := requireCode(t, err, apperr.PolicyInvalid)
				assert.Contains(t, e.Message, "nothing changed")
				assert.Contains(t, e.Message, tt.message)
				problems, ok := e.Details["problems"].([]map[string]any)
				require.True(t, ok, "details: %#v", e.Details)
				require.NotEmpty(t, problems)
				if tt.line > 0 {
					assert.Equal(t, tt.line, problems[0]["line"], e.Message)
					assert.Contains(t, e.Message, fmt.Sprintf("line %d", tt.line))
				}
				assert.Equal(t, before, stateOf(t, db, f.account.ID, tt.kind), "nothing changed")
				custom, err := f.svc.Active(context.Background(), f.account.ID, tt.kind)
				require.NoError(t, err)
				assert.Nil(t, custom, "the shipped default is still in force")
			})
		}
	})
}

func TestActivateRollsBack(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		ctx := as(f.admin)
		_, err := f.svc.Update(ctx, enums.PolicyPermissions, withStocktake, nil)
		require.NoError(t, err)

		pv, err := f.svc.Activate(ctx, enums.PolicyPermissions, 1, nil)
		require.NoError(t, err)
		assert.Equal(t, 1, pv.Version)
		_, err = pv.QueryAuthor().Only(sys())
		require.NoError(t, err)
		assert.True(t, pv.Active)
		assert.Equal(t, state{Active: 1, Count: 2}, stateOf(t, db, f.account.ID, enums.PolicyPermissions), "a rollback adds no version")
		custom, err := f.svc.Active(ctx, f.account.ID, enums.PolicyPermissions)
		require.NoError(t, err)
		assert.Nil(t, custom)

		pv, err = f.svc.Activate(ctx, enums.PolicyPermissions, 2, nil)
		require.NoError(t, err)
		assert.Equal(t, 2, pv.Version)
		custom, err = f.svc.Active(ctx, f.account.ID, enums.PolicyPermissions)
		require.NoError(t, err)
		require.NotNil(t, custom)
		assert.Equal(t, 2, custom.Version)

		pv, err = f.svc.Activate(ctx, enums.PolicyPermissions, 2, nil)
		require.NoError(t, err, "activating the active version changes nothing")
		assert.Equal(t, 2, pv.Version)

		_, err = f.svc.Activate(ctx, enums.PolicyPermissions, 99, nil)
		requireCode(t, err, apperr.NotFound)
		_, err = f.svc.Activate(as(f.counter), enums.PolicyPermissions, 1, nil)
		requireCode(t, err, apperr.Forbidden)
		assert.Equal(t, state{Active: 2, Count: 2}, stateOf(t, db, f.account.ID, enums.PolicyPermissions))

		// Another account's version 1 is not this one's.
		other, otherAdmin := seedAccount(t, db, f.svc, "")
		_, err = f.svc.Activate(as(otherAdmin), enums.PolicyPermissions, 2, nil)
		requireCode(t, err, apperr.NotFound)
		assert.Equal(t, state{Active: 1, Count: 1}, stateOf(t, db, other.ID, enums.PolicyPermissions))
	})
}

func TestEvaluateIsADryRun(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		input := map[string]any{
			"subject":  map[string]any{"id": "7", "kind": "user", "role": "OPERATOR", "permissions": []any{"stocktake"}, "accountId": fmt.Sprint(f.account.ID)},
			"action":   "device.read",
			"resource": map[string]any{"type": "device", "id": "3", "accountId": fmt.Sprint(f.account.ID)},
			"now":      "2026-11-22T10:00:00Z",
		}
		before := stateOf(t, db, f.account.ID, enums.PolicyPermissions)

		out, err := f.svc.Evaluate(as(f.operator), enums.PolicyPermissions, input, nil, nil)
		require.NoError(t, err)
		assert.Equal(t, false, out.(map[string]any)["allow"], "the active (default) policy knows no stocktake")
		assert.Contains(t, fmt.Sprint(out.(map[string]any)["deny"]), "device.read needs the")

		draft := withStocktake
		out, err = f.svc.Evaluate(as(f.operator), enums.PolicyPermissions, input, &draft, nil)
		require.NoError(t, err)
		assert.Equal(t, map[string]any{"allow": true, "deny": []string{}}, out)

		floatingInput := map[string]any{
			"account":  map[string]any{"id": fmt.Sprint(f.account.ID), "type": "FLOATING"},
			"device":   map[string]any{"id": "9", "code": "TAB-9"},
			"pools":    map[string]any{"STANDARD": map[string]any{"total": 0, "free": 0}, "FLOATING": map[string]any{"total": 1, "free": 0}},
			"holders":  []any{map[string]any{"deviceId": "5", "pool": "FLOATING", "status": "ACTIVE", "idleMinutes": json.Number("45")}}, // as GraphQL variables decode
			"settings": map[string]any{"floatingIdleMinutes": json.Number("30")},
			"now":      "2026-11-22T10:00:00Z",
		}
		out, err = f.svc.Evaluate(as(f.operator), enums.PolicyFloating, floatingInput, nil, nil)
		require.NoError(t, err)
		assert.Equal(t, "FLOATING", out.(map[string]any)["pool"])
		assert.Equal(t, "5", out.(map[string]any)["reclaim"])

		_, err = f.svc.Evaluate(as(f.operator), enums.PolicyPermissions, []any{1, 2}, nil, nil)
		requireCode(t, err, apperr.BadUserInput)
		broken := "package countthings.permissions\n\nallow if {\n"
		_, err = f.svc.Evaluate(as(f.operator), enums.PolicyPermissions, input, &broken, nil)
		e := requireCode(t, err, apperr.PolicyInvalid)
		assert.Contains(t, e.Message, "line ")
		conflict := "package countthings.permissions\n\ndefault allow := false\n\nallow := input.action == \"device.read\"\n\nallow := true if input.now\n"
		_, err = f.svc.Evaluate(as(f.operator), enums.PolicyPermissions, input, &conflict, nil)
		requireCode(t, err, apperr.PolicyInvalid)

		_, err = f.svc.Evaluate(as(f.counter), enums.PolicyPermissions, input, nil, nil)
		requireCode(t, err, apperr.Forbidden)
		_, err = f.svc.Evaluate(as(f.counter), enums.PolicyPermissions, input, &draft, nil)
		requireCode(t, err, apperr.Forbidden)
		out, err = f.svc.Evaluate(as(f.support), enums.PolicyPermissions, input, &draft, nil)
		require.NoError(t, err, "SUPPORT dry-runs drafts")
		assert.Equal(t, true, out.(map[string]any)["allow"])

		assert.Equal(t, before, stateOf(t, db, f.account.ID, enums.PolicyPermissions), "a dry run writes nothing")
	})
}

// The "a new PERMISSIONS rule from an admin takes effect at once", through the real authorizer.
func TestANewPermissionRuleTakesEffectAtOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		stocktaker := seedUser(t, db, &f.account.ID, enums.RoleOperator, "stocktake")
		device := authz.Resource{Type: "device", ID: 3, AccountID: f.account.ID}

		err := f.az.Require(as(stocktaker), "device.read", device)
		requireCode(t, err, apperr.Forbidden)

		_, err = f.svc.Update(as(f.admin), enums.PolicyPermissions, withStocktake, nil)
		require.NoError(t, err)
		require.NoError(t, f.az.Require(as(stocktaker), "device.read", device), "the very next check uses the new version")
		requireCode(t, f.az.Require(as(stocktaker), "license.move", device), apperr.Forbidden)
		other, _ := seedAccount(t, db, f.svc, "")
		requireCode(t, f.az.Require(as(stocktaker), "device.read", authz.Resource{Type: "device", ID: 4, AccountID: other.ID}), apperr.Forbidden)

		_, err = f.svc.Activate(as(f.admin), enums.PolicyPermissions, 1, nil)
		require.NoError(t, err)
		requireCode(t, f.az.Require(as(stocktaker), "device.read", device), apperr.Forbidden)
	})
}

// Two processes on one database: a version activated through one is in force on the other's next call.
func TestAnotherInstanceSeesTheNewVersionOnItsNextCall(t *testing.T) {
	t.Run("postgres", func(t *testing.T) {
		url := testdb.NewPostgresURL(t)
		dbA, err := database.Open(context.Background(), url)
		require.NoError(t, err)
		t.Cleanup(func() { dbA.Close() })
		dbB, err := database.Open(context.Background(), url)
		require.NoError(t, err)
		t.Cleanup(func() { dbB.Close() })
		sameDatabase(t, dbA, dbB)
	})
	t.Run("sqlite", func(t *testing.T) {
		dbA := testdb.SQLite(t)
		path := strings.TrimPrefix(strings.SplitN(testdbPath(t, dbA), "?", 2)[0], "file:")
		dbB, err := database.Open(context.Background(), "sqlite://"+path)
		require.NoError(t, err)
		t.Cleanup(func() { dbB.Close() })
		sameDatabase(t, dbA, dbB)
	})
}

func testdbPath(t *testing.T, db *database.DB) string {
	var file string
	require.NoError(t, db.SQL.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file))
	return file
}

func sameDatabase(t *testing.T, dbA, dbB *database.DB) {
	engineB, err := policy.NewEngine()
	require.NoError(t, err)
	f := newFixture(t, dbA)
	b := newInstance(t, dbB, engineB)
	stocktaker := seedUser(t, dbA, &f.account.ID, enums.RoleOperator, "stocktake")
	device := authz.Resource{Type: "device", ID: 3, AccountID: f.account.ID}

	// B has the account's default cached and in use.
	requireCode(t, b.az.Require(as(stocktaker), "device.read", device), apperr.Forbidden)
	custom, err := b.svc.Active(context.Background(), f.account.ID, enums.PolicyPermissions)
	require.NoError(t, err)
	require.Nil(t, custom)

	_, err = f.svc.Update(as(f.admin), enums.PolicyPermissions, withStocktake, nil)
	require.NoError(t, err)
	custom, err = b.svc.Active(context.Background(), f.account.ID, enums.PolicyPermissions)
	require.NoError(t, err)
	require.NotNil(t, custom)
	assert.Equal(t, 2, custom.Version)
	require.NoError(t, b.az.Require(as(stocktaker), "device.read", device))

	_, err = f.svc.Activate(as(f.admin), enums.PolicyPermissions, 1, nil)
	require.NoError(t, err)
	requireCode(t, b.az.Require(as(stocktaker), "device.read", device), apperr.Forbidden)
}

func TestSetPreset(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		pv, err := f.svc.SetPreset(as(f.support), f.account.ID, "never-reclaim")
		require.NoError(t, err)
		assert.Equal(t, 2, pv.Version)
		require.NotNil(t, pv.Preset)
		assert.Equal(t, "never-reclaim", *pv.Preset)
		assert.Equal(t, f.support.ID, *pv.AuthorID)
		preset, err := f.svc.FloatingPreset(as(f.admin), f.account)
		require.NoError(t, err)
		assert.Equal(t, "never-reclaim", *preset)
		custom, err := f.svc.Active(context.Background(), f.account.ID, enums.PolicyFloating)
		require.NoError(t, err)
		require.NotNil(t, custom)
		src, _ := policy.PresetSource("never-reclaim")
		assert.Equal(t, src, custom.Source)

		byHand := src + "\n# tuned by hand\n"
		_, err = f.svc.Update(as(f.admin), enums.PolicyFloating, byHand, nil)
		require.NoError(t, err)
		preset, err = f.svc.FloatingPreset(as(f.admin), f.account)
		require.NoError(t, err)
		assert.Nil(t, preset, "edited by hand")

		_, err = f.svc.SetPreset(as(f.support), f.account.ID, "idle-longest")
		require.NoError(t, err)
		custom, err = f.svc.Active(context.Background(), f.account.ID, enums.PolicyFloating)
		require.NoError(t, err)
		assert.Nil(t, custom, "back on the shipped default")

		before := stateOf(t, db, f.account.ID, enums.PolicyFloating)
		_, err = f.svc.SetPreset(as(f.support), f.account.ID, "lottery")
		e := requireCode(t, err, apperr.BadUserInput)
		assert.Contains(t, e.Message, "never-reclaim")
		_, err = f.svc.SetPreset(as(f.support), f.account.ID, "")
		requireCode(t, err, apperr.BadUserInput)
		_, err = f.svc.SetPreset(as(f.support), f.account.ID+1000, "never-reclaim")
		requireCode(t, err, apperr.NotFound)
		_, otherAdmin := seedAccount(t, db, f.svc, "")
		_, err = f.svc.SetPreset(as(otherAdmin), f.account.ID, "never-reclaim")
		requireCode(t, err, apperr.Forbidden)
		_, err = f.svc.SetPreset(as(f.counter), f.account.ID, "never-reclaim")
		requireCode(t, err, apperr.Forbidden)
		assert.Equal(t, before, stateOf(t, db, f.account.ID, enums.PolicyFloating))
	})
}

func TestAnAccountWithoutVersionsGetsTheDefault(t *testing.T) {
	db := testdb.Postgres(t)
	in := newInstance(t, db, engine(t))
	acct, err := db.Client.Account.Create().SetName("Old").SetEmail("counting@old.test").SetType(enums.AccountStandard).
		SetExpiresAt(time.Now().Add(time.Hour)).Save(sys())
	require.NoError(t, err)
	admin := seedUser(t, db, &acct.ID, enums.RoleAdmin)
	custom, err := in.svc.Active(context.Background(), acct.ID, enums.PolicyPermissions)
	require.NoError(t, err)
	assert.Nil(t, custom)
	p, err := in.svc.Policy(as(admin), acct, enums.PolicyFloating)
	require.NoError(t, err)
	assert.Equal(t, 1, p.Active.Version)
	assert.Equal(t, "idle-longest", *p.Active.Preset)
	pv, err := in.svc.Update(as(admin), enums.PolicyPermissions, withStocktake, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, pv.Version, "the first version of an account that had none")
}

func TestConcurrentUpdatesGetDistinctVersions(t *testing.T) {
	db := testdb.Postgres(t)
	f := newFixture(t, db)
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = f.svc.Update(as(f.admin), enums.PolicyPermissions, fmt.Sprintf("%s\n# edit %d\n", withStocktake, i), nil)
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	s := stateOf(t, db, f.account.ID, enums.PolicyPermissions)
	assert.Equal(t, n+1, s.Count)
	assert.Equal(t, n+1, s.Active, "the last writer's version is the active one")
}

// BenchmarkActive measures the per-request cost of finding the active version (authz calls it on every check).
func BenchmarkActive(b *testing.B) {
	db := testdb.Postgres(b)
	f := newFixture(b, db)
	_, err := f.svc.Update(as(f.admin), enums.PolicyPermissions, withStocktake, nil)
	require.NoError(b, err)
	ctx := context.Background()
	b.Run("custom", func(b *testing.B) {
		for b.Loop() {
			if _, err := f.svc.Active(ctx, f.account.ID, enums.PolicyPermissions); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("default", func(b *testing.B) {
		for b.Loop() {
			if _, err := f.svc.Active(ctx, f.account.ID, enums.PolicyFloating); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("engine_only", func(b *testing.B) { // what the lookup is weighed against: the Rego evaluation itself
		v := &policy.Version{AccountID: fmt.Sprint(f.account.ID), Kind: policy.KindPermissions, Version: 2, Source: withStocktake}
		in := policy.PermissionInput{Subject: policy.Subject{ID: "7", Kind: "user", Role: "OPERATOR", Permissions: []string{"stocktake"}, AccountID: v.AccountID},
			Action: "device.read", Resource: map[string]any{"type": "device", "id": "3", "accountId": v.AccountID}, Now: time.Now()}
		for b.Loop() {
			if d, err := engine(b).Authorize(ctx, v, in); err != nil || !d.Allow {
				b.Fatal(d, err)
			}
		}
	})
	b.Run("authorize", func(b *testing.B) {
		stocktaker := seedUser(b, db, &f.account.ID, enums.RoleOperator, "stocktake")
		vctx := as(stocktaker)
		device := authz.Resource{Type: "device", ID: 3, AccountID: f.account.ID}
		for b.Loop() {
			if err := f.az.Require(vctx, "device.read", device); err != nil {
				b.Fatal(err)
			}
		}
	})
}
