//go:build bench

package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

const usageBenchQuery = `query($f: Time!, $t: Time!, $b: UsageBucket!) { account { usage(from: $f, to: $t, bucket: $b) {
	peakHeld peakHeldAt peakDemand points { start peakHeld peakStandard peakFloating peakDemand activeDevices denials reclaims releases } } } }`

const recommendBenchQuery = `query($f: Time!, $t: Time!) { account { licensingRecommendation(from: $f, to: $t) {
	standard floating projectedDenials currentCost recommendedCost explanation } } }`

// timed runs do n times after warm-up runs and returns the sorted durations.
func timed(n, warm int, do func() error) ([]time.Duration, error) {
	for range warm {
		if err := do(); err != nil {
			return nil, err
		}
	}
	out := make([]time.Duration, 0, n)
	for range n {
		t0 := time.Now()
		if err := do(); err != nil {
			return nil, err
		}
		out = append(out, time.Since(t0))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// TestBenchUsage: a generated year of a 1,000-device account (written with COPY, not
// through the API), folded into the roll-ups, then Account.usage (HOUR, DAY and WEEK over
// the year and over its last month) against < 50 ms and licensingRecommendation against
// < 500 ms, over HTTP as the console asks; and both CSV exports of the year.
//
//	go test -tags 'bench benchallowall' -run '^TestBenchUsage$' -v ./internal/bench
//
// BENCH_CPUPROFILE=/tmp/usage.prof writes a CPU profile of the timed queries.
func TestBenchUsage(t *testing.T) {
	// The year's recommendation must not be cut by the default 30 s request limit on a
	// loaded box: the figure is what is reported.
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.RequestTimeout = 10 * time.Minute }))
	ctx := context.Background()
	a := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountMixed, Standard: 250, Floating: 450, IdleMinutes: 30})
	token := env.Token(t, a.Admin, 0)
	end := env.Clock.Now().UTC().Truncate(24 * time.Hour)
	from := end.AddDate(-1, 0, 0)
	t0 := time.Now()
	h := env.GenerateHistory(t, a.Account.ID, testapp.HistorySpec{Devices: 1000, AlwaysOn: 150, From: from, Days: int(end.Sub(from).Hours() / 24), User: a.Admin.ID})
	generated := time.Since(t0)
	t.Logf("generated %s in %s", h, generated)

	t0 = time.Now()
	if err := env.App.Usage.CatchUp(ctx, a.Account.ID); err != nil {
		t.Fatal(err)
	}
	folded := time.Since(t0)
	t.Logf("folded in %s", folded)

	client := httpClient(2)
	client.Timeout = 10 * time.Minute
	var buf bytes.Buffer
	ask := func(query string, vars map[string]any) func() error {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		return func() error {
			out, err := post(client, env.URL+"/graphql", token, body, &buf)
			if err != nil {
				return err
			}
			if bytes.Contains(out, []byte(`"errors"`)) {
				return fmt.Errorf("%s", truncate(out))
			}
			return nil
		}
	}
	rfc := func(t time.Time) string { return t.Format(time.RFC3339) }
	month := end.AddDate(0, -1, 0)
	type row struct {
		what    string
		target  time.Duration
		n, warm int
		do      func() error
	}
	var rows []row
	for _, w := range []struct {
		name     string
		from, to time.Time
	}{{"year", from, end}, {"month", month, end}} {
		for _, b := range []string{"HOUR", "DAY", "WEEK"} {
			rows = append(rows, row{fmt.Sprintf("usage, %s, %s", w.name, b), 50 * time.Millisecond, 30, 3,
				ask(usageBenchQuery, map[string]any{"f": rfc(w.from), "t": rfc(w.to), "b": b})})
		}
		rows = append(rows, row{fmt.Sprintf("licensingRecommendation, %s", w.name), 500 * time.Millisecond, 5, 1,
			ask(recommendBenchQuery, map[string]any{"f": rfc(w.from), "t": rfc(w.to)})})
	}
	if p := os.Getenv("BENCH_CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	var md strings.Builder
	fmt.Fprintf(&md, "One MIXED account of 250 STANDARD and 450 FLOATING licenses and 1,000 devices (150 always on,\n"+
		"the others a working day each weekday), %s to %s: **%d license events**, generated with COPY in %.1f s;\n"+
		"the first catch-up folded them into the hourly roll-ups in **%.1f s** (what `countthings usage rebuild` does).\n"+
		"Each query over HTTP as the console sends it (ADMIN token; usage after 3 warm-up runs, the recommendation after 1):\n\n",
		from.Format("2006-01-02"), end.Format("2006-01-02"), h.Events, generated.Seconds(), folded.Seconds())
	md.WriteString("| query | target | runs | p50 | p95 | max | |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	missed := 0
	for _, r := range rows {
		d, err := timed(r.n, r.warm, r.do)
		if err != nil {
			t.Errorf("%s: %v", r.what, err)
			fmt.Fprintf(&md, "| %s | < %s | | | | | **failed**: %s |\n", r.what, r.target, strings.ReplaceAll(err.Error(), "|", "/"))
			missed++
			continue
		}
		p50, p95 := quantile(d, 0.5), quantile(d, 0.95)
		verdict := "met"
		if p95 >= r.target {
			verdict = "**missed**"
			missed++
		}
		fmt.Fprintf(&md, "| %s | < %s | %d | %s | %s | %s | %s |\n", r.what, r.target, r.n, ms(p50), ms(p95), ms(d[len(d)-1]), verdict)
		t.Logf("%s: p50 %s p95 %s max %s (%s)", r.what, ms(p50), ms(p95), ms(d[len(d)-1]), verdict)
	}

	// The exports of the year, streamed.
	md.WriteString("\n| export of the year | rows | bytes | time |\n| --- | --- | --- | --- |\n")
	for _, u := range []string{"/export/license-events.csv", "/export/usage.csv?bucket=HOUR&"} {
		sep := "?"
		if strings.HasSuffix(u, "&") {
			sep = ""
		}
		url := env.URL + u + sep + "from=" + rfc(from) + "&to=" + rfc(end)
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		t0 := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		n, lines, err := countLines(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %v", u, resp.StatusCode, err)
		}
		fmt.Fprintf(&md, "| `%s` | %d | %d | %.2f s |\n", strings.TrimRight(strings.SplitN(u, "?", 2)[0], "&"), lines-1, n, time.Since(t0).Seconds())
	}
	fmt.Fprintf(&md, "\nTargets: p95 under the target; %d missed. The export's memory is bounded by `TestExportsStreamInBoundedMemory` (internal/server, in `make test`).\n", missed)
	writeSection(t, "usage", "6. Usage insight over a generated year (issue 18)", md.String())
	if missed > 0 {
		t.Errorf("%d usage figures missed their target", missed)
	}
}

func countLines(r io.Reader) (int, int, error) {
	buf := make([]byte, 64<<10)
	var n, lines int
	for {
		k, err := r.Read(buf)
		n += k
		lines += bytes.Count(buf[:k], []byte("\n"))
		if err == io.EOF {
			return n, lines, nil
		}
		if err != nil {
			return n, lines, err
		}
	}
}
