package policies_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/policy"
)

const (
	updatePolicy   = `mutation($kind: PolicyKind!, $source: String!) { updatePolicy(kind: $kind, source: $source) { id version active author { email } } }`
	evaluatePolicy = `query($kind: PolicyKind!, $input: JSON!, $source: String) { evaluatePolicy(kind: $kind, input: $input, source: $source) }`
	readPolicy     = `query($kind: PolicyKind!) { account { policy(kind: $kind) { active { version } versions { version active } } } }`
)

func TestPolicyEditingOverHTTP(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)
	stocktaker := env.Token(t, env.SeedUser(t, acct.Account.ID, "", "stocktake"), 0)
	readAccount := `{ account { name } }`

	broken := "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\tinput.action ==\n}\n"
	r := env.Do(t, admin, updatePolicy, map[string]any{"kind": "PERMISSIONS", "source": broken})
	require.Equal(t, "POLICY_INVALID", r.Code(), "%+v", r.Errors)
	assert.Contains(t, r.Errors[0].Message, "line 7")
	problems, _ := r.Errors[0].Extensions["problems"].([]any)
	require.NotEmpty(t, problems)
	assert.EqualValues(t, 7, problems[0].(map[string]any)["line"])

	var read struct {
		Account struct {
			Policy struct {
				Active   struct{ Version int }
				Versions []struct{ Version int }
			}
		}
	}
	env.MustDo(t, admin, readPolicy, map[string]any{"kind": "PERMISSIONS"}, &read)
	assert.Equal(t, 1, read.Account.Policy.Active.Version)
	assert.Len(t, read.Account.Policy.Versions, 1, "nothing changed")

	input := map[string]any{
		"subject":  map[string]any{"id": "1", "kind": "user", "role": "OPERATOR", "permissions": []string{"stocktake"}},
		"action":   "account.read",
		"resource": map[string]any{"type": "account"},
	}
	var dry struct{ EvaluatePolicy map[string]any }
	env.MustDo(t, admin, evaluatePolicy, map[string]any{"kind": "PERMISSIONS", "input": input}, &dry)
	assert.Equal(t, false, dry.EvaluatePolicy["allow"])
	assert.NotEmpty(t, dry.EvaluatePolicy["deny"])

	draft := policy.DefaultSource(policy.KindPermissions) + "\nallow if {\n\t\"stocktake\" in input.subject.permissions\n\tinput.action == \"account.read\"\n}\n"
	env.MustDo(t, admin, evaluatePolicy, map[string]any{"kind": "PERMISSIONS", "input": input, "source": draft}, &dry)
	assert.Equal(t, map[string]any{"allow": true, "deny": []any{}}, dry.EvaluatePolicy)
	r = env.Do(t, admin, evaluatePolicy, map[string]any{"kind": "PERMISSIONS", "input": []int{1}})
	assert.Equal(t, "BAD_USER_INPUT", r.Code())

	assert.Equal(t, "FORBIDDEN", env.Do(t, stocktaker, readAccount, nil).Code(), "before the new rule")
	var updated struct {
		UpdatePolicy struct {
			Version int
			Active  bool
			Author  struct{ Email string }
		}
	}
	env.MustDo(t, admin, updatePolicy, map[string]any{"kind": "PERMISSIONS", "source": draft}, &updated)
	assert.Equal(t, 2, updated.UpdatePolicy.Version)
	assert.True(t, updated.UpdatePolicy.Active)
	assert.Equal(t, acct.Admin.Email, updated.UpdatePolicy.Author.Email)
	env.MustDo(t, stocktaker, readAccount, nil, nil) // the next request already runs the new version

	env.MustDo(t, admin, `mutation { activatePolicyVersion(kind: PERMISSIONS, version: 1) { version active } }`, nil, nil)
	assert.Equal(t, "FORBIDDEN", env.Do(t, stocktaker, readAccount, nil).Code(), "rolled back")
	assert.Equal(t, "NOT_FOUND", env.Do(t, admin, `mutation { activatePolicyVersion(kind: PERMISSIONS, version: 9) { version } }`, nil).Code())
}

func TestSupportSetsAFloatingPresetOverHTTP(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{Type: "FLOATING"})
	support := env.Token(t, env.SeedSupport(t), 0)
	admin := env.Token(t, acct.Admin, 0)
	id := strconv.Itoa(acct.Account.ID)
	setPreset := `mutation($id: ID!, $preset: String!) { setFloatingPreset(accountId: $id, preset: $preset) { version active } }`

	r := env.Do(t, support, setPreset, map[string]any{"id": id, "preset": "lottery"})
	require.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
	assert.Contains(t, r.Errors[0].Message, "never-reclaim")
	env.MustDo(t, support, setPreset, map[string]any{"id": id, "preset": "never-reclaim"}, nil)

	var got struct {
		Account struct{ FloatingPreset *string }
	}
	env.MustDo(t, admin, `{ account { floatingPreset } }`, nil, &got)
	require.NotNil(t, got.Account.FloatingPreset)
	assert.Equal(t, "never-reclaim", *got.Account.FloatingPreset)
	assert.Equal(t, "FORBIDDEN", env.Do(t, admin, setPreset, map[string]any{"id": strconv.Itoa(acct.Account.ID + 1000), "preset": "never-reclaim"}).Code(),
		"an admin cannot reach another account, nor learn whether it exists")
}

