package policy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func holder(id, pool, status string, idle int, permissions ...string) Holder {
	return Holder{DeviceID: id, Code: "C-" + id, Pool: pool, Status: status, IdleMinutes: idle, UserEmail: id + "@acme.example", UserPermissions: permissions}
}

func situation(accountType string, standardFree, floatingFree int, holders ...Holder) FloatingInput {
	return FloatingInput{
		Account: FloatingAccount{ID: "a1", Type: accountType},
		Device:  FloatingDevice{ID: "new", Code: "NEW", Name: "S20+"},
		User:    FloatingUser{ID: "u1", Email: "op@acme.example", Permissions: []string{"count"}},
		Pools: map[string]PoolCounts{
			PoolStandard: {Total: 2, Free: standardFree},
			PoolFloating: {Total: 3, Free: floatingFree},
		},
		Holders:  holders,
		Settings: FloatingSettings{FloatingIdleMinutes: 30, PriorityPermission: "priority"},
		Now:      testNow,
	}
}

func ptr(s string) *string { return &s }

func TestDecideFloatingPresets(t *testing.T) {
	e := newTestEngine(t)
	full := []Holder{
		holder("d1", PoolFloating, "ASSIGNED", 900),
		holder("d2", PoolFloating, "ACTIVE", 120, "priority"),
		holder("d3", PoolFloating, "ACTIVE", 60),
		holder("d4", PoolFloating, "ACTIVE", 60),
		holder("d5", PoolStandard, "ACTIVE", 800),
	}
	tests := []struct {
		preset  string
		in      FloatingInput
		pool    *string
		reclaim *string
	}{
		{"idle-longest", situation(AccountStandard, 1, 0), ptr(PoolStandard), nil},
		{"idle-longest", situation(AccountStandard, 0, 1, full...), nil, nil},
		{"idle-longest", situation(AccountMixed, 1, 1, full...), ptr(PoolStandard), nil},
		{"idle-longest", situation(AccountMixed, 0, 1, full...), ptr(PoolFloating), nil},
		{"idle-longest", situation(AccountMixed, 0, 0, full...), ptr(PoolFloating), ptr("d2")},
		{"idle-longest", situation(AccountFloating, 2, 0, full...), ptr(PoolFloating), ptr("d2")},
		{"idle-longest", situation(AccountFloating, 0, 0, holder("d1", PoolFloating, "ACTIVE", 10)), nil, nil},
		{"never-reclaim", situation(AccountStandard, 1, 0), ptr(PoolStandard), nil},
		{"never-reclaim", situation(AccountMixed, 0, 1, full...), ptr(PoolFloating), nil},
		{"never-reclaim", situation(AccountMixed, 0, 0, full...), nil, nil},
		{"never-reclaim", situation(AccountFloating, 0, 0, full...), nil, nil},
		{"permission-priority", situation(AccountStandard, 0, 0, full...), nil, nil},
		{"permission-priority", situation(AccountMixed, 1, 0, full...), ptr(PoolStandard), nil},
		{"permission-priority", situation(AccountMixed, 0, 0, full...), ptr(PoolFloating), ptr("d3")},
		{"permission-priority", situation(AccountFloating, 0, 0, full...), ptr(PoolFloating), ptr("d3")},
		{"permission-priority", situation(AccountFloating, 0, 0, full[:2]...), ptr(PoolFloating), ptr("d2")},
	}
	for _, tt := range tests {
		t.Run(tt.preset+"/"+tt.in.Account.Type, func(t *testing.T) {
			src, ok := PresetSource(tt.preset)
			require.True(t, ok)
			v := &Version{AccountID: "account-with-" + tt.preset, Kind: KindFloating, Version: 1, Source: src}
			if tt.preset == "idle-longest" {
				v = nil // the shipped default
			}
			d, err := e.DecideFloating(context.Background(), v, tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.pool, d.Pool)
			assert.Equal(t, tt.reclaim, d.Reclaim)
			assert.NotEmpty(t, d.Reason)

			byName, err := e.PresetDecideFloating(context.Background(), tt.preset, tt.in)
			require.NoError(t, err)
			assert.Equal(t, d, byName)
		})
	}
}

// decisionPolicy returns a FLOATING policy that always decides decision (a Rego term).
func decisionPolicy(decision string) string {
	return "package countthings.floating\n\ndecision := " + decision + "\n"
}

