package console_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// press sends keys to whatever has the focus, as a keyboard does.
func (b *browser) press(keys string) {
	b.t.Helper()
	b.run("press "+fmt.Sprintf("%q", keys), chromedp.KeyEvent(keys))
}

// focused describes the focused element: its tag, id and accessible text.
func (b *browser) focused() string {
	b.t.Helper()
	return value[string](b, `(() => { const e = document.activeElement; if (!e || e === document.body) return 'body';
		return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.getAttribute('aria-label') || e.innerText || e.value || '').trim().slice(0, 60) })()`)
}

// tabTo presses Tab until the focused element matches the JavaScript predicate on `e`,
// checking on the way that every element the keyboard reaches shows where the focus is.
func (b *browser) tabTo(what, pred string) {
	b.t.Helper()
	var path []string
	for i := 0; i < 80; i++ {
		b.press(kb.Tab)
		path = append(path, b.focused())
		b.focusVisible()
		if value[bool](b, `(e => !!e && (`+pred+`))(document.activeElement)`) {
			return
		}
	}
	b.t.Fatalf("Tab never reached %s; the focus went through:\n%s", what, strings.Join(path, "\n"))
}

// focusVisible fails the test unless the focused element has a visible focus indicator: an
// outline at least 2px wide that is not transparent, or it is the main region focused by the
// console itself after a page change.
func (b *browser) focusVisible() {
	b.t.Helper()
	desc := value[string](b, `(() => { const e = document.activeElement; if (!e || e === document.body) return 'ok';
		if (e.id === 'main') return 'ok';
		const s = getComputedStyle(e);
		const w = parseFloat(s.outlineWidth) || 0;
		if (s.outlineStyle !== 'none' && w >= 2 && s.outlineColor !== 'transparent' && s.outlineColor !== 'rgba(0, 0, 0, 0)') return 'ok';
		if (s.boxShadow && s.boxShadow !== 'none') return 'ok';
		const r = e.getBoundingClientRect();
		return 'no visible focus on ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.getAttribute('aria-label') || e.innerText || '').trim().slice(0, 40) + '" (outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', at ' + Math.round(r.left) + ',' + Math.round(r.top) + ')' })()`)
	if desc != "ok" {
		b.t.Error(desc)
	}
}

// typeText types into the focused element, key by key.
func (b *browser) typeText(s string) {
	b.t.Helper()
	b.run("type", chromedp.KeyEvent(s))
}

// An admin who uses only the keyboard: signs in, skips to the content, reaches the devices
// page from the menu, moves a license through the confirmation dialog, cancels another with
// Escape, and pages the table. Every element the Tab key reaches shows the focus, the focus
// lands in each dialog and comes back to what opened it.
func TestConsoleKeyboardOnly(t *testing.T) {
	env := testapp.New(t)
	acc := env.SeedAccount(t, testapp.AccountSpec{Name: "Keys Ltd", Type: enums.AccountStandard, Standard: 2})
	env.SeedDevice(t, acc.Account.ID, "SPARE-1")
	op := env.SeedUser(t, acc.Account.ID, "line1@keysltd.test", "count")
	deviceLogin(t, env, op.Email, "LINE-1")

	b := newBrowser(t, env)
	b.visit("/console/")
	b.run("sign-in form", chromedp.WaitVisible(chromedp.CSS("#email")))
	// The sign-in page puts the focus on Email; type, Tab, type, Enter.
	b.waitFor("email focused", `document.activeElement?.id === 'email'`)
	b.typeText(acc.Admin.Email)
	b.press(kb.Tab)
	require.Equal(t, "input#password", strings.Fields(b.focused())[0])
	b.typeText(testapp.Password)
	b.press(kb.Enter)
	b.run("signed in", chromedp.WaitVisible(chromedp.CSS(`nav[aria-label="Console"]`)))

	// The first Tab reaches the skip link, shown on screen while focused; Enter skips the menu.
	b.press(kb.Tab)
	require.Equal(t, "Skip to content", value[string](b, `document.activeElement.textContent.trim()`))
	require.True(t, value[bool](b, `document.activeElement.getBoundingClientRect().left >= 0`), "the skip link shows when focused")
	b.focusVisible()
	b.press(kb.Enter)
	b.waitFor("skipped to the content", `document.activeElement?.id === 'main' || document.getElementById('main').contains(document.activeElement)`)

	// The menu, from the top of the page: Tab to Devices, Enter; the focus moves to the new page.
	b.visit("/console/")
	b.run("overview", chromedp.WaitVisible(chromedp.CSS(`nav[aria-label="Console"]`)))
	b.tabTo("the Devices link", `e.tagName === 'A' && e.textContent.trim() === 'Devices'`)
	b.press(kb.Enter)
	b.waitFor("devices table", `!!document.querySelector('tr[data-code="LINE-1"]')`)
	b.waitFor("the focus is on the new page", `document.activeElement?.id === 'main'`)

	// Escape cancels a dialog and gives the focus back to the button that opened it.
	b.tabTo("Remove the license of LINE-1", `e.getAttribute('aria-label') === 'Remove the license of LINE-1'`)
	b.press(kb.Enter)
	b.waitFor("dialog open", `!!document.querySelector('dialog[open]')`)
	require.True(t, value[bool](b, `document.querySelector('dialog[open]').contains(document.activeElement)`), "the focus is in the dialog: %s", b.focused())
	b.press(kb.Escape)
	b.waitFor("dialog closed", `!document.querySelector('dialog[open]')`)
	b.waitFor("focus back on the button", `document.activeElement?.getAttribute('aria-label') === 'Remove the license of LINE-1'`)
	require.Contains(t, b.text(`tr[data-code="LINE-1"]`), "ACTIVE", "nothing was removed")

	// Move the license with the keyboard only: the dialog's field, the target's code, Enter.
	b.tabTo("Move the license of LINE-1", `e.getAttribute('aria-label') === 'Move the license of LINE-1'`)
	b.press(kb.Enter)
	b.waitFor("move dialog", `!!document.querySelector('dialog[open] #move-target')`)
	if !value[bool](b, `document.activeElement?.id === 'move-target'`) {
		b.tabTo("the receiving device's code", `e.id === 'move-target'`)
	}
	b.typeText("SPARE-1")
	b.waitFor("target found", `!!document.querySelector('dialog .hint')`)
	b.press(kb.Enter)
	b.waitFor("moved", `document.querySelector('.ok')?.textContent.includes('moved to SPARE-1')`)
	b.waitFor("table updated", `document.querySelector('tr[data-code="SPARE-1"]')?.textContent.includes('ASSIGNED')`)
	// The button that opened the dialog is gone (LINE-1 holds nothing now): the focus is kept
	// in the page, not lost to the document.
	b.waitFor("focus kept in the page", `document.activeElement !== document.body && document.getElementById('main').contains(document.activeElement)`)

	// Sort by the keyboard: the column header's button.
	b.tabTo("the Last seen sort", `e.classList.contains('sort') && e.textContent.includes('Last seen')`)
	b.press(kb.Enter)
	b.waitFor("sorted", `document.querySelector('th[aria-sort] button')?.textContent.includes('Last seen')`)
	b.noProblems()
}