// The preset is an enum (FloatingPresetName) everywhere it is named, and the older strings
// still work beside it: setFloatingPreset(presetName:) and (preset:), createAccount's
// floatingPresetName and floatingPreset, Account.floatingPresetName and floatingPreset,
// FloatingPreset.preset and name. Naming it both ways at once is BAD_USER_INPUT.
func TestFloatingPresetEnumAndItsStrings(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{Type: "FLOATING"})
	support := env.Token(t, env.SeedSupport(t), 0)
	id := strconv.Itoa(acct.Account.ID)
	read := `query($id: ID!) { node(id: $id) { ... on Account { floatingPreset floatingPresetName } } }`
	type presetOf struct {
		Node struct {
			FloatingPreset     string
			FloatingPresetName string
		}
	}

	byEnum := `mutation($id: ID!, $p: FloatingPresetName) { setFloatingPreset(accountId: $id, presetName: $p) { version } }`
	env.MustDo(t, support, byEnum, map[string]any{"id": id, "p": "NEVER_RECLAIM"}, nil)
	var got presetOf
	env.MustDo(t, support, read, map[string]any{"id": id}, &got)
	assert.Equal(t, presetOf{Node: struct {
		FloatingPreset     string
		FloatingPresetName string
	}{"never-reclaim", "NEVER_RECLAIM"}}, got)

	byString := `mutation($id: ID!, $p: String!) { setFloatingPreset(accountId: $id, preset: $p) { version } }`
	env.MustDo(t, support, byString, map[string]any{"id": id, "p": "permission-priority"}, nil)
	env.MustDo(t, support, read, map[string]any{"id": id}, &got)
	assert.Equal(t, "PERMISSION_PRIORITY", got.Node.FloatingPresetName)
	assert.Equal(t, "permission-priority", got.Node.FloatingPreset)

	r := env.Do(t, support, `mutation($id: ID!) { setFloatingPreset(accountId: $id, presetName: IDLE_LONGEST, preset: "idle-longest") { version } }`, map[string]any{"id": id})
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
	r = env.Do(t, support, `mutation($id: ID!) { setFloatingPreset(accountId: $id) { version } }`, map[string]any{"id": id})
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
	r = env.Do(t, support, byEnum, map[string]any{"id": id, "p": "never-reclaim"})
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "the enum takes enum values: %+v", r.Errors)

	var presets struct {
		FloatingPresets []struct{ Preset, Name string }
	}
	env.MustDo(t, support, `{ floatingPresets { preset name } }`, nil, &presets)
	require.Len(t, presets.FloatingPresets, len(policy.Presets()))
	for i, p := range policy.Presets() {
		assert.Equal(t, p.Name, presets.FloatingPresets[i].Name)
		assert.Equal(t, p.Name, string(policy.PresetName(p.Name)))
	}
	assert.Equal(t, "IDLE_LONGEST", presets.FloatingPresets[0].Preset)

	create := `mutation($in: CreateAccountInput!) { createAccount(input: $in) { floatingPreset floatingPresetName } }`
	in := func(email string, preset map[string]any) map[string]any {
		m := map[string]any{"name": "Preset Co", "email": email, "adminPassword": "a long enough password",
			"type": "FLOATING", "standardLicenses": 0, "floatingLicenses": 2, "expiresAt": "2099-01-01T00:00:00Z"}
		for k, v := range preset {
			m[k] = v
		}
		return map[string]any{"in": m}
	}
	var created struct {
		CreateAccount struct{ FloatingPreset, FloatingPresetName string }
	}
	env.MustDo(t, support, create, in("counting@enumpreset.example", map[string]any{"floatingPresetName": "NEVER_RECLAIM"}), &created)
	assert.Equal(t, "NEVER_RECLAIM", created.CreateAccount.FloatingPresetName)
	env.MustDo(t, support, create, in("counting@stringpreset.example", map[string]any{"floatingPreset": "never-reclaim"}), &created)
	assert.Equal(t, "NEVER_RECLAIM", created.CreateAccount.FloatingPresetName)
	r = env.Do(t, support, create, in("counting@bothpreset.example", map[string]any{"floatingPreset": "never-reclaim", "floatingPresetName": "NEVER_RECLAIM"}))
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
}
