//go:build bench

package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/policy"
)

// decisionInput is an OPERATOR with devices:read reading a device: the base policy defers,
// so the account's PERMISSIONS policy decides (both layers are evaluated).
func decisionInput() policy.PermissionInput {
	return policy.PermissionInput{
		Subject: policy.Subject{ID: "7", Kind: "user", Email: "op@acme.test", Role: "OPERATOR",
			Permissions: []string{"count", "devices:read"}, AccountID: "1"},
		Action:   "device.read",
		Resource: map[string]any{"type": "device", "id": "42", "accountId": "1", "code": "TAB-1", "name": "S20+"},
		Now:      time.Now().UTC().Truncate(time.Second),
	}
}

func opaBinary(t testing.TB) string {
	for _, p := range []string{os.Getenv("OPA"), filepath.Join("..", "..", "bin", "opa")} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("opa"); err == nil {
		return p
	}
	t.Skip("no opa binary: go build -C bench/opa -o ../../bin/opa github.com/open-policy-agent/opa (make bench does)")
	return ""
}

// startSidecar runs `opa run --server` on loopback with the shipped base and permissions
// policies plus bench/opa/decision.rego, and returns its decision URL.
func startSidecar(t testing.TB) string {
	bin := opaBinary(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	root := filepath.Join("..", "..")
	cmd := exec.Command(bin, "run", "--server", "--addr", addr, "--log-level", "error",
		filepath.Join(root, "policy", "base.rego"), filepath.Join(root, "policy", "permissions.rego"),
		filepath.Join(root, "bench", "opa", "decision.rego"))
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start opa: %v", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	for i := 0; i < 100; i++ {
		if resp, err := http.Get("http://" + addr + "/health"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return "http://" + addr + "/v1/data/countthings/decision/allow"
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("opa sidecar did not come up")
	return ""
}

// timePer runs f in a loop for d and returns the mean time per call.
func timePer(d time.Duration, f func() error) (time.Duration, int, error) {
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		for k := 0; k < 16; k++ {
			if err := f(); err != nil {
				return 0, n, err
			}
			n++
		}
	}
	return time.Since(start) / time.Duration(n), n, nil
}

// TestBenchAuthzDecision: one decision of the embedded prepared queries vs the same policy
// behind an OPA sidecar on loopback (one HTTP round trip per decision, keep-alive).
func TestBenchAuthzDecision(t *testing.T) {
	engine, err := policy.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	// The same engine without the decision memo: what one evaluation of the Rego costs.
	cold, err := policy.NewEngine(policy.WithoutDecisionMemo())
	if err != nil {
		t.Fatal(err)
	}
	in := decisionInput()
	ctx := context.Background()
	url := startSidecar(t)
	body, _ := json.Marshal(map[string]any{"input": in})
	c := httpClient(1)
	var buf bytes.Buffer
	embedded := func() error {
		d, err := engine.Authorize(ctx, nil, in)
		if err != nil || !d.Allow {
			return fmt.Errorf("embedded: %v %v", d, err)
		}
		return nil
	}
	evaluated := func() error {
		d, err := cold.Authorize(ctx, nil, in)
		if err != nil || !d.Allow {
			return fmt.Errorf("evaluated: %v %v", d, err)
		}
		return nil
	}
	sidecar := func() error {
		resp, err := c.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			return err
		}
		buf.Reset()
		_, err = buf.ReadFrom(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		if !bytes.Contains(buf.Bytes(), []byte(`"result":true`)) {
			return fmt.Errorf("sidecar: %s", truncate(buf.Bytes()))
		}
		return nil
	}
	// Warm up both, then alternate rounds so that both see the same machine.
	_, _, _ = timePer(time.Second, embedded)
	_, _, _ = timePer(time.Second, evaluated)
	_, _, _ = timePer(time.Second, sidecar)
	var rows []string
	round := phase() / 4
	for r := 1; r <= 3; r++ {
		e, en, err := timePer(round, embedded)
		if err != nil {
			t.Fatal(err)
		}
		c, cn, err := timePer(round, evaluated)
		if err != nil {
			t.Fatal(err)
		}
		s, sn, err := timePer(round, sidecar)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: embedded %s/decision (n=%d), evaluated %s (n=%d), sidecar %s/decision (n=%d), ratio %.1f / %.1f", r, e, en, c, cn, s, sn, float64(s)/float64(e), float64(s)/float64(c))
		rows = append(rows, fmt.Sprintf("| %d | %.1f µs | %.1f µs | %.1f µs | **%.1f×** | %.1f× |", r, float64(e)/1e3, float64(c)/1e3, float64(s)/1e3, float64(s)/float64(e), float64(s)/float64(c)))
	}
	text := fmt.Sprintf(`Input: an OPERATOR with `+"`devices:read`"+` asking `+"`device.read`"+` on a device of its account (the base policy
defers, so both the base and the PERMISSIONS policy are evaluated). Embedded: `+"`policy.Engine.Authorize`"+`
(prepared queries), one goroutine. Sidecar: `+"`opa run --server`"+` (OPA v1.22.2 built from the module cache,
`+"`bench/opa`"+`) with policy/base.rego, policy/permissions.rego and bench/opa/decision.rego (which combines the
two layers so the sidecar answers in one round trip), `+"`POST /v1/data/countthings/decision/allow`"+` with the same
input over a keep-alive loopback connection, one client. Rounds alternate, %s each. Target: embedded ≥ 20× faster.
"Embedded" is the engine as the service runs it: the decision memo (policy/memo.go) answers a repeated
(policy, input without now) from memory; "evaluated" is the same engine built with `+"`policy.WithoutDecisionMemo()`"+`,
evaluating the Rego every time (what a first request, or a policy reading input.now, costs).

| round | embedded (as served) | embedded, evaluated every time | sidecar | sidecar ÷ embedded | sidecar ÷ evaluated |
| --- | --- | --- | --- | --- | --- |
%s
`, round, strings.Join(rows, "\n"))
	writeSection(t, "authz-decision", "2a. Authorization: embedded decision vs OPA sidecar", text)
}

// policyOverheadRequests are GraphQL requests of an OPERATOR whose resolvers ask the policy.
var policyOverheadRequests = []struct{ name, query string }{
	{"account { name }", `{ account { name } }`},
	{"devices(first: 100) page", devicesQuery},
}

// TestBenchPolicyOverhead: the same requests with the real engine and with decisions
// replaced by allow-all (build tag benchallowall: internal/authz/allowall_bench.go), in
// alternating rounds of one process.
func TestBenchPolicyOverhead(t *testing.T) {
	if !authz.AllowAllAvailable {
		t.Skip("needs -tags benchallowall (make bench sets it)")
	}
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
