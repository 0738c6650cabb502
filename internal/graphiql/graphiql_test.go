package graphiql

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func get(t *testing.T, h http.Handler, target string, header http.Header) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func readBody(t *testing.T, res *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return b
}

var (
	refRe = regexp.MustCompile(`(?:src|href)="([^"]*)"`)
	urlRe = regexp.MustCompile(`(?i)(?:https?:|wss?:)?//[a-z0-9.-]+`)
)

func TestPageUsesOnlyLocalAssets(t *testing.T) {
	h := Handler()
	res := get(t, h, "/", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "script-src 'self';")
	page := string(readBody(t, res))

	assert.Empty(t, urlRe.FindAllString(page, -1), "the page must not reference other hosts")
	var refs []string
	for _, m := range refRe.FindAllStringSubmatch(page, -1) {
		if m[1] != "data:," { // the empty favicon, which spares a request
			refs = append(refs, m[1])
		}
	}
	require.Len(t, refs, 5)

	wantTypes := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
	for _, ref := range refs {
		t.Run(ref, func(t *testing.T) {
			require.True(t, strings.HasPrefix(ref, AssetPrefix), ref)
			res := get(t, h, ref, nil)
			require.Equal(t, http.StatusOK, res.StatusCode)
			name := strings.TrimPrefix(ref[:strings.Index(ref, "?")], AssetPrefix)
			ext := name[strings.LastIndex(name, "."):]
			assert.Equal(t, wantTypes[ext], res.Header.Get("Content-Type"))
			assert.Equal(t, "public, max-age=31536000, immutable", res.Header.Get("Cache-Control"))
			assert.NotEmpty(t, readBody(t, res))
		})
	}
}

func TestInitScriptTalksOnlyToThisServer(t *testing.T) {
	body := readBody(t, get(t, Handler(), AssetPrefix+"init.js", nil))
	assert.Empty(t, urlRe.FindAllString(string(body), -1))
	assert.Contains(t, string(body), "url: '/graphql'")
	assert.Contains(t, string(body), "subscriptionUrl:")
}

// GraphiQL's createFetcher imports graphql-ws for subscriptions; the UMD bundle must
// carry it, or subscriptions would need a CDN.
func TestBundleCarriesGraphQLWS(t *testing.T) {
	body := readBody(t, get(t, Handler(), AssetPrefix+"graphiql.min.js", nil))
	assert.Contains(t, string(body), `"graphql-transport-ws"`)
}

func TestAssetGzipAndConditional(t *testing.T) {
	h := Handler()
	plain := readBody(t, get(t, h, AssetPrefix+"graphiql.min.css", nil))

	res := get(t, h, AssetPrefix+"graphiql.min.css", http.Header{"Accept-Encoding": {"gzip, br"}})
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	zr, err := gzip.NewReader(bytes.NewReader(readBody(t, res)))
	require.NoError(t, err)
	unzipped, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.Equal(t, plain, unzipped)

	etag := res.Header.Get("ETag")
	res = get(t, h, AssetPrefix+"graphiql.min.css", http.Header{"Accept-Encoding": {"gzip"}, "If-None-Match": {etag}})
	assert.Equal(t, http.StatusNotModified, res.StatusCode)
}

func TestNotFound(t *testing.T) {
	h := Handler()
	for _, p := range []string{"/nope", AssetPrefix + "nope.js", AssetPrefix, AssetPrefix + "init.js/x"} {
		assert.Equal(t, http.StatusNotFound, get(t, h, p, nil).StatusCode, p)
	}
	// The mux redirects to the cleaned path, which is outside the assets.
	assert.Equal(t, http.StatusTemporaryRedirect, get(t, h, AssetPrefix+"../graphiql.go", nil).StatusCode)
	assert.Equal(t, http.StatusNotFound, get(t, h, "/graphiql.go", nil).StatusCode)
}
