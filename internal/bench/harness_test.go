//go:build bench

// Package bench is `make bench`: end-to-end measurements of what users feel (the real
// server over HTTP and WebSocket on a fresh Postgres database), each beside the floor it
// could reach (pgbench on the same database, an OPA sidecar, an allow-all engine), taken in
// the same run so that the ratio holds on a shared, noisy machine. Each test rewrites its
// own section of BENCHMARKS.md (between <!-- bench:NAME --> markers).
//
// Not part of `make test`: every file carries the `bench` build tag.
package bench

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/countthings/countthings/internal/testdb"
)

// duration of each measured phase; BENCH_SECONDS overrides (default 10, as pgbench -T 10).
func phase() time.Duration {
	if s := os.Getenv("BENCH_SECONDS"); s != "" {
		var n float64
		if _, err := fmt.Sscan(s, &n); err == nil && n > 0 {
			return time.Duration(n * float64(time.Second))
		}
	}
	return 10 * time.Second
}

// result is one load run.
type result struct {
	N        int
	Errors   int
	Elapsed  time.Duration
	P50, P99 time.Duration
	FirstErr error
}

func (r result) PerSec() float64 { return float64(r.N) / r.Elapsed.Seconds() }

func (r result) String() string {
	return fmt.Sprintf("%.0f/s (n=%d, errors=%d, p50 %s, p99 %s)", r.PerSec(), r.N, r.Errors, ms(r.P50), ms(r.P99))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }

// load runs do from `workers` goroutines for d and records each call's latency.
func load(workers int, d time.Duration, do func(worker, i int) error) result {
	lat := make([][]time.Duration, workers)
	errs := make([]int, workers)
	var firstErr error
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(d)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			l := make([]time.Duration, 0, 1<<14)
			for i := 0; ; i++ {
				t0 := time.Now()
				if !t0.Before(deadline) {
					break
				}
				err := do(w, i)
				l = append(l, time.Since(t0))
				if err != nil {
					errs[w]++
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
			lat[w] = l
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	var nerr int
	for w := range lat {
		all = append(all, lat[w]...)
		nerr += errs[w]
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	return result{N: len(all), Errors: nerr, Elapsed: elapsed, P50: quantile(all, 0.50), P99: quantile(all, 0.99), FirstErr: firstErr}
}

func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	if i < 0 {
		i = 0
	}
	return sorted[i]
}

// httpClient keeps `conns` idle keep-alive connections to the server.
func httpClient(conns int) *http.Client {
	return &http.Client{
		Timeout: 60 * time.Second,
		Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConns:        conns,
			MaxIdleConnsPerHost: conns,
			MaxConnsPerHost:     conns,
			IdleConnTimeout:     5 * time.Minute,
			DisableCompression:  true,
		},
	}
}

// post sends a prepared GraphQL body and returns the response body.
func post(c *http.Client, url, token string, body []byte, buf *bytes.Buffer) ([]byte, error) {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return buf.Bytes(), fmt.Errorf("status %d: %s", resp.StatusCode, truncate(buf.Bytes()))
	}
	return buf.Bytes(), nil
}

func truncate(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

// ---- BENCHMARKS.md ------------------------------------------------------------------

var mdMu sync.Mutex

// benchmarksFile is the repository's BENCHMARKS.md (BENCH_OUT overrides).
func benchmarksFile() string {
	if p := os.Getenv("BENCH_OUT"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "BENCHMARKS.md")
}

// writeSection replaces the section between <!-- bench:name --> and <!-- /bench:name -->
// in BENCHMARKS.md (appending it if missing) with body, stamped with the machine state.
func writeSection(t testing.TB, name, title, body string) {
	t.Helper()
	mdMu.Lock()
	defer mdMu.Unlock()
	path := benchmarksFile()
	old, _ := os.ReadFile(path)
	begin, end := "<!-- bench:"+name+" -->", "<!-- /bench:"+name+" -->"
	var sb strings.Builder
	sb.WriteString(begin + "\n")
	sb.WriteString("### " + title + "\n\n")
	fmt.Fprintf(&sb, "_Measured %s on %s; load average (1, 5, 15 min) at the start of the run → now: %s; command: `%s`._\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), machine(testdb.AdminURL()), loadNote(), command())
	sb.WriteString(strings.TrimSpace(body) + "\n")
	sb.WriteString(end)
	text := string(old)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i >= 0 && j > i {
		text = text[:i] + sb.String() + text[j+len(end):]
	} else {
		if text != "" && !strings.HasSuffix(text, "\n\n") {
			text = strings.TrimRight(text, "\n") + "\n\n"
		}
		text += sb.String() + "\n"
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatalf("write %s: %v", path, err)
	}
	t.Logf("wrote section %s of %s", name, path)
}

var startLoad = loadAvg()

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func loadNote() string { return startLoad + " → " + loadAvg() }

func command() string {
	if c := os.Getenv("BENCH_COMMAND"); c != "" {
		return c
	}
	return "go test -tags 'bench benchallowall' -run '" + runPattern() + "' ./internal/bench"
}

func runPattern() string {
	for _, a := range os.Args {
		if strings.HasPrefix(a, "-test.run=") {
			return strings.TrimPrefix(a, "-test.run=")
		}
	}
	return "."
}

// machine describes the box: cores, CPU model, Go, Postgres.
func machine(dbURL string) string {
	cpu := "?"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				cpu = strings.TrimSpace(l[strings.Index(l, ":")+1:])
				break
			}
		}
	}
	pg := "?"
	if out, err := exec.Command("psql", dbURL, "-Atc", "show server_version").Output(); err == nil {
		pg = strings.TrimSpace(string(out))
	}
	mem := "?"
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		mem = strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
	}
	return fmt.Sprintf("%d CPUs (%s), %s, %s, Postgres %s", runtime.NumCPU(), cpu, mem, runtime.Version(), pg)
}

func ctxTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), d)
}
