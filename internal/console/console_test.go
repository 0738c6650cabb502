package console

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func get(t *testing.T, h http.Handler, target string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	return string(b)
}

var scriptRe = regexp.MustCompile(`<script[^>]*>`)

func TestEveryConsolePathAnswersTheApp(t *testing.T) {
	h := Handler()
	root := get(t, h, "/console/")
	require.Equal(t, http.StatusOK, root.StatusCode)
	page := body(t, root)
	for _, p := range []string{"/console/devices?status=NONE", "/console/policies/FLOATING", "/console/no/such/page"} {
		r := get(t, h, p)
		require.Equal(t, http.StatusOK, r.StatusCode, p)
		assert.Equal(t, page, body(t, r), p)
		assert.Equal(t, "text/html; charset=utf-8", r.Header.Get("Content-Type"))
		csp := r.Header.Get("Content-Security-Policy")
		assert.Contains(t, csp, "script-src 'self';", p)
		assert.NotContains(t, csp, "unsafe-eval")
		assert.Equal(t, "no-cache", r.Header.Get("Cache-Control"))
	}
	r := get(t, h, "/console")
	assert.Equal(t, http.StatusMovedPermanently, r.StatusCode)
	assert.Equal(t, "/console/", r.Header.Get("Location"))

	// No inline script and nothing from another host: every script is a file of ours.
	scripts := scriptRe.FindAllString(page, -1)
	require.NotEmpty(t, scripts)
	for _, s := range scripts {
		assert.Regexp(t, `src="/console/assets/[^"]+\.js"`, s)
	}
	assert.NotRegexp(t, `(?i)(https?:)?//[a-z0-9.-]+\.[a-z]`, page)
}

func TestAssetsAreServedAndMissingOnesAre404(t *testing.T) {
	h := Handler()
	page := body(t, get(t, h, "/console/"))
	refs := regexp.MustCompile(`(?:src|href)="(/console/assets/[^"]+)"`).FindAllStringSubmatch(page, -1)
	require.NotEmpty(t, refs)
	for _, m := range refs {
		req := httptest.NewRequest(http.MethodGet, m[1], nil)
		req.Header.Set("Accept-Encoding", "gzip")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		r := rec.Result()
		require.Equal(t, http.StatusOK, r.StatusCode, m[1])
		assert.Equal(t, "gzip", r.Header.Get("Content-Encoding"))
		assert.Contains(t, r.Header.Get("Cache-Control"), "immutable")
		if strings.HasSuffix(m[1], ".js") {
			assert.Equal(t, "text/javascript; charset=utf-8", r.Header.Get("Content-Type"))
		}
	}
	// A missing asset is a 404, not the app (a stale tab must not parse HTML as script).
	assert.Equal(t, http.StatusNotFound, get(t, h, "/console/assets/nope.js").StatusCode)
}
