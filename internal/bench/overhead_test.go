//go:build bench && benchallowall

package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/testapp"
)

// TestBenchPolicyOverhead: the same requests with the real engine and with decisions
// replaced by allow-all (build tag benchallowall: internal/authz/allowall_bench.go), in
// alternating rounds of one process.
// pairsOfRounds is how many (policy, allow-all) pairs of rounds are measured.
const pairsOfRounds = 6

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
		// Pairs of rounds, policy and allow-all, in alternating order (ABBA), so that a drift
		// of the shared machine's speed falls on both sides; the overhead is the median of the
		// pairs' (a whole-run sum let one slow round decide it).
		var with, without result
		var pairs []float64
		round := phase() / 4
		for r := 0; r < pairsOfRounds; r++ {
			var perSec [2]float64
			for _, allow := range [][]bool{{false, true}, {true, false}}[r%2] {
				authz.SetAllowAllForBenchmark(allow)
				res := run(round)
				if res.Errors > 0 {
					t.Errorf("%s: %d errors, first %v", req.name, res.Errors, res.FirstErr)
				}
				acc, side := &with, 0
				if allow {
					acc, side = &without, 1
				}
				perSec[side] = res.PerSec()
				acc.N += res.N
				acc.Elapsed += res.Elapsed
			}
			pairs = append(pairs, 1-perSec[0]/perSec[1])
		}
		sort.Float64s(pairs)
		medianOverhead := (pairs[(len(pairs)-1)/2] + pairs[len(pairs)/2]) / 2
		authz.SetAllowAllForBenchmark(false)
		perWith := with.Elapsed.Seconds() / float64(with.N) * hbConns
		perWithout := without.Elapsed.Seconds() / float64(without.N) * hbConns
		t.Logf("%s: policy %.0f/s, allow-all %.0f/s, overhead per pair %.1f … %.1f%%, median %.1f%%", req.name, with.PerSec(), without.PerSec(),
			100*pairs[0], 100*pairs[len(pairs)-1], 100*medianOverhead)
		rows = append(rows, fmt.Sprintf("| `%s` | %.0f/s (%.2f ms) | %.0f/s (%.2f ms) | %.1f … %.1f %% | **%.1f %%** |",
			req.name, with.PerSec(), perWith*1e3, without.PerSec(), perWithout*1e3, 100*pairs[0], 100*pairs[len(pairs)-1], 100*medianOverhead))
	}
	text := fmt.Sprintf(`An OPERATOR with `+"`devices:read`"+` (so both policy layers are evaluated), %d connections, 300 licensed
devices; %d pairs of rounds of %s (in alternating order: policy then allow-all, then allow-all then policy) with the real engine and with decisions replaced by allow-all
(`+"`-tags benchallowall`"+`: internal/authz/allowall_bench.go; the default build has no such switch). The heartbeat
asks no policy at all (the session's own device), so its overhead is 0 by construction. Overhead = 1 − policy ÷ allow-all
throughput, per pair of rounds; the figure is the median of the pairs; in brackets the mean time per request (wall time × connections ÷ requests). Target ≤ 10 %%.

| request | with policy | allow-all | overhead, pairs (lowest … highest) | overhead (median) |
| --- | --- | --- | --- | --- |
%s
`, hbConns, pairsOfRounds, phase()/4, strings.Join(rows, "\n"))
	writeSection(t, "authz-overhead", "2b. Whole-request overhead of policy checks", text)
	_ = testapp.System
}
