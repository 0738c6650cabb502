package identity_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/session"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/policy"
)

// tenant is one account with one object of every kind.
type tenant struct {
	testapp.Seeded
	Operator *ent.User
	Device   *ent.Device
	License  *ent.License
	Event    *ent.LicenseEvent
	Policy   *ent.PolicyVersion
	Token    *ent.APIToken
	Webhook  *ent.Webhook
	Delivery *ent.WebhookDelivery
	Request  *ent.AccountRequest
	Session  int
}

func seedTenant(t *testing.T, env *testapp.Env, name string) tenant {
	t.Helper()
	sys := testapp.System()
	c := env.App.DB.Client
	tn := tenant{Seeded: env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountMixed, Standard: 2, Floating: 2})}
	acc := tn.Account.ID
	tn.Operator = env.SeedUser(t, acc, name+"-operator@acme.example", "count")
	tn.Device = env.SeedDevice(t, acc, name+"-tablet")
	var err error
	l, err := c.License.Query().Where(license.AccountID(acc), license.PoolEQ(enums.PoolStandard)).First(sys)
	require.NoError(t, err)
	tn.License, err = c.License.UpdateOne(l).SetDeviceID(tn.Device.ID).SetStatus(enums.StatusAssigned).
		SetAssignedAt(env.Clock.Now()).Save(sys)
	require.NoError(t, err)
	tn.Event, err = c.LicenseEvent.Create().SetAccountID(acc).SetSeq(1).SetType(enums.EventReserved).
		SetDeviceID(tn.Device.ID).SetPool(enums.PoolStandard).Save(sys)
	require.NoError(t, err)
	require.NoError(t, c.Account.UpdateOneID(acc).SetEventSeq(1).Exec(sys))
	tn.Policy, err = c.PolicyVersion.Create().SetAccountID(acc).SetKind(enums.PolicyPermissions).SetVersion(1).
		SetSource(policy.DefaultSource(policy.KindPermissions)).SetActive(true).Save(sys)
	require.NoError(t, err)
	_, hash, _ := auth.NewToken(auth.APITokenPrefix)
	tn.Token, err = c.APIToken.Create().SetAccountID(acc).SetName(name + " sync").SetTokenHash(hash).
		SetPermissions([]string{"devices:read"}).Save(sys)
	require.NoError(t, err)
	tn.Webhook, err = c.Webhook.Create().SetAccountID(acc).SetURL("https://" + name + ".example/hook").SetSecret("shh-" + name).Save(sys)
	require.NoError(t, err)
	tn.Delivery, err = c.WebhookDelivery.Create().SetWebhookID(tn.Webhook.ID).SetEventID(tn.Event.ID).Save(sys)
	require.NoError(t, err)
	tn.Request, err = c.AccountRequest.Create().SetCompanyName(name).SetContactEmail("it@" + name + ".example").
		SetAccountType(enums.AccountStandard).SetStandardLicenses(1).SetFloatingLicenses(0).Save(sys)
	require.NoError(t, err)
	_ = env.Token(t, tn.Operator, tn.Device.ID)
	tn.Session, err = c.Session.Query().Where(session.UserID(tn.Operator.ID)).OnlyID(sys)
	require.NoError(t, err)
	return tn
}

// ids are every object ID of the tenant.
func (tn tenant) ids() map[string]int {
	return map[string]int{
		"account": tn.Account.ID, "admin": tn.Admin.ID, "operator": tn.Operator.ID, "device": tn.Device.ID,
		"license": tn.License.ID, "event": tn.Event.ID, "policy": tn.Policy.ID, "token": tn.Token.ID,
		"webhook": tn.Webhook.ID, "delivery": tn.Delivery.ID, "request": tn.Request.ID, "session": tn.Session,
	}
}

