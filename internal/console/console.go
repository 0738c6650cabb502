// Package console serves the admin console, a single-page app built from console/ (make
// console) into dist/ and embedded in the binary: /console/ and every path under it answer
// the app (deep links), its assets come from /console/assets/.
package console

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"strings"

	"github.com/countthings/countthings/internal/webasset"
)

// Prefix is where the console lives.
const Prefix = "/console/"

//go:embed all:dist
var dist embed.FS

// Handler serves the console under Prefix.
func Handler() http.Handler {
	page, err := dist.ReadFile("dist/index.html")
	if err != nil {
		panic(fmt.Sprintf("console: embedded index.html: %v", err)) // only a broken build gets here
	}
	assets := map[string]*webasset.Asset{}
	err = fs.WalkDir(dist, "dist/assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := dist.ReadFile(p)
		if err != nil {
			return err
		}
		assets[strings.TrimPrefix(p, "dist/")] = webasset.New(p, body)
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("console: embedded assets: %v", err))
	}
	mux := http.NewServeMux()
	mux.Handle("GET /console", http.RedirectHandler(Prefix, http.StatusMovedPermanently))
	mux.HandleFunc("GET "+Prefix+"assets/{name...}", func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets["assets/"+r.PathValue("name")]
		if !ok {
			http.NotFound(w, r) // a missing asset is not a page: no app for it
			return
		}
		a.Serve(w, r)
	})
	mux.HandleFunc("GET "+Prefix, func(w http.ResponseWriter, r *http.Request) {
		webasset.ServePage(w, r, page)
	})
	return mux
}
