package server_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// streamed GETs url and reads the body in small pieces, taking the live heap (after a
// collection) every sampleEvery bytes; it returns the rows read and the largest growth of the
// live heap over the one before the request.
func streamed(t *testing.T, env *testapp.Env, token, url string, sampleEvery int) (rows int, growth uint64) {
	t.Helper()
	live := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	base := live()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, env.URL+url, nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := env.HTTP.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	buf := make([]byte, 16<<10)
	var read, sinceSample int
	for {
		n, err := resp.Body.Read(buf)
		read += n
		sinceSample += n
		rows += bytes.Count(buf[:n], []byte("\r\n"))
		if sinceSample >= sampleEvery {
			sinceSample = 0
			if h := live(); h > base && h-base > growth {
				growth = h - base
			}
		}
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
	}
	t.Logf("%s: %d rows, %d bytes, live heap growth at most %d KiB", url, rows, read, growth>>10)
	return rows, growth
}

// The CSV exports stream: the server's live heap while a large history is exported grows no
// more than while a small one is (a bounded difference, whatever the number of rows), and
// stays under a fixed bound. Sizes: a small history of 20 devices over 3 weeks and a large
// one of 400 devices over 9 weeks (~35,000 events, ~18× the small one's); make bench exports
// the full year of 1,000 devices (TestBenchUsage).
func TestExportsStreamInBoundedMemory(t *testing.T) {
	env := testapp.New(t)
	from := env.Clock.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -70)
	to := from.AddDate(0, 0, 70)
	type size struct {
		name    string
		devices int
		days    int
		events  int
		token   string
	}
	sizes := []*size{{name: "small", devices: 20, days: 21}, {name: "large", devices: 400, days: 63}}
	for _, s := range sizes {
		a := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountMixed, Standard: s.devices / 10, Floating: s.devices / 2})
		h := env.GenerateHistory(t, a.Account.ID, testapp.HistorySpec{Devices: s.devices, AlwaysOn: s.devices / 20, From: from, Days: s.days, User: a.Admin.ID})
		s.events, s.token = h.Events, env.Token(t, a.Admin, 0)
		// Fold the history first: the catch-up before the usage export is not what is measured.
		require.NoError(t, env.App.Usage.CatchUp(context.Background(), a.Account.ID))
		t.Logf("%s: %s", s.name, h)
	}
	small, large := sizes[0], sizes[1]
	require.Greater(t, large.events, 15*small.events)

	const bound = 8 << 20
	span := fmt.Sprintf("from=%s&to=%s", from.Format(time.RFC3339), to.Format(time.RFC3339))
	for _, export := range []string{"/export/license-events.csv?" + span, "/export/usage.csv?bucket=HOUR&" + span} {
		rowsSmall, growthSmall := streamed(t, env, small.token, export, 64<<10)
		rowsLarge, growthLarge := streamed(t, env, large.token, export, 256<<10)
		if export[:20] == "/export/license-even" {
			assert.Equal(t, small.events+1, rowsSmall, "a header and a row per event")
			assert.Equal(t, large.events+1, rowsLarge, "a header and a row per event")
		} else {
			assert.Equal(t, 70*24+1, rowsLarge, "a header and a point per hour")
		}
		assert.Less(t, growthLarge, uint64(bound), "%s: the live heap grew by %d bytes", export, growthLarge)
		assert.Less(t, int64(growthLarge)-int64(growthSmall), int64(4<<20),
			"%s: a history of %d events grew the heap by %d bytes, one of %d events by %d", export, large.events, growthLarge, small.events, growthSmall)
	}
}
