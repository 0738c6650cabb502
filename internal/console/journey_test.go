package console_test

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// The journey of the issue, in one browser on Postgres: SUPPORT approves a request, the admin
// signs in, creates an operator, sees a device log in live, moves its license, saves a broken
// policy and sees the problem at its line, fixes it, dry-runs, saves, rolls back, and finds it
// all in the events feed and the usage chart, in order. Every page is photographed at desktop
// and tablet widths (read views at phone width too) and checked with axe-core.
func TestConsoleJourney(t *testing.T) {
	env := testapp.New(t)
	support := env.SeedSupport(t)
	const adminEmail, adminPassword = "counting@journeyfoods.example", "a long admin password"

	env.MustDo(t, "", `mutation { requestEnterpriseAccount(input: {companyName: "Journey Foods", contactEmail: "jane@journeyfoods.example",
		contactName: "Jane", accountType: MIXED, standardLicenses: 1, floatingLicenses: 2, workflow: "two shifts on four lines"}) { id } }`, nil, nil)

	b := newBrowser(t, env)

	b.visit("/console/")
	b.run("sign-in page", chromedp.WaitVisible(chromedp.CSS("#email")))
	b.shoot("sign-in", desktop, tablet, phone)

	// SUPPORT approves the request.
	b.signIn(support.Email, testapp.Password)
	b.waitFor("accounts page", `!!document.querySelector('[data-request="Journey Foods"]')`)
	b.shoot("support-accounts")
	b.run("approve form", chromedp.WaitVisible(chromedp.CSS(`[data-request="Journey Foods"] input[type=email]`)))
	b.fill(`[data-request="Journey Foods"] input[type=email]`, adminEmail)
	b.fill(`[data-request="Journey Foods"] input[type=password]`, adminPassword)
	b.clickButton("Approve")
	b.waitFor("approved", `document.querySelector('.ok')?.textContent.includes('was created') && !!document.querySelector('tr[data-account="Journey Foods"]')`)
	b.run("open the account", chromedp.Click(chromedp.Search(`//tr[@data-account="Journey Foods"]//a`), chromedp.NodeVisible))
	b.waitFor("support sees the overview", `document.querySelector('[data-testid="Floating-total"]')?.textContent === '2'`)
	b.shoot("support-account-overview")
	b.clickButton("Sign out")

	// The admin signs in and creates an operator.
	b.signIn(adminEmail, adminPassword)
	b.waitFor("overview", `document.querySelector('[data-testid="Standard-total"]')?.textContent === '1'`)
	b.nav("Users and tokens")
	b.clickButton("Create user")
	b.fill("#u-email", "line1@journeyfoods.example")
	b.fill("#u-password", testapp.Password)
	b.fill("#u-notes", "first shift")
	b.waitFor("permission checkboxes", `[...document.querySelectorAll('fieldset.perms label')].some(l => l.textContent.trim() === 'count')`)
	b.run("submit user", chromedp.Click(chromedp.Search(`//form[@aria-labelledby="user-form-title"]//button[@type="submit"]`), chromedp.NodeVisible))
	b.waitFor("operator listed", `document.querySelector('tr[data-email="line1@journeyfoods.example"]')?.textContent.includes('count')`)
	// An API token, shown once.
	b.fill("#t-name", "inventory sync")
	b.clickButton("Create token")
	b.waitFor("token shown once", `(document.querySelector('[data-testid="secret"]')?.textContent ?? '').length > 20`)
	b.shoot("users")

	// A device logs in through the API and appears live.
	var me struct{ Account struct{ ID string } }
	admin := loginToken(t, env, adminEmail, adminPassword)
	env.MustDo(t, admin, `{ account { id } }`, nil, &me)
	accountID, err := strconv.Atoi(me.Account.ID)
	require.NoError(t, err)
	env.SeedDevice(t, accountID, "SPARE-9")
	b.nav("Devices")
	b.waitFor("devices", `!!document.querySelector('tr[data-code="SPARE-9"]')`)
	deviceLogin(t, env, "line1@journeyfoods.example", "LINE-1")
	b.waitFor("device live", `document.querySelector('tr[data-code="LINE-1"]')?.textContent.includes('ACTIVE')`)
	b.shoot("devices", desktop, tablet, phone)

	// The admin moves its license.
	b.clickButton("Move the license of LINE-1")
	b.fill("#move-target", "SPARE-9")
	b.waitFor("target found", `!!document.querySelector('dialog .hint')`)
	b.clickButton("Move license")
	b.waitFor("moved", `document.querySelector('tr[data-code="SPARE-9"]')?.textContent.includes('ASSIGNED')`)

	// A broken policy: the problem is shown at its line, and nothing is saved.
	b.nav("Policies")
	b.waitFor("editor", `document.querySelector('.editor')?.dataset.ready === 'yes'`)
	original := value[string](b, `document.querySelector('.editor').policyEditor.get()`)
	startVersion := b.text(`[data-testid="active-version"]`)
	broken := "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\tinput.action ==\n}\n"
	value[bool](b, `document.querySelector('.editor').policyEditor.set(`+js(broken)+`), true`)
	b.clickButton("Save policy")
	b.waitFor("problem at its line", `[...document.querySelectorAll('.problems li')].some(li => /^Line [67]\b/.test(li.textContent))`)
	b.waitFor("marked in the editor", `!!document.querySelector('.cm-lintRange-error, .cm-lint-marker-error')`)
	require.Equal(t, startVersion, b.text(`[data-testid="active-version"]`))
	b.shoot("policies-problem", desktop, tablet)

	// Fixed: a dry run on the draft, then saved.
	fixed := original + "\n# Reviewed in the console.\n"
	value[bool](b, `document.querySelector('.editor').policyEditor.set(`+js(fixed)+`), true`)
	b.run("dry-run user", chromedp.SetValue(chromedp.CSS("#dry-action"), "device.login"))
	b.clickButton("Run dry run")
	b.waitFor("dry-run decision", `document.querySelector('[data-testid="dry-result"]')?.textContent.includes('allow')`)
	b.clickButton("Save policy")
	b.waitFor("saved", `document.querySelector('.ok')?.textContent.startsWith('Saved: version')`)
	b.waitFor("a new version is active", `document.querySelector('[data-testid="active-version"]')?.textContent !== `+js(startVersion))
	b.shoot("policies")

	// Rolled back to the version before.
	b.clickButton("Roll back to version " + startVersion)
	b.clickButton("Activate version " + startVersion)
	b.waitFor("rolled back", `document.querySelector('[data-testid="active-version"]')?.textContent === `+js(startVersion))
	b.waitFor("editor shows it", `document.querySelector('.editor').policyEditor.get() === `+js(original))
	b.clickButton("Show differences")
	b.waitFor("diff", `!!document.querySelector('.cm-mergeView')`)

	// The events feed shows what happened, newest first, in order.
	b.nav("Events")
	b.waitFor("events", `document.querySelectorAll('tbody tr[data-type]').length >= 2`)
	types := value[[]string](b, `[...document.querySelectorAll('tbody tr[data-type]')].map(r => r.dataset.type)`)
	require.Equal(t, []string{"MOVED", "ASSIGNED"}, types[:2])
	seqs := value[[]int](b, `[...document.querySelectorAll('tbody tr[data-sequence]')].map(r => +r.dataset.sequence)`)
	for i := 1; i < len(seqs); i++ {
		require.Greater(t, seqs[i-1], seqs[i], "newest first, no duplicate")
	}
	// Live: another login shows at the top without a reload, once.
	deviceLogin(t, env, "line1@journeyfoods.example", "LINE-2")
	b.waitFor("live event", `document.querySelector('tbody tr[data-type]')?.dataset.type === 'ASSIGNED' && document.querySelectorAll('tbody tr[data-type]').length === `+strconv.Itoa(len(types)+1))
	b.shoot("events")

	b.nav("Settings")
	b.waitFor("settings", `!!document.querySelector('#s-idle')`)
	b.shoot("settings")

	b.nav("Overview")
	// The usage chart shows what happened: licenses were held, drawn as points.
	b.waitFor("usage chart", `/^Peak: [1-9]\d* held/.test(document.querySelector('[data-testid="usage-peak"]')?.textContent ?? '') && +(document.querySelector('[data-points]')?.dataset.points ?? 0) > 0`)
	b.waitFor("recommendation", `/\d+ standard \+ \d+ floating/.test(document.querySelector('[data-testid="recommendation"]')?.textContent ?? '')`)
	b.shoot("overview", desktop, tablet, phone)
	b.noProblems()
}

// loginToken signs in through the API (a web session) and returns the token.
func loginToken(t *testing.T, env *testapp.Env, email, password string) string {
	t.Helper()
	var out struct{ Login struct{ Token string } }
	env.MustDo(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }`,
		map[string]any{"e": email, "p": password}, &out)
	return out.Login.Token
}
