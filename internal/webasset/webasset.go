// Package webasset serves files embedded in the binary to browsers: content-hashed ETags,
// immutable caching, gzip when asked, and the Content-Security-Policy of the pages built on them.
package webasset

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Asset is one embedded file.
type Asset struct {
	body        []byte
	contentType string
	etag        string

	gzipOnce sync.Once
	gzipped  []byte
}

var contentTypes = map[string]string{
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".json": "application/json",
	".html": "text/html; charset=utf-8",
}

// New wraps body, naming its type from the file name's extension.
func New(name string, body []byte) *Asset {
	ct, ok := contentTypes[path.Ext(name)]
	if !ok {
		if ct = mime.TypeByExtension(path.Ext(name)); ct == "" {
			ct = "text/plain; charset=utf-8" // licences and README
		}
	}
	sum := sha256.Sum256(body)
	return &Asset{body: body, contentType: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
}

// Hash is a short content hash, for URLs that must change when the file does.
func (a *Asset) Hash() string { return strings.Trim(a.etag, `"`) }

// Serve answers with the file, cacheable forever (its URL carries its hash), gzipped when the
// client accepts it.
func (a *Asset) Serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Add("Vary", "Accept-Encoding")
	body := a.body
	if acceptsGzip(r) && r.Header.Get("Range") == "" {
		a.gzipOnce.Do(a.compress)
		body = a.gzipped
		h.Set("Content-Encoding", "gzip")
		h.Set("ETag", strings.TrimSuffix(a.etag, `"`)+`-gz"`)
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// ServePage answers with an HTML page: never cached without revalidation, framed by no one,
// under CSP.
func ServePage(w http.ResponseWriter, r *http.Request, page []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", ContentSecurityPolicy(r))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(page))
}

// ContentSecurityPolicy lets a page run no script but this server's own files (no inline
// script, no eval) and talk to nothing but this server (HTTP and WebSocket). Inline styles
// stay allowed: the editors insert their style sheets at run time.
func ContentSecurityPolicy(r *http.Request) string {
	connect := "'self'"
	if host := r.Host; host != "" && !strings.ContainsAny(host, " ;,'\"") {
		connect += " ws://" + host + " wss://" + host
	}
	return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data: blob:; font-src 'self' data:; connect-src " + connect + "; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

func (a *Asset) compress() {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // valid level: no error
	zw.Write(a.body)
	zw.Close()
	a.gzipped = buf.Bytes()
}

func acceptsGzip(r *http.Request) bool {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q, found := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		if v, err := strconv.ParseFloat(q, 64); !found || err != nil || v > 0 {
			return true
		}
	}
	return false
}
