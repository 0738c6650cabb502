package policy

import (
	"context"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/stretchr/testify/require"
)

func parseV1(t *testing.T, src string) *ast.Module {
	t.Helper()
	m, err := ast.ParseModuleWithOpts("p.rego", src, ast.ParserOptions{RegoVersion: ast.RegoV1})
	require.NoError(t, err)
	return m
}

func TestNowIndependent(t *testing.T) {
	require.True(t, nowIndependent(parseV1(t, mustRead("base.rego"))), "base.rego")
	require.True(t, nowIndependent(parseV1(t, DefaultSource(KindPermissions))), "permissions.rego")
	require.True(t, nowIndependent(parseV1(t, stocktakePolicy)), "stocktake")
	const head = "package countthings.permissions\n\ndefault allow := false\n\n"
	for name, body := range map[string]string{
		"input.now":          `allow if time.parse_rfc3339_ns(input.now) > 0`,
		"input[\"now\"]":     `allow if input["now"]`,
		"input[key]":         `allow if { some k; input[k] == "x" }`,
		"bare input":         `allow if { x := input; x.subject.role == "OPERATOR" }`,
		"import input":       "import input as i\nallow if i.now",
		"time.now_ns":        `allow if time.now_ns() > 0`,
		"nested time.now_ns": `allow if { x := [time.now_ns()]; count(x) == 1 }`,
		"rand.intn":          `allow if rand.intn("x", 2) == 0`,
	} {
		require.False(t, nowIndependent(parseV1(t, head+body)), name)
	}
}

// Remembered decisions are the decisions: every input asked twice (the second from the
// memo) answers what a fresh evaluation answers.
func TestAuthorizeMemoMatchesEvaluation(t *testing.T) {
	e := newTestEngine(t)
	fresh := newTestEngine(t)
	fresh.decisions = nil // evaluates every time
	ctx := context.Background()
	custom := &Version{AccountID: "a1", Kind: KindPermissions, Version: 1, Source: stocktakePolicy}
	subjects := []Subject{user("ADMIN"), user("OPERATOR"), user("OPERATOR", "count", "devices:read"),
		user("OPERATOR", "stocktake"), user("SUPPORT"), {ID: "u2", Kind: "user", Role: "OPERATOR", AccountID: "a1", Disabled: true, Permissions: []string{"devices:read"}}}
	actions := []string{"device.read", "device.login", "license.move", "user.read", "account.create", "policy.update"}
	resources := []map[string]any{device("a1"), device("a2"), {"type": "user", "id": "u1", "accountId": "a1"}, nil}
	for _, v := range []*Version{nil, custom} {
		for _, s := range subjects {
			for _, a := range actions {
				for _, r := range resources {
					in := PermissionInput{Subject: s, Action: a, Resource: r, Now: testNow}
					want, wantErr := fresh.Authorize(ctx, v, in)
					for i := 0; i < 2; i++ {
						got, err := e.Authorize(ctx, v, in)
						require.Equal(t, wantErr, err)
						require.Equal(t, want, got, "%v %s %s on %v (call %d)", v != nil, s.Role, a, r, i)
					}
				}
			}
		}
	}
	require.NotZero(t, e.decisions.entries.Len(), "pure decisions are remembered")
}

// A policy that reads input.now is evaluated every time.
func TestAuthorizeNowPolicyNotRemembered(t *testing.T) {
	e := newTestEngine(t)
	ctx := context.Background()
	mornings := &Version{AccountID: "a1", Kind: KindPermissions, Version: 1, Source: `package countthings.permissions

default allow := false

allow if time.clock(time.parse_rfc3339_ns(input.now))[0] < 12
`}
	in := PermissionInput{Subject: user("OPERATOR"), Action: "device.read", Resource: device("a1"), Now: testNow}
	d, err := e.Authorize(ctx, mornings, in)
	require.NoError(t, err)
	require.True(t, d.Allow)
	in.Now = testNow.Add(5 * time.Hour)
	d, err = e.Authorize(ctx, mornings, in)
	require.NoError(t, err)
	require.False(t, d.Allow, "the afternoon decision is not the remembered morning one")
}
