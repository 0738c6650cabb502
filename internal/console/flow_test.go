package console_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// deviceLogin logs in on a device through the API, as the counting app does.
func deviceLogin(t *testing.T, env *testapp.Env, email, code string) {
	t.Helper()
	var out struct {
		Login struct {
			Device struct{ LicenseStatus string }
		}
	}
	env.MustDo(t, "", `mutation($in: LoginInput!) { login(input: $in) { token device { licenseStatus } } }`,
		map[string]any{"in": map[string]any{"email": email, "password": testapp.Password, "deviceCode": code, "deviceName": "Line " + code, "platform": "android"}}, &out)
	require.Equal(t, "ACTIVE", out.Login.Device.LicenseStatus)
}

// The admin's day on the embedded SQLite default (the journey runs on Postgres): sign in, the
// pool, a device appearing live, a license moved, a refusal in the server's words, a deep link,
// sign-out, an ended session.
func TestConsoleAdminFlowSQLite(t *testing.T) {
	env := testapp.New(t, testapp.SQLite())
	runAdminFlow(t, env, false)
}

func runAdminFlow(t *testing.T, env *testapp.Env, shots bool) {
	acc := env.SeedAccount(t, testapp.AccountSpec{Name: "Acme Foods", Type: enums.AccountMixed, Standard: 2, Floating: 1})
	env.SeedDevice(t, acc.Account.ID, "SPARE-1")
	op := env.SeedUser(t, acc.Account.ID, "line1@acmefoods.test", "count")

	b := newBrowser(t, env)
	b.signIn(acc.Admin.Email, testapp.Password)

	// Overview: the pool per type and the end date.
	b.waitFor("overview", `document.querySelector('[data-testid="Standard-total"]')?.textContent === '2'`)
	require.Equal(t, "1", b.text(`[data-testid="Floating-total"]`))
	require.Equal(t, "0", b.text(`[data-testid="All-assigned"]`))
	if shots {
		b.shoot("overview", desktop, tablet, phone)
	}

	// Devices: the table, live.
	b.nav("Devices")
	b.waitFor("devices table", `!!document.querySelector('tr[data-code="SPARE-1"]')`)
	deviceLogin(t, env, op.Email, "LINE-7")
	b.waitFor("the device appears live", `document.querySelector('tr[data-code="LINE-7"]')?.textContent.includes('ACTIVE')`)
	if shots {
		b.shoot("devices", desktop, tablet, phone)
	}

	// Move its license to the spare device, with confirmation.
	b.clickButton("Move the license of LINE-7")
	b.run("move dialog", chromedp.WaitVisible(chromedp.CSS("#move-target")))
	b.fill("#move-target", "SPARE-1")
	b.waitFor("target found", `!!document.querySelector('dialog .hint')`)
	b.clickButton("Move license")
	b.waitFor("moved", `document.querySelector('.ok')?.textContent.includes('moved to SPARE-1')`)
	b.waitFor("table updated", `document.querySelector('tr[data-code="SPARE-1"]')?.textContent.includes('ASSIGNED') && document.querySelector('tr[data-code="LINE-7"]')?.textContent.includes('NONE')`)

	// A refused action shows the server's words: moving onto a device that has a license.
	b.clickButton("Move the license of SPARE-1")
	b.fill("#move-target", "SPARE-1")
	b.waitFor("target found", `!!document.querySelector('dialog .hint')`)
	b.clickButton("Move license")
	b.waitFor("server error shown", `(document.querySelector('dialog [role=alert]')?.textContent ?? '').length > 10`)
	b.clickButton("Cancel")

	// Deep link with a filter.
	b.visit("/console/devices?status=NONE")
	b.waitFor("filtered", `!!document.querySelector('tr[data-code="LINE-7"]') && !document.querySelector('tr[data-code="SPARE-1"]')`)
	require.Equal(t, "NONE", value[string](b, `document.querySelector('#f-status').value`))

	// Sign-out clears the token; nothing was ever in localStorage.
	b.clickButton("Sign out")
	b.run("signed out", chromedp.WaitVisible(chromedp.CSS("#email")))
	require.Equal(t, `[[],null]`, value[string](b, `JSON.stringify([Object.keys(localStorage), sessionStorage.getItem('countthings.session')])`))
	b.waitFor("signed-out notice", `document.querySelector('.notice')?.textContent.includes('signed out')`)

	// An expired (here: revoked) session returns to sign-in with a plain message.
	b.signIn(acc.Admin.Email, testapp.Password)
	value[bool](b, `(() => { const s = JSON.parse(sessionStorage.getItem('countthings.session')); s.token = 'ct_s_expired'; sessionStorage.setItem('countthings.session', JSON.stringify(s)); return true })()`)
	b.visit("/console/devices")
	b.waitFor("expired notice", `document.querySelector('.notice')?.textContent.includes('session has ended')`)
	if shots {
		b.shoot("sign-in", desktop, tablet, phone)
	}
	b.noProblems()
}
