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
	t.Fatal("no opa binary: build it with `make bin/opa` (make bench does), or put opa on PATH")
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