// The data layer alone confines every query and write to the viewer's account: these calls
// go straight to ent, with no resolver or service check in between.
func TestTenantIsolationDataLayer(t *testing.T) {
	env := testapp.New(t)
	a, b := seedTenant(t, env, "alpha"), seedTenant(t, env, "beta")
	c := env.App.DB.Client
	tok, err := env.App.Identity.CreateAPIToken(as(t, env, a.Admin), "alpha integration", []string{"devices:read"})
	require.NoError(t, err)

	lists := map[string]func(context.Context) ([]int, error){
		"account":  func(ctx context.Context) ([]int, error) { return c.Account.Query().IDs(ctx) },
		"user":     func(ctx context.Context) ([]int, error) { return c.User.Query().IDs(ctx) },
		"device":   func(ctx context.Context) ([]int, error) { return c.Device.Query().IDs(ctx) },
		"license":  func(ctx context.Context) ([]int, error) { return c.License.Query().IDs(ctx) },
		"event":    func(ctx context.Context) ([]int, error) { return c.LicenseEvent.Query().IDs(ctx) },
		"policy":   func(ctx context.Context) ([]int, error) { return c.PolicyVersion.Query().IDs(ctx) },
		"token":    func(ctx context.Context) ([]int, error) { return c.APIToken.Query().IDs(ctx) },
		"webhook":  func(ctx context.Context) ([]int, error) { return c.Webhook.Query().IDs(ctx) },
		"delivery": func(ctx context.Context) ([]int, error) { return c.WebhookDelivery.Query().IDs(ctx) },
		"request":  func(ctx context.Context) ([]int, error) { return c.AccountRequest.Query().IDs(ctx) },
		"session":  func(ctx context.Context) ([]int, error) { return c.Session.Query().IDs(ctx) },
		// Traversals that start from the other account's rows.
		"users of beta": func(ctx context.Context) ([]int, error) {
			return c.Account.Query().Where(account.ID(b.Account.ID)).QueryUsers().IDs(ctx)
		},
		"devices of beta":  func(ctx context.Context) ([]int, error) { return c.Account.QueryDevices(b.Account).IDs(ctx) },
		"licenses of beta": func(ctx context.Context) ([]int, error) { return c.Device.QueryLicense(b.Device).IDs(ctx) },
		"users with beta": func(ctx context.Context) ([]int, error) {
			return c.User.Query().Where(user.HasAccountWith(account.ID(b.Account.ID))).IDs(ctx)
		},
		"beta's lastuser": func(ctx context.Context) ([]int, error) {
			return c.Device.Query().Where(device.AccountID(b.Account.ID)).QueryLastUser().IDs(ctx)
		},
	}
	foreign := map[int]bool{}
	for _, id := range b.ids() {
		foreign[id] = true
	}
	viewers := map[string]context.Context{
		"admin":     as(t, env, a.Admin),
		"operator":  as(t, env, a.Operator),
		"api token": viewerCtx(t, env, tok.Token),
	}
	for vname, ctx := range viewers {
		for lname, list := range lists {
			t.Run(vname+"/"+lname, func(t *testing.T) {
				got, err := list(ctx)
				require.NoError(t, err)
				for _, id := range got {
					assert.False(t, foreign[id], "%s sees beta's %d", vname, id)
				}
			})
		}
		t.Run(vname+"/noder", func(t *testing.T) {
			for name, id := range b.ids() {
				n, err := c.Noder(ctx, id)
				assert.Error(t, err, name)
				assert.Nil(t, n, name)
			}
		})
	}
	// The admin sees its own rows (the filter is not simply "nothing").
	own, err := c.Device.Query().IDs(viewers["admin"])
	require.NoError(t, err)
	assert.Equal(t, []int{a.Device.ID}, own)

	// Writes into the other account change nothing.
	ctx := viewers["admin"]
	now := env.Clock.Now()
	assert.True(t, ent.IsNotFound(c.User.UpdateOneID(b.Operator.ID).SetNotes("pwned").Exec(ctx)))
	assert.True(t, ent.IsNotFound(c.Account.UpdateOneID(b.Account.ID).SetName("pwned").Exec(ctx)))
	assert.True(t, ent.IsNotFound(c.APIToken.UpdateOneID(b.Token.ID).SetRevokedAt(now).Exec(ctx)))
	assert.True(t, ent.IsNotFound(c.License.UpdateOneID(b.License.ID).ClearDeviceID().Exec(ctx)))
	n, err := c.Device.Update().Where(device.ID(b.Device.ID)).SetInactive(true).Save(ctx)
	require.NoError(t, err)
	assert.Zero(t, n)
	n, err = c.Session.Update().Where(session.ID(b.Session)).SetRevokedAt(now).Save(ctx)
	require.NoError(t, err)
	assert.Zero(t, n)
	n, err = c.WebhookDelivery.Delete().Exec(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, n, "only alpha's delivery")
	n, err = c.User.Delete().Where(user.RoleEQ(enums.RoleOperator)).Exec(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, n, "only alpha's operator")
	assert.Error(t, c.Device.Create().SetAccountID(b.Account.ID).SetCode("planted").Exec(ctx))
	assert.Error(t, c.User.Create().SetEmail("planted@x.example").SetPasswordHash("x").SetRole(enums.RoleOperator).SetAccountID(b.Account.ID).Exec(ctx))
	assert.Error(t, c.Account.Create().SetName("planted").SetEmail("p@planted.example").SetType(enums.AccountStandard).SetExpiresAt(now).Exec(ctx))
	assert.Error(t, c.Session.Create().SetUserID(b.Admin.ID).SetTokenHash([]byte("planted")).SetExpiresAt(now.Add(time.Hour)).Exec(ctx))
	assert.Error(t, c.WebhookDelivery.Create().SetWebhookID(b.Webhook.ID).SetEventID(a.Event.ID).Exec(ctx))

	// With no viewer and no system flag: nothing at all, and no writes.
	anon := context.Background()
	for lname, list := range lists {
		got, err := list(anon)
		require.NoError(t, err)
		assert.Empty(t, got, "anonymous %s", lname)
	}
	assert.Error(t, c.Device.Create().SetAccountID(a.Account.ID).SetCode("anon").Exec(anon))

	// Beta is untouched.
	sys := testapp.System()
	bd, err := c.Device.Get(sys, b.Device.ID)
	require.NoError(t, err)
	assert.False(t, bd.Inactive)
	bo, err := c.User.Get(sys, b.Operator.ID)
	require.NoError(t, err)
	assert.Nil(t, bo.Notes)
	bt, err := c.APIToken.Get(sys, b.Token.ID)
	require.NoError(t, err)
	assert.Nil(t, bt.RevokedAt)
	bl, err := c.License.Get(sys, b.License.ID)
	require.NoError(t, err)
	assert.NotNil(t, bl.DeviceID)
	ba, err := c.Account.Get(sys, b.Account.ID)
	require.NoError(t, err)
	assert.NotEqual(t, "pwned", ba.Name)
	cnt, err := c.Device.Query().Where(device.Code("planted")).Count(sys)
	require.NoError(t, err)
	assert.Zero(t, cnt)
}

