package app_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// The whole journey, over HTTP and graphql-transport-ws only, as a client written against
// API.md would take it — on Postgres and on the embedded SQLite default that `make run` uses:
// SUPPORT answers a request, the admin creates an operator, devices log in and take licenses,
// the admin moves one, an integrator's subscription sees it, and the numbers add up.
func TestJourney(t *testing.T) {
	for name, opts := range map[string][]testapp.Option{
		"postgres": nil,
		"sqlite":   {testapp.SQLite()},
	} {
		t.Run(name, func(t *testing.T) { journey(t, opts...) })
	}
}

func journey(t *testing.T, opts ...testapp.Option) {
	opts = append(opts, testapp.Configure(func(c *app.Config) {
		c.SupportEmail, c.SupportPassword = "support@countthings.test", "support password 123"
	}))
	env := testapp.New(t, opts...)
	do := func(token, q string, vars map[string]any, out any) {
		t.Helper()
		env.MustDo(t, token, q, vars, out)
	}
	login := func(email, password string, device string) string {
		t.Helper()
		vars := map[string]any{"e": email, "p": password}
		q := `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`
		if device != "" {
			vars["d"] = device
			q = `mutation($e: String!, $p: String!, $d: String) { login(input: {email: $e, password: $p, deviceCode: $d, deviceName: "Galaxy", platform: "android"}) { token } }`
		}
		var out struct{ Login struct{ Token string } }
		do("", q, vars, &out)
		require.NotEmpty(t, out.Login.Token)
		return out.Login.Token
	}

	// A company asks; SUPPORT approves with a MIXED pool.
	var req struct{ RequestEnterpriseAccount struct{ ID string } }
	do("", `mutation { requestEnterpriseAccount(input: {companyName: "Acme Foods", contactEmail: "ops@acmefoods.com",
		accountType: MIXED, standardLicenses: 1, floatingLicenses: 1, workflow: "two shifts"}) { id } }`, nil, &req)
	support := login("support@countthings.test", "support password 123", "")
	var appr struct {
		ApproveAccountRequest struct {
			ID          string
			LicensePool struct{ Total, Unassigned int }
		}
	}
	do(support, `mutation($id: ID!) { approveAccountRequest(id: $id, input: {email: "counting@acmefoods.com",
		adminPassword: "admin password 123", expiresAt: "2030-01-01T00:00:00Z"}) { id licensePool { total unassigned } } }`,
		map[string]any{"id": req.RequestEnterpriseAccount.ID}, &appr)
	assert.Equal(t, 2, appr.ApproveAccountRequest.LicensePool.Total)

	// The admin creates an operator and an integrator's token.
	admin := login("counting@acmefoods.com", "admin password 123", "")
	do(admin, `mutation { createUser(input: {email: "line1@acmefoods.com", password: "operator pass 1", permissions: ["count"]}) { id } }`, nil, nil)
	var tok struct{ CreateAPIToken struct{ Token string } }
	do(admin, `mutation { createApiToken(name: "erp", permissions: ["events:read"]) { token } }`, nil, &tok)

	sub := env.Subscribe(t, tok.CreateAPIToken.Token, `subscription { licenseEvents { sequence type device { code } previousDevice { code } actor { email } } }`, nil)
	time.Sleep(200 * time.Millisecond) // the subscription registers before the first event

	// Two devices log in and take the two licenses; the third is refused and stays registered.
	d1 := login("line1@acmefoods.com", "operator pass 1", "S20")
	login("line1@acmefoods.com", "operator pass 1", "S21")
	r := env.Do(t, "", `mutation { login(input: {email: "line1@acmefoods.com", password: "operator pass 1", deviceCode: "S22"}) { token } }`, nil)
	require.Equal(t, "NO_LICENSE_AVAILABLE", r.Code(), "%+v", r.Errors)

	var hb struct{ Heartbeat struct{ Licensed bool } }
	do(d1, `mutation { heartbeat { licensed } }`, nil, &hb)
	assert.True(t, hb.Heartbeat.Licensed)

	// The admin sees the devices and moves S20's license to the refused S22.
	var devs struct {
		Account struct {
			Devices struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, Code, LicenseStatus string
					}
				}
			}
		}
	}
	do(admin, `{ account { devices(first: 10, orderBy: {field: CODE}) { totalCount edges { node { id code licenseStatus } } } } }`, nil, &devs)
	require.Equal(t, 3, devs.Account.Devices.TotalCount)
	ids := map[string]string{}
	for _, e := range devs.Account.Devices.Edges {
		ids[e.Node.Code] = e.Node.ID
	}
	assert.Equal(t, "NONE", devs.Account.Devices.Edges[2].Node.LicenseStatus)
	var mv struct {
		MoveLicense struct{ Code, LicenseStatus string }
	}
	do(admin, `mutation($a: ID!, $b: ID!) { moveLicense(fromDeviceId: $a, toDeviceId: $b) { code licenseStatus } }`,
		map[string]any{"a": ids["S20"], "b": ids["S22"]}, &mv)
	assert.Equal(t, "ASSIGNED", mv.MoveLicense.LicenseStatus)
	do(d1, `mutation { heartbeat { licensed } }`, nil, &hb)
	assert.False(t, hb.Heartbeat.Licensed, "S20 gave its license away")

	// The integrator saw every change, in order, with its devices and actor.
	type ev struct {
		LicenseEvents struct {
			Sequence       int
			Type           string
			Device         *struct{ Code string }
			PreviousDevice *struct{ Code string }
			Actor          *struct{ Email string }
		}
	}
	var got []ev
	for len(got) < 4 {
		data, err := sub.Next(10 * time.Second)
		require.NoError(t, err)
		var e ev
		require.NoError(t, json.Unmarshal(data, &e))
		got = append(got, e)
	}
	var types []string
	for i, e := range got {
		assert.Equal(t, i+1, e.LicenseEvents.Sequence)
		types = append(types, e.LicenseEvents.Type)
	}
	assert.Equal(t, []string{"ASSIGNED", "ASSIGNED", "DENIED", "MOVED"}, types)
	moved := got[3].LicenseEvents
	require.NotNil(t, moved.Device)
	require.NotNil(t, moved.PreviousDevice)
	assert.Equal(t, "S22", moved.Device.Code)
	assert.Equal(t, "S20", moved.PreviousDevice.Code)
	require.NotNil(t, moved.Actor)
	assert.Equal(t, "counting@acmefoods.com", moved.Actor.Email)

	// The pool adds up.
	var pool struct {
		Account struct {
			LicensePool struct{ Total, Assigned, Unassigned int }
		}
	}
	do(admin, `{ account { licensePool { total assigned unassigned } } }`, nil, &pool)
	assert.Equal(t, 2, pool.Account.LicensePool.Total)
	assert.Equal(t, 2, pool.Account.LicensePool.Assigned)
	assert.Equal(t, 0, pool.Account.LicensePool.Unassigned)
}
