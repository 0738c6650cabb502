// Package graphiql serves the GraphiQL IDE with every asset embedded in the binary,
// so it works on a machine without internet access.
package graphiql

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// AssetPrefix is the URL path under which the assets are served.
const AssetPrefix = "/graphiql/"

//go:embed index.html init.js assets
var files embed.FS

type asset struct {
	body        []byte
	contentType string
	etag        string

	gzipOnce sync.Once
	gzipped  []byte
}

var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

// loadAssets reads the vendored files under assets/ plus init.js, keyed by URL name.
func loadAssets() (map[string]*asset, error) {
	assets := map[string]*asset{}
	add := func(name, file string) error {
		body, err := files.ReadFile(file)
		if err != nil {
			return err
		}
		ct, ok := contentTypes[path.Ext(name)]
		if !ok {
			ct = "text/plain; charset=utf-8" // licences and README
		}
		sum := sha256.Sum256(body)
		assets[name] = &asset{body: body, contentType: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	}
	entries, err := fs.ReadDir(files, "assets")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if err := add(e.Name(), "assets/"+e.Name()); err != nil {
			return nil, err
		}
	}
	return assets, add("init.js", "init.js")
}

// Handler serves the GraphiQL page at "/" and its assets under AssetPrefix.
// Any other path is 404, so it can be mounted as the catch-all of a mux.
func Handler() http.Handler {
	assets, err := loadAssets()
	if err != nil {
		panic(fmt.Sprintf("graphiql: embedded assets: %v", err)) // only a broken build gets here
	}
	page, err := renderPage(assets)
	if err != nil {
		panic(fmt.Sprintf("graphiql: index.html: %v", err))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", contentSecurityPolicy(r))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(page))
	})
	mux.HandleFunc("GET "+AssetPrefix+"{name}", func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets[r.PathValue("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		a.serve(w, r)
	})
	return mux
}

// renderPage fills in asset URLs carrying a content hash, so they can be cached
// forever and still change when the binary does.
func renderPage(assets map[string]*asset) ([]byte, error) {
	tmpl, err := template.New("index.html").Funcs(template.FuncMap{
		"asset": func(name string) (string, error) {
			a, ok := assets[name]
			if !ok {
				return "", fmt.Errorf("unknown asset %q", name)
			}
			return AssetPrefix + name + "?v=" + strings.Trim(a.etag, `"`), nil
		},
	}).ParseFS(files, "index.html")
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, nil); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// contentSecurityPolicy lets the page load nothing but this server's own files and
// talk to nothing but this server (HTTP and WebSocket).
func contentSecurityPolicy(r *http.Request) string {
	connect := "'self'"
	if host := r.Host; host != "" && !strings.ContainsAny(host, " ;,'\"") {
		connect += " ws://" + host + " wss://" + host
	}
	return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data:; font-src 'self' data:; connect-src " + connect + "; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
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

func (a *asset) compress() {
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
