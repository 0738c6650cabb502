package webasset

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                    false,
		"gzip":                true,
		"deflate, gzip;q=0.5": true,
		"GZIP":                true,
		"gzip;q=0":            false,
		"gzip; q=0.000":       false,
		"br":                  false,
	} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Header.Set("Accept-Encoding", header)
		assert.Equal(t, want, acceptsGzip(req), header)
	}
}
