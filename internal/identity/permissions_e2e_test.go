package identity_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

type permissionAnswer struct {
	ViewerPermissions []struct {
		Action  string
		Allowed bool
		Reason  *string
	} `json:"viewerPermissions"`
}

func (p permissionAnswer) allowed() map[string]bool {
	out := map[string]bool{}
	for _, a := range p.ViewerPermissions {
		out[a.Action] = a.Allowed
	}
	return out
}

const askPermissions = `query($a: [String!]!, $o: ID) { viewerPermissions(actions: $a, objectId: $o) { action allowed reason } }`

// One request tells a frontend what the viewer's policies allow, in the order asked, with the
// policy's reasons for what they refuse.
func TestViewerPermissionsAnswersWhatThePoliciesDecide(t *testing.T) {
	env := testapp.New(t)
	acc := env.SeedAccount(t, testapp.AccountSpec{})
	other := env.SeedAccount(t, testapp.AccountSpec{})
	dev := env.SeedDevice(t, acc.Account.ID, "D1")
	otherDev := env.SeedDevice(t, other.Account.ID, "X1")
	op := env.Token(t, env.SeedUser(t, acc.Account.ID, "", "devices:read"), 0)
	admin := env.Token(t, acc.Admin, 0)
	support := env.Token(t, env.SeedSupport(t), 0)
	actions := []string{"device.read", "license.move", "user.create", "account.create", "made.up"}

	var got permissionAnswer
	env.MustDo(t, op, askPermissions, map[string]any{"a": actions}, &got)
	require.Len(t, got.ViewerPermissions, len(actions))
	for i, a := range got.ViewerPermissions {
		assert.Equal(t, actions[i], a.Action)
		assert.Equal(t, a.Allowed, a.Reason == nil, "a reason exactly when denied: %s", a.Action)
	}
	assert.Equal(t, map[string]bool{"device.read": true, "license.move": false, "user.create": false, "account.create": false, "made.up": false}, got.allowed())
	assert.Contains(t, *got.ViewerPermissions[3].Reason, "reserved to SUPPORT")

	env.MustDo(t, admin, askPermissions, map[string]any{"a": actions}, &got)
	assert.Equal(t, map[string]bool{"device.read": true, "license.move": true, "user.create": true, "account.create": false, "made.up": true}, got.allowed())

	// On one object: the operator's device, yes; another account's device is not found.
	env.MustDo(t, op, askPermissions, map[string]any{"a": []string{"device.read"}, "o": strconv.Itoa(dev.ID)}, &got)
	assert.True(t, got.allowed()["device.read"])
	r := env.Do(t, op, askPermissions, map[string]any{"a": []string{"device.read"}, "o": strconv.Itoa(otherDev.ID)})
	assert.Equal(t, "NOT_FOUND", r.Code())

	// SUPPORT: the vendor's actions, and any account's objects.
	env.MustDo(t, support, askPermissions, map[string]any{"a": []string{"account.create", "accountrequest.decide"}}, &got)
	assert.Equal(t, map[string]bool{"account.create": true, "accountrequest.decide": true}, got.allowed())
	env.MustDo(t, support, askPermissions, map[string]any{"a": []string{"license.move"}, "o": strconv.Itoa(otherDev.ID)}, &got)
	assert.True(t, got.allowed()["license.move"])

	// Bad questions are BAD_USER_INPUT; no viewer is UNAUTHENTICATED.
	many := make([]string, 65)
	for i := range many {
		many[i] = "device.read"
	}
	for _, bad := range [][]string{many, {""}, {strings.Repeat("a", 101)}} {
		assert.Equal(t, "BAD_USER_INPUT", env.Do(t, op, askPermissions, map[string]any{"a": bad}).Code())
	}
	assert.Equal(t, "UNAUTHENTICATED", env.Do(t, "", askPermissions, map[string]any{"a": actions}).Code())
}

// The permission strings a console offers: the shipped ones, then the account's own, once each.
func TestKnownPermissions(t *testing.T) {
	env := testapp.New(t)
	acc := env.SeedAccount(t, testapp.AccountSpec{})
	other := env.SeedAccount(t, testapp.AccountSpec{})
	env.SeedUser(t, acc.Account.ID, "", "count", "reports:view")
	env.SeedUser(t, acc.Account.ID, "", "reports:view", "audit")
	env.SeedUser(t, other.Account.ID, "", "elsewhere")
	var got struct {
		Account struct{ KnownPermissions []string }
	}
	env.MustDo(t, env.Token(t, acc.Admin, 0), `{ account { knownPermissions } }`, nil, &got)
	assert.Equal(t, []string{"count", "devices:read", "licenses:manage", "users:manage", "settings:manage", "policies:manage", "events:read", "audit", "reports:view"},
		got.Account.KnownPermissions)
	counter := env.Token(t, env.SeedUser(t, acc.Account.ID, "", "count"), 0)
	assert.Equal(t, "FORBIDDEN", env.Do(t, counter, `{ account { knownPermissions } }`, nil).Code())
}
