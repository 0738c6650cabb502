package policy

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/require"
)

// The presets' Rego helper and the Go function state the same rule.
func TestPoolsRegoHelperMatchesPoolsOf(t *testing.T) {
	module, err := parseShipped(poolsFile)
	require.NoError(t, err)
	q, _, _, err := prepare(context.Background(), "table := data.countthings.pools.of_account_type", module)
	require.NoError(t, err)
	rs, err := q.Eval(context.Background(), rego.EvalInput(map[string]any{}))
	require.NoError(t, err)
	require.Len(t, rs, 1)
	want := map[string]any{}
	for _, typ := range []string{AccountStandard, AccountFloating, AccountMixed} {
		var pools []any
		for _, p := range PoolsOf(typ) {
			pools = append(pools, p)
		}
		want[typ] = pools
	}
	require.Equal(t, want, rs[0].Bindings["table"])
	require.Nil(t, PoolsOf("OTHER"))
	require.True(t, HasPool(AccountMixed, PoolFloating))
	require.False(t, HasPool(AccountStandard, PoolFloating))
}

// An account's FLOATING policy may import the helper; nothing else of data, and a
// PERMISSIONS policy not even that.
func TestFloatingPolicyMayImportOnlyThePoolsHelper(t *testing.T) {
	e, err := NewEngine()
	require.NoError(t, err)
	ctx := context.Background()
	_, err = e.Compile(ctx, KindFloating, `package countthings.floating

import data.countthings.pools

decision := {"pool": "FLOATING", "reclaim": null, "reason": "free"} if pools.has_free_seat("FLOATING")

else := {"pool": null, "reclaim": null, "reason": "none"}
`)
	require.NoError(t, err)
	_, err = e.Compile(ctx, KindFloating, `package countthings.floating

import data.countthings.base

decision := {"pool": null, "reclaim": null, "reason": "none"} if base.verdict
`)
	require.ErrorContains(t, err, "not allowed")
	_, err = e.Compile(ctx, KindPermissions, `package countthings.permissions

import data.countthings.pools

allow if pools.draws_from("STANDARD")
`)
	require.ErrorContains(t, err, "not allowed")
}
