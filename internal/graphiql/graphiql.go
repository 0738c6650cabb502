// Package graphiql serves the GraphiQL IDE with every asset embedded in the binary,
// so it works on a machine without internet access.
package graphiql

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"

	"github.com/countthings/countthings/internal/webasset"
)

// AssetPrefix is the URL path under which the assets are served.
const AssetPrefix = "/graphiql/"

//go:embed index.html init.js assets
var files embed.FS

// loadAssets reads the vendored files under assets/ plus init.js, keyed by URL name.
func loadAssets() (map[string]*webasset.Asset, error) {
	assets := map[string]*webasset.Asset{}
	add := func(name, file string) error {
		body, err := files.ReadFile(file)
		if err != nil {
			return err
		}
		assets[name] = webasset.New(name, body)
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
		webasset.ServePage(w, r, page)
	})
	mux.HandleFunc("GET "+AssetPrefix+"{name}", func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets[r.PathValue("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		a.Serve(w, r)
	})
	return mux
}

// renderPage fills in asset URLs carrying a content hash, so they can be cached
// forever and still change when the binary does.
func renderPage(assets map[string]*webasset.Asset) ([]byte, error) {
	tmpl, err := template.New("index.html").Funcs(template.FuncMap{
		"asset": func(name string) (string, error) {
			a, ok := assets[name]
			if !ok {
				return "", fmt.Errorf("unknown asset %q", name)
			}
			return AssetPrefix + name + "?v=" + a.Hash(), nil
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