// Every query and mutation of one account, aimed at the other account's objects, gets
// nothing, and answers exactly as it does for an ID that does not exist.
func TestTenantIsolationGraphQL(t *testing.T) {
	env := testapp.New(t)
	a, b := seedTenant(t, env, "alpha"), seedTenant(t, env, "beta")
	adminA := env.Token(t, a.Admin, 0)
	gid := func(id int) string { return strconv.Itoa(id) }
	missing := func(id int) string { return strconv.Itoa(id + 100000) }
	expires := env.Clock.Now().Add(400 * 24 * time.Hour).Format(time.RFC3339)

	ops := []struct {
		name   string
		query  string
		target int
		vars   map[string]any
	}{
		{"node(account)", `query($x: ID!) { node(id: $x) { id } }`, b.Account.ID, nil},
		{"node(user)", `query($x: ID!) { node(id: $x) { id ... on User { email } } }`, b.Operator.ID, nil},
		{"node(admin)", `query($x: ID!) { node(id: $x) { id } }`, b.Admin.ID, nil},
		{"node(device)", `query($x: ID!) { node(id: $x) { id ... on Device { code } } }`, b.Device.ID, nil},
		{"node(license)", `query($x: ID!) { node(id: $x) { id } }`, b.License.ID, nil},
		{"node(event)", `query($x: ID!) { node(id: $x) { id } }`, b.Event.ID, nil},
		{"node(policyVersion)", `query($x: ID!) { node(id: $x) { id ... on PolicyVersion { source } } }`, b.Policy.ID, nil},
		{"node(apiToken)", `query($x: ID!) { node(id: $x) { id } }`, b.Token.ID, nil},
		{"node(webhook)", `query($x: ID!) { node(id: $x) { id } }`, b.Webhook.ID, nil},
		{"node(webhookDelivery)", `query($x: ID!) { node(id: $x) { id } }`, b.Delivery.ID, nil},
		{"node(accountRequest)", `query($x: ID!) { node(id: $x) { id } }`, b.Request.ID, nil},
		{"nodes(device)", `query($x: ID!) { nodes(ids: [$x]) { id } }`, b.Device.ID, nil},
		{"nodes(user, with an own ID)", `query($x: ID!, $own: ID!) { nodes(ids: [$own, $x]) { id } }`, b.Operator.ID,
			map[string]any{"own": gid(a.Device.ID)}},
		{"setFloatingPreset(presetName)", `mutation($x: ID!) { setFloatingPreset(accountId: $x, presetName: NEVER_RECLAIM) { id } }`, b.Account.ID, nil},
		{"updateUser", `mutation($x: ID!) { updateUser(id: $x, input: {notes: "pwned"}) { id } }`, b.Operator.ID, nil},
		{"updateUser(disable)", `mutation($x: ID!) { updateUser(id: $x, input: {disabled: true}) { id } }`, b.Admin.ID, nil},
		{"deleteUser", `mutation($x: ID!) { deleteUser(id: $x) }`, b.Operator.ID, nil},
		{"revokeApiToken", `mutation($x: ID!) { revokeApiToken(id: $x) { id } }`, b.Token.ID, nil},
		{"assignLicense", `mutation($x: ID!) { assignLicense(deviceId: $x) { id } }`, b.Device.ID, nil},
		{"removeLicense", `mutation($x: ID!) { removeLicense(deviceId: $x) { id } }`, b.Device.ID, nil},
		{"moveLicense(from)", `mutation($x: ID!, $own: ID!) { moveLicense(fromDeviceId: $x, toDeviceId: $own) { id } }`, b.Device.ID,
			map[string]any{"own": gid(a.Device.ID)}},
		{"moveLicense(to)", `mutation($x: ID!, $own: ID!) { moveLicense(fromDeviceId: $own, toDeviceId: $x) { id } }`, b.Device.ID,
			map[string]any{"own": gid(a.Device.ID)}},
		{"setDeviceInactive", `mutation($x: ID!) { setDeviceInactive(deviceId: $x, inactive: true) { id } }`, b.Device.ID, nil},
		{"licenseEvents(accountId)", `query($x: ID!) { licenseEvents(accountId: $x) { edges { node { id } } } }`, b.Account.ID, nil},
		{"renewAccount", `mutation($x: ID!, $e: Time!) { renewAccount(accountId: $x, input: {expiresAt: $e}) { id } }`, b.Account.ID,
			map[string]any{"e": expires}},
		{"setFloatingPreset", `mutation($x: ID!) { setFloatingPreset(accountId: $x, preset: "never-reclaim") { id } }`, b.Account.ID, nil},
		{"updateWebhook", `mutation($x: ID!) { updateWebhook(id: $x, input: {active: false}) { id } }`, b.Webhook.ID, nil},
		{"deleteWebhook", `mutation($x: ID!) { deleteWebhook(id: $x) }`, b.Webhook.ID, nil},
		{"approveAccountRequest", `mutation($x: ID!, $e: Time!) { approveAccountRequest(id: $x, input: {email: "it@planted.example", adminPassword: "a good admin password", expiresAt: $e}) { id } }`,
			b.Request.ID, map[string]any{"e": expires}},
		{"rejectAccountRequest", `mutation($x: ID!) { rejectAccountRequest(id: $x) { id } }`, b.Request.ID, nil},
	}
	for _, op := range ops {
		t.Run(op.name, func(t *testing.T) {
			run := func(x string) *testapp.Response {
				vars := map[string]any{"x": x}
				for k, v := range op.vars {
					vars[k] = v
				}
				return env.Do(t, adminA, op.query, vars)
			}
			foreign, absent := run(gid(op.target)), run(missing(op.target))
			require.NotEmpty(t, foreign.Errors, "another account's object must not be reachable: %s", foreign.Data)
			assert.Contains(t, []string{"NOT_FOUND", "FORBIDDEN"}, foreign.Code())
			assert.Equal(t, absent.Code(), foreign.Code(), "answers like a missing object")
			assert.Equal(t, strings.ReplaceAll(absent.Errors[0].Message, missing(op.target), gid(op.target)),
				foreign.Errors[0].Message, "answers like a missing object")
			assert.Equal(t, string(absent.Data), string(foreign.Data))
		})
	}

	// Lists of the viewer's own account hold nothing of the other one.
	lists := []string{
		`{ account { users { totalCount edges { node { id email } } } } }`,
		`{ account { devices { totalCount edges { node { id code lastUser { id } license { id } } } } } }`,
		`{ account { apiTokens { id name } webhooks { id url } } }`,
		`{ account { apiTokenConnection { totalCount edges { node { id name } } } webhookConnection { totalCount edges { node { id url deliveryConnection { totalCount edges { node { id event { id } } } } } } } } }`,
		`{ account { policy(kind: PERMISSIONS) { versions { id } } } }`,
		`{ licenseEvents { edges { node { id account { id } device { id } } } } }`,
		`{ me { id devices { id } account { id } } }`,
		`{ accounts { edges { node { id } } } }`,
		`{ accountRequests { id } }`,
	}
	bIDs := b.ids()
	for _, q := range lists {
		r := env.Do(t, adminA, q, nil)
		raw, _ := json.Marshal(r)
		for name, id := range bIDs {
			assert.NotContains(t, string(raw), fmt.Sprintf("%q", gid(id)), "%s leaks beta's %s", q, name)
		}
		assert.NotContains(t, string(raw), "beta", q)
	}
	// And beta's objects are still intact.
	sys := testapp.System()
	_, err := env.App.DB.Client.User.Get(sys, b.Operator.ID)
	require.NoError(t, err)
	bd, err := env.App.DB.Client.Device.Get(sys, b.Device.ID)
	require.NoError(t, err)
	assert.False(t, bd.Inactive)
	bl, err := env.App.DB.Client.License.Get(sys, b.License.ID)
	require.NoError(t, err)
	assert.Equal(t, b.Device.ID, *bl.DeviceID)
}