func TestDecideFloatingRefusesInvalidDecisions(t *testing.T) {
	e := newTestEngine(t)
	in := situation(AccountMixed, 0, 0,
		holder("idle", PoolFloating, "ACTIVE", 100),
		holder("reserved", PoolFloating, "ASSIGNED", 100),
		holder("standard", PoolStandard, "ACTIVE", 100),
	)
	floatingOnly := situation(AccountFloating, 0, 0)
	standardOnly := situation(AccountStandard, 0, 0)
	tests := []struct {
		name     string
		decision string
		in       FloatingInput
		valid    bool
	}{
		{"reclaims an idle floating holder", `{"pool": "FLOATING", "reclaim": "idle", "reason": "r"}`, in, true},
		{"no license", `{"pool": null, "reclaim": null, "reason": "none"}`, in, true},
		{"a device not in holders", `{"pool": "FLOATING", "reclaim": "elsewhere", "reason": "r"}`, in, false},
		{"a STANDARD holder", `{"pool": "FLOATING", "reclaim": "standard", "reason": "r"}`, in, false},
		{"an ASSIGNED holder", `{"pool": "FLOATING", "reclaim": "reserved", "reason": "r"}`, in, false},
		{"the requesting device itself", `{"pool": "FLOATING", "reclaim": "new", "reason": "r"}`, in, false},
		{"reclaim without the FLOATING pool", `{"pool": "STANDARD", "reclaim": "idle", "reason": "r"}`, in, false},
		{"reclaim with no pool", `{"pool": null, "reclaim": "idle", "reason": "r"}`, in, false},
		{"an unknown pool", `{"pool": "GOLD", "reclaim": null, "reason": "r"}`, in, false},
		{"STANDARD for a FLOATING account", `{"pool": "STANDARD", "reclaim": null, "reason": "r"}`, floatingOnly, false},
		{"FLOATING for a STANDARD account", `{"pool": "FLOATING", "reclaim": null, "reason": "r"}`, standardOnly, false},
		{"a missing key", `{"pool": null, "reason": "r"}`, in, false},
		{"an extra key", `{"pool": null, "reclaim": null, "reason": "r", "x": 1}`, in, false},
		{"a non-string reason", `{"pool": null, "reclaim": null, "reason": 1}`, in, false},
		{"a number for a pool", `{"pool": 1, "reclaim": null, "reason": "r"}`, in, false},
		{"not an object", `"FLOATING"`, in, false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &Version{AccountID: "a1", Kind: KindFloating, Version: i, Source: decisionPolicy(tt.decision)}
			_, err := e.DecideFloating(context.Background(), v, tt.in)
			if tt.valid {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, ErrInvalidDecision)
			}
		})
	}
}

func TestDecideFloatingFailsClosed(t *testing.T) {
	e := newTestEngine(t)
	sources := []string{
		"package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": sprintf(\"%d\", [to_number(input.user.email)])}\n",
		"package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": \"a\"} if input.account\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": \"b\"} if input.account\n",
		"package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": \"a\"} if input.nothing\n",
		"package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": \"a\"} if count([x | some x in numbers.range(1, 100000000)]) > 0\n",
		"package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": opa.runtime().env.HOME}\n",
	}
	for i, src := range sources {
		v := &Version{AccountID: "a1", Kind: KindFloating, Version: i, Source: src}
		_, err := e.DecideFloating(context.Background(), v, situation(AccountMixed, 0, 0))
		require.Error(t, err, src)
	}
}

// An account's own strategy can see which holders the admin flagged inactive.
func TestFloatingPolicySeesInactiveHolders(t *testing.T) {
	e := newTestEngine(t)
	src := `package countthings.floating

default decision := {"pool": null, "reclaim": null, "reason": "no inactive device to take from"}

decision := {"pool": "FLOATING", "reclaim": h.deviceId, "reason": "taken from an inactive device"} if {
	some h in input.holders
	h.inactive
	h.pool == "FLOATING"
	h.status == "ACTIVE"
}
`
	idle := holder("d1", PoolFloating, "ACTIVE", 500)
	flagged := holder("d2", PoolFloating, "ACTIVE", 1)
	flagged.Inactive = true
	d, err := e.DecideFloating(context.Background(), &Version{AccountID: "a1", Kind: KindFloating, Version: 2, Source: src},
		situation(AccountFloating, 0, 0, idle, flagged))
	require.NoError(t, err)
	require.NotNil(t, d.Reclaim)
	assert.Equal(t, "d2", *d.Reclaim)
}
