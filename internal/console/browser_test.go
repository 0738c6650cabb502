package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// The console's tests in a real browser: Debian's Chromium driven through the DevTools
// protocol, against the real server on the real database.

const chromiumInstall = "apt-get update && apt-get install -y chromium"

// chromiumPath finds the browser; a missing one fails the test with the command to install it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatalf("the console's browser tests need Chromium; install it with: %s", chromiumInstall)
	return ""
}

// Widths the screenshots are taken at.
type viewport struct {
	name string
	w, h int64
}

var (
	desktop = viewport{"desktop", 1440, 900}
	tablet  = viewport{"tablet", 1024, 768}
	phone   = viewport{"phone", 390, 844}
)

// browser is one Chromium tab on the console of env.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string

	mu       sync.Mutex
	problems []string // uncaught exceptions and console errors (CSP refusals among them)
}

func newBrowser(t *testing.T, env *testapp.Env) *browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "en-GB"),
		chromedp.WindowSize(int(desktop.w), int(desktop.h)),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	b := &browser{t: t, base: env.URL}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.problem("exception: " + msg)
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				b.problem("console error: " + strings.Join(parts, " "))
			}
		}
	}))
	t.Cleanup(func() { cancel(); cancelAlloc() })
	b.ctx = ctx
	require.NoError(t, chromedp.Do(ctx), "start Chromium (%s)", chromiumInstall)
	return b
}

func (b *browser) problem(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.problems = append(b.problems, s)
}

// run performs actions, failing the test (with a screenshot) on error; each batch has 20 s.
func (b *browser) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.fail(what, err)
	}
}

func (b *browser) fail(what string, err error) {
	b.t.Helper()
	b.screenshot("failed-" + safeName(what))
	text, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText.slice(0, 2000) : ''`))
	b.t.Fatalf("%s: %v\npage text:\n%s", what, err, text)
}

// value evaluates a JavaScript expression and decodes its value.
func value[T any](b *browser, expr string, opts ...chromedp.EvaluateOption) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		b.fail("evaluate "+expr, err)
	}
	return v
}

// waitFor polls a JavaScript expression until it is truthy.
func (b *browser) waitFor(what, expr string) {
	b.t.Helper()
	b.run(what, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(15*time.Second), chromedp.WithPollingInterval(50*time.Millisecond)))
}

// text is the visible text of the element matched by sel (CSS).
func (b *browser) text(sel string) string {
	b.t.Helper()
	return strings.TrimSpace(value[string](b, `document.querySelector(`+js(sel)+`)?.innerText ?? ''`))
}

// clickButton clicks the button whose accessible text is exactly label.
func (b *browser) clickButton(label string) {
	b.t.Helper()
	b.run("click "+label, chromedp.Click(chromedp.Search(fmt.Sprintf(`//button[normalize-space()=%q or @aria-label=%q]`, label, label)), chromedp.NodeVisible))
}

func (b *browser) fill(sel, text string) {
	b.t.Helper()
	b.run("wait for "+sel, chromedp.WaitVisible(chromedp.CSS(sel)))
	_ = value[bool](b, `(() => { const e = document.querySelector(`+js(sel)+`); e.value = ''; e.dispatchEvent(new Event('input', {bubbles: true})); return true })()`)
	b.run("fill "+sel, chromedp.SendKeys(chromedp.CSS(sel), text))
}

func (b *browser) visit(path string) {
	b.t.Helper()
	b.run("open "+path, chromedp.Navigate(b.base+path))
}

func (b *browser) resize(v viewport) {
	b.t.Helper()
	b.run("resize", chromedp.EmulateViewport(v.w, v.h))
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return '-'
	}, s)
}

// screenshotDir is where the tests leave their screenshots (gitignored).
func screenshotDir() string {
	if d := os.Getenv("CONSOLE_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "screenshots")
}

func (b *browser) screenshot(name string) {
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return
	}
	dir := screenshotDir()
	if err := os.MkdirAll(dir, 0o755); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
}

// shoot takes the page at each width, checks it with axe-core at each, and returns to desktop.
func (b *browser) shoot(name string, widths ...viewport) {
	b.t.Helper()
	if len(widths) == 0 {
		widths = []viewport{desktop, tablet}
	}
	for _, v := range widths {
		b.resize(v)
		b.axe(name + " at " + v.name)
		b.screenshot(name + "-" + v.name)
	}
	b.resize(desktop)
}

var axeSource = sync.OnceValues(func() ([]byte, error) { return os.ReadFile(filepath.Join("testdata", "axe.min.js")) })

// axe runs axe-core on the page; a serious or critical violation fails the test.
func (b *browser) axe(where string) {
	b.t.Helper()
	src, err := axeSource()
	require.NoError(b.t, err, "axe-core (make console copies it to testdata)")
	if !value[bool](b, `typeof axe !== 'undefined'`) {
		value[bool](b, string(src)+";\ntrue")
	}
	found := value[[]string](b, `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
		.filter(v => v.impact === 'serious' || v.impact === 'critical')
		.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))`,
		chromedp.EvalAwaitPromise)
	if len(found) > 0 {
		b.t.Errorf("accessibility violations on %s:\n%s", where, strings.Join(found, "\n"))
	}
}

// noProblems fails the test if the page threw or logged an error (a CSP refusal is logged).
func (b *browser) noProblems() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.problems) > 0 {
		b.t.Errorf("the page reported problems:\n%s", strings.Join(b.problems, "\n"))
	}
}

func (b *browser) signIn(email, password string) {
	b.t.Helper()
	b.visit("/console/")
	b.run("sign-in form", chromedp.WaitVisible(chromedp.CSS("#email")))
	b.fill("#email", email)
	b.fill("#password", password)
	b.clickButton("Sign in")
	b.run("signed in", chromedp.WaitVisible(chromedp.CSS(`nav[aria-label="Console"]`)))
}

func (b *browser) nav(title string) {
	b.t.Helper()
	b.run("nav "+title, chromedp.Click(chromedp.Search(fmt.Sprintf(`//nav[@aria-label="Console"]//a[normalize-space()=%q]`, title)), chromedp.NodeVisible))
}

func js(v any) string {
	out, _ := json.Marshal(v)
	return string(out)
}
