package console

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

// The first load (the page and what it references, gzipped) stays within 250 KiB; the
// editor and the chart are chunks of their own, loaded when first needed.
func TestFirstLoadBudget(t *testing.T) {
	page, err := fs.ReadFile(dist, "dist/index.html")
	require.NoError(t, err)
	total := gz(t, page)
	refs := regexp.MustCompile(`(?:src|href)="/console/(assets/[^"]+)"`).FindAllStringSubmatch(string(page), -1)
	require.NotEmpty(t, refs)
	for _, m := range refs {
		body, err := fs.ReadFile(dist, "dist/"+m[1])
		require.NoError(t, err, m[1])
		total += gz(t, body)
		require.NotRegexp(t, `(?i)codemirror|uplot`, m[1], "a lazy chunk is in the first load")
	}
	t.Logf("first load: %.1f KiB gzipped", float64(total)/1024)
	require.LessOrEqual(t, total, 250*1024)
}

func gz(t *testing.T, b []byte) int {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	require.NoError(t, err)
	_, _ = w.Write(b)
	require.NoError(t, w.Close())
	return buf.Len()
}
