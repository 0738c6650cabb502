//go:build bench && benchallowall

package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/testapp"
)

// TestBenchPolicyOverhead: the same requests with the real engine and with decisions
// replaced by allow-all (build tag benchallowall: internal/authz/allowall_bench.go), in
// alternating rounds of one process.
func TestBenchPolicyOverhead(t *testing.T) {
	env := newEnv(t)
	acct, _ := seedLicensedDevices(t, env, 300)
	op := env.SeedUser(t, acct, "", "devices:read")
	tok := env.Token(t, op, 0)
	c := httpClient(hbConns)
	var rows []string
	for _, req := range policyOverheadRequests {
		body, _ := json.Marshal(map[string]any{"query": req.query})
		url := env.URL + "/graphql"
		bufs := make([]bytes.Buffer, hbConns)
		run := func(d time.Duration) result {
			return load(hbConns, d, func(w, i int) error {
				b, err := post(c, url, tok, body, &bufs[w])
				if err == nil && bytes.Contains(b, []byte(`"errors"`)) {
					err = fmt.Errorf("%s", truncate(b))
				}
				return err
			})
		}
		run(time.Second)
		var with, without result
		round := phase() / 4
		for r := 0; r < 4; r++ {
			for _, allow := range []bool{false, true} {
				authz.SetAllowAllForBenchmark(allow)
				res := run(round)
				if res.Errors > 0 {
					t.Errorf("%s: %d errors, first %v", req.name, res.Errors, res.FirstErr)
				}
				acc := &with
				if allow {
					acc = &without
				}
				acc.N += res.N
				acc.Elapsed += res.Elapsed
				if res.P50 > acc.P50 { // the worst round's median
					acc.P50 = res.P50
				}
			}
		}
		authz.SetAllowAllForBenchmark(false)
		perWith := with.Elapsed.Seconds() / float64(with.N) * hbConns
		perWithout := without.Elapsed.Seconds() / float64(without.N) * hbConns
		overhead := 1 - with.PerSec()/without.PerSec()
		t.Logf("%s: policy %.0f/s, allow-all %.0f/s, overhead %.1f%%", req.name, with.PerSec(), without.PerSec(), 100*overhead)
		rows = append(rows, fmt.Sprintf("| `%s` | %.0f/s (%.2f ms) | %.0f/s (%.2f ms) | **%.1f %%** |",
			req.name, with.PerSec(), perWith*1e3, without.PerSec(), perWithout*1e3, 100*overhead))
	}
	text := fmt.Sprintf(`An OPERATOR with `+"`devices:read`"+` (so both policy layers are evaluated), %d connections, 300 licensed
devices; 4 alternating rounds of %s with the real engine and with decisions replaced by allow-all
(`+"`-tags benchallowall`"+`: internal/authz/allowall_bench.go; the default build has no such switch). The heartbeat
asks no policy at all (the session's own device), so its overhead is 0 by construction. Overhead = 1 − policy ÷ allow-all
throughput; in brackets the mean time per request (wall time × connections ÷ requests). Target ≤ 10 %%.

| request | with policy | allow-all | overhead |
| --- | --- | --- | --- |
%s
`, hbConns, phase()/4, strings.Join(rows, "\n"))
	writeSection(t, "authz-overhead", "2b. Whole-request overhead of policy checks", text)
	_ = testapp.System
}
