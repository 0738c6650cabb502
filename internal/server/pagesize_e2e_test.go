package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph"
	"github.com/countthings/countthings/internal/testapp"
)

// Every connection serves up to graph.MaxPageSize items a page and refuses a first over it,
// or a negative one, with BAD_USER_INPUT saying the bound (not a silently shorter page), over
// HTTP.
func TestPageSizeCaps(t *testing.T) {
	env := testapp.New(t)
	ctx := testapp.System()
	c := env.App.DB.Client
	const n = graph.MaxPageSize + 5
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	id := acct.Account.ID

	devices := make([]*ent.DeviceCreate, n)
	for i := range devices {
		devices[i] = c.Device.Create().SetAccountID(id).SetCode(fmt.Sprintf("D-%03d", i))
	}
	_, err := c.Device.CreateBulk(devices...).Save(ctx)
	require.NoError(t, err)
	users := make([]*ent.UserCreate, n)
	for i := range users {
		users[i] = c.User.Create().SetEmail(fmt.Sprintf("u%03d@page.test", i)).SetPasswordHash("x").
			SetRole(enums.RoleOperator).SetPermissions([]string{}).SetAccountID(id)
	}
	_, err = c.User.CreateBulk(users...).Save(ctx)
	require.NoError(t, err)
	evs := make([]*ent.LicenseEventCreate, n)
	for i := range evs {
		evs[i] = c.LicenseEvent.Create().SetAccountID(id).SetSeq(int64(i + 1)).SetType(enums.EventDenied).SetOccurredAt(time.Now())
	}
	_, err = c.LicenseEvent.CreateBulk(evs...).Save(ctx)
	require.NoError(t, err)
	_, err = c.Account.UpdateOneID(id).SetEventSeq(n).Save(ctx)
	require.NoError(t, err)
	accounts := make([]*ent.AccountCreate, n)
	for i := range accounts {
		accounts[i] = c.Account.Create().SetName(fmt.Sprintf("A %d", i)).SetEmail(fmt.Sprintf("counting@a%d.test", i)).
			SetType(enums.AccountStandard).SetExpiresAt(time.Now().Add(time.Hour))
	}
	_, err = c.Account.CreateBulk(accounts...).Save(ctx)
	require.NoError(t, err)

	admin := env.Token(t, acct.Admin, 0)
	support := env.Token(t, env.SeedSupport(t), 0)
	cases := []struct {
		name, token, query string
		path               []string
	}{
		{"account.devices", admin, `query($f: Int) { account { devices(first: $f) { edges { cursor } pageInfo { hasNextPage } } } }`, []string{"account", "devices"}},
		{"account.users", admin, `query($f: Int) { account { users(first: $f) { edges { cursor } pageInfo { hasNextPage } } } }`, []string{"account", "users"}},
		{"licenseEvents", admin, `query($f: Int) { licenseEvents(first: $f) { edges { cursor } pageInfo { hasNextPage } } }`, []string{"licenseEvents"}},
		{"accounts", support, `query($f: Int) { accounts(first: $f) { edges { cursor } pageInfo { hasNextPage } } }`, []string{"accounts"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := env.Do(t, tc.token, tc.query, map[string]any{"f": graph.MaxPageSize})
			require.Empty(t, r.Errors)
			var data map[string]any
			r.Decode(t, &data)
			conn := data
			for _, k := range tc.path {
				conn = conn[k].(map[string]any)
			}
			assert.Len(t, conn["edges"], graph.MaxPageSize)
			assert.Equal(t, true, conn["pageInfo"].(map[string]any)["hasNextPage"])
			refused(t, env, tc.token, tc.query)
		})
	}
	// The connections with fewer items than a page: the same refusals.
	hook, err := c.Webhook.Create().SetAccountID(id).SetURL("https://hooks.test/").SetSecret("0123456789abcdef").Save(ctx)
	require.NoError(t, err)
	for _, tc := range []struct{ name, query string }{
		{"account.apiTokenConnection", `query($f: Int) { account { apiTokenConnection(first: $f) { totalCount } } }`},
		{"account.webhookConnection", `query($f: Int) { account { webhookConnection(first: $f) { totalCount } } }`},
		{"webhook.deliveryConnection", fmt.Sprintf(`query($f: Int) { node(id: "%d") { ... on Webhook { deliveryConnection(first: $f) { totalCount } } } }`, hook.ID)},
		{"webhook.deliveries", fmt.Sprintf(`query($f: Int) { node(id: "%d") { ... on Webhook { deliveries(first: $f) { id } } } }`, hook.ID)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := env.Do(t, admin, tc.query, map[string]any{"f": graph.MaxPageSize})
			require.Empty(t, r.Errors)
			refused(t, env, admin, tc.query)
		})
	}
}

func refused(t *testing.T, env *testapp.Env, token, query string) {
	t.Helper()
	for _, f := range []int{graph.MaxPageSize + 1, 1000} {
		r := env.Do(t, token, query, map[string]any{"f": f})
		require.Equal(t, "BAD_USER_INPUT", r.Code(), "first: %d: %+v", f, r.Errors)
		assert.Contains(t, r.Errors[0].Message, fmt.Sprintf("at most %d", graph.MaxPageSize))
	}
	r := env.Do(t, token, query, map[string]any{"f": -1})
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "first: -1: %+v", r.Errors)
}
