package policy

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func newTestEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	e, err := NewEngine(opts...)
	require.NoError(t, err)
	return e
}

func user(role string, permissions ...string) Subject {
	return Subject{ID: "u1", Kind: "user", Email: "someone@acme.example", Role: role, Permissions: permissions, AccountID: "a1"}
}

func device(accountID string) map[string]any {
	return map[string]any{"type": "device", "id": "d1", "accountId": accountID, "code": "TAB-1"}
}

func TestAuthorize(t *testing.T) {
	e := newTestEngine(t)
	token := user("OPERATOR", "devices:read")
	token.Kind, token.ID = "api_token", "t1"
	adminToken := token
	adminToken.Role = "ADMIN"
	disabledAdmin := user("ADMIN")
	disabledAdmin.Disabled = true
	support := user("SUPPORT")
	support.AccountID = ""

	tests := []struct {
		name     string
		subject  Subject
		action   string
		resource map[string]any
		allow    bool
		deny     []string
	}{
		{"support reads another account's device", support, "device.read", device("a2"), true, nil},
		{"support creates an account", support, "account.create", map[string]any{"type": "account"}, true, nil},
		{"admin moves a license in its account", user("ADMIN"), "license.move", device("a1"), true, nil},
		{"admin creates an api token", user("ADMIN"), "apitoken.create", map[string]any{"type": "account", "id": "a1", "accountId": "a1"}, true, nil},
		{"admin reads another account's device", user("ADMIN"), "device.read", device("a2"), false, []string{"outside your account"}},
		{"admin creates an account", user("ADMIN"), "account.create", map[string]any{"type": "account"}, false, []string{"account.create is reserved to SUPPORT"}},
		{"operator with count logs in", user("OPERATOR", "count"), "device.login", device("a1"), true, nil},
		{"operator without count cannot log in", user("OPERATOR", "devices:read"), "device.login", device("a1"), false, []string{"device.login needs the count permission"}},
		{"operator with licenses:manage moves", user("OPERATOR", "licenses:manage"), "license.move", device("a1"), true, nil},
		{"operator without licenses:manage cannot move", user("OPERATOR", "count"), "license.move", device("a1"), false, []string{"license.move needs the licenses:manage permission"}},
		{"operator outside its account", user("OPERATOR", "devices:read"), "device.read", device("a2"), false, []string{"outside your account"}},
		{"operator reads itself", user("OPERATOR"), "user.read", map[string]any{"type": "user", "id": "u1", "accountId": "a1"}, true, nil},
		{"operator reads another user", user("OPERATOR", "count"), "user.read", map[string]any{"type": "user", "id": "u2", "accountId": "a1"}, false, []string{"user.read needs the users:manage permission"}},
		{"api token with devices:read reads a device", token, "device.read", device("a1"), true, nil},
		{"api token cannot move without the permission", token, "license.move", device("a1"), false, []string{"license.move needs the licenses:manage permission"}},
		{"api token never gets admin's blanket allow", adminToken, "license.move", device("a1"), false, []string{"license.move needs the licenses:manage permission"}},
		{"api token outside its account", token, "device.read", device("a2"), false, []string{"outside your account"}},
		{"disabled admin", disabledAdmin, "device.read", device("a1"), false, []string{"your access is disabled"}},
		{"no action is granted by nothing", user("OPERATOR", "count"), "apitoken.create", device("a1"), false, []string{"apitoken.create is not granted by any permission of this account's policy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := e.Authorize(context.Background(), nil, PermissionInput{Subject: tt.subject, Action: tt.action, Resource: tt.resource, Now: testNow})
			require.NoError(t, err)
			assert.Equal(t, tt.allow, d.Allow)
			assert.Equal(t, tt.deny, d.Deny)
		})
	}
}

const stocktakePolicy = `package countthings.permissions

default allow := false

# A permission string of this account's own: stocktakers count and read devices.
allow if {
	"stocktake" in input.subject.permissions
	input.action in {"device.login", "device.read"}
}

deny contains "ask your admin for the stocktake permission" if not allow
`

func TestAuthorizeWithAnAccountPolicy(t *testing.T) {
	e := newTestEngine(t)
	v := &Version{AccountID: "a1", Kind: KindPermissions, Version: 3, Source: stocktakePolicy}
	ctx := context.Background()

	d, err := e.Authorize(ctx, v, PermissionInput{Subject: user("OPERATOR", "stocktake"), Action: "device.read", Resource: device("a1")})
	require.NoError(t, err)
	assert.True(t, d.Allow)

	d, err = e.Authorize(ctx, v, PermissionInput{Subject: user("OPERATOR", "count"), Action: "device.login", Resource: device("a1")})
	require.NoError(t, err)
	assert.Equal(t, Decision{Deny: []string{"ask your admin for the stocktake permission"}}, d, "the account policy replaces the default")

	d, err = e.Authorize(ctx, v, PermissionInput{Subject: user("OPERATOR", "stocktake"), Action: "device.read", Resource: device("a2")})
	require.NoError(t, err)
	assert.Equal(t, Decision{Deny: []string{"outside your account"}}, d, "an account policy cannot widen the base")

	d, err = e.Authorize(ctx, v, PermissionInput{Subject: user("ADMIN"), Action: "policy.update", Resource: device("a1")})
	require.NoError(t, err)
	assert.True(t, d.Allow, "an admin cannot be locked out by its own policy")
}

func TestAuthorizeFailsClosed(t *testing.T) {
	e := newTestEngine(t, WithEvalTimeout(100*time.Millisecond))
	ctx := context.Background()
	sources := map[string]string{
		"conflicting values": "package countthings.permissions\n\nallow := true if input.action\n\nallow := false if input.action\n",
		"builtin error":      "package countthings.permissions\n\ndefault allow := false\n\nallow if to_number(input.subject.email) > 1\n",
		"not a boolean":      "package countthings.permissions\n\nallow := \"yes\"\n",
		"undefined allow":    "package countthings.permissions\n\nallow if input.nothing\n",
		"too slow":           "package countthings.permissions\n\ndefault allow := false\n\nallow if count([x | some x in numbers.range(1, 100000000)]) > 0\n",
		"does not compile":   "package countthings.permissions\n\nallow if http.send({}).status_code == 200\n",
	}
	version := 0
	for name, src := range sources {
		t.Run(name, func(t *testing.T) {
			version++
			v := &Version{AccountID: "a1", Kind: KindPermissions, Version: version, Source: src}
			d, err := e.Authorize(ctx, v, PermissionInput{Subject: user("OPERATOR", "count"), Action: "device.login", Resource: device("a1")})
			require.Error(t, err)
			assert.False(t, d.Allow)
			assert.Equal(t, []string{"the account's permissions policy failed"}, d.Deny)

			// The base still decides what it decides: a broken account policy does not lock out the admin.
			d, err = e.Authorize(ctx, v, PermissionInput{Subject: user("ADMIN"), Action: "policy.update", Resource: device("a1")})
			require.NoError(t, err)
			assert.True(t, d.Allow)
		})
	}
}

func TestAuthorizeRefusesAVersionOfTheWrongKind(t *testing.T) {
	e := newTestEngine(t)
	v := &Version{AccountID: "a1", Kind: KindFloating, Version: 1, Source: DefaultSource(KindFloating)}
	d, err := e.Authorize(context.Background(), v, PermissionInput{Subject: user("OPERATOR", "count"), Action: "device.login", Resource: device("a1")})
	require.Error(t, err)
	assert.False(t, d.Allow)
}

func TestCacheCompilesOncePerVersionUnderConcurrency(t *testing.T) {
	e := newTestEngine(t)
	v := &Version{AccountID: "a1", Kind: KindPermissions, Version: 1, Source: stocktakePolicy}
	in := PermissionInput{Subject: user("OPERATOR", "stocktake"), Action: "device.read", Resource: device("a1")}

	var wg sync.WaitGroup
	for range 64 {
		wg.Go(func() {
			d, err := e.Authorize(context.Background(), v, in)
			assert.NoError(t, err)
			assert.True(t, d.Allow)
		})
	}
	wg.Wait()
	assert.Equal(t, int64(1), e.compiles.Load())

	v2 := *v
	v2.Version = 2
	_, err := e.Authorize(context.Background(), &v2, in)
	require.NoError(t, err)
	assert.Equal(t, int64(2), e.compiles.Load(), "a new version compiles anew")

	other := *v
	other.AccountID = "a2"
	_, err = e.Authorize(context.Background(), &other, in)
	require.NoError(t, err)
	assert.Equal(t, int64(3), e.compiles.Load(), "versions are per account")
}

func TestCacheIsBounded(t *testing.T) {
	e := newTestEngine(t, WithCacheSize(2))
	in := PermissionInput{Subject: user("OPERATOR", "stocktake"), Action: "device.read", Resource: device("a1")}
	for _, version := range []int{1, 2, 3, 1} {
		_, err := e.Authorize(context.Background(), &Version{AccountID: "a1", Kind: KindPermissions, Version: version, Source: stocktakePolicy}, in)
		require.NoError(t, err)
	}
	assert.Equal(t, int64(4), e.compiles.Load(), "version 1 was evicted by 3")
	assert.Equal(t, 2, e.cache.entries.Len())
}

func TestCacheDoesNotKeepACancelledWait(t *testing.T) {
	c := newPreparedCache(4)
	key := cacheKey{accountID: "a1", kind: KindPermissions, version: 1}
	started, release := make(chan struct{}), make(chan struct{})
	go func() {
		_, _ = c.get(context.Background(), key, func() (*Compiled, error) { close(started); <-release; return &Compiled{}, nil })
	}()
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := c.get(ctx, key, func() (*Compiled, error) { t.Fatal("compiled twice"); return nil, nil })
	require.ErrorIs(t, err, context.Canceled)
	close(release)
	got, err := c.get(context.Background(), key, func() (*Compiled, error) { t.Fatal("compiled twice"); return nil, nil })
	require.NoError(t, err)
	require.NotNil(t, got)

	failing := cacheKey{accountID: "a1", kind: KindPermissions, version: 2}
	_, err = c.get(context.Background(), failing, func() (*Compiled, error) { return nil, errors.New("transient") })
	require.Error(t, err)
	_, err = c.get(context.Background(), failing, func() (*Compiled, error) { return &Compiled{}, nil })
	require.NoError(t, err, "a transient failure is not cached")
}

func TestCheckAccountEmail(t *testing.T) {
	e := newTestEngine(t)
	ctx := context.Background()
	reasons, err := e.CheckAccountEmail(ctx, "counting@acme.example")
	require.NoError(t, err)
	assert.Empty(t, reasons)

	for _, email := range []string{"not-an-email", "admin@gmail.com", "jane.doe@acme.example", "admin@yahoo.co.jp"} {
		reasons, err := e.CheckAccountEmail(ctx, email)
		require.NoError(t, err)
		assert.Len(t, reasons, 1, email)
	}
}

func TestEvaluate(t *testing.T) {
	e := newTestEngine(t)
	ctx := context.Background()
	input := map[string]any{
		"subject":  map[string]any{"id": "u1", "kind": "user", "role": "ADMIN", "permissions": []any{}, "accountId": "a1"},
		"action":   "license.move",
		"resource": map[string]any{"type": "license", "id": "l1", "accountId": "a1"},
		"now":      "2026-11-22T10:00:00Z",
	}
	got, err := e.Evaluate(ctx, KindPermissions, nil, nil, input)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"allow": false, "deny": []string{"license.move needs the licenses:manage permission"}}, got,
		"the dry run shows the account policy alone, without the base")

	src := stocktakePolicy
	input["subject"].(map[string]any)["permissions"] = []any{"stocktake"}
	input["action"] = "device.read"
	got, err = e.Evaluate(ctx, KindPermissions, nil, &src, input)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"allow": true, "deny": []string{}}, got)

	bad := "package countthings.permissions\n\nallow if {\n"
	_, err = e.Evaluate(ctx, KindPermissions, nil, &bad, input)
	var invalid *InvalidError
	require.ErrorAs(t, err, &invalid)

	floating := map[string]any{
		"account":  map[string]any{"id": "a1", "type": "FLOATING"},
		"pools":    map[string]any{"FLOATING": map[string]any{"total": 1, "free": 1}},
		"holders":  []any{},
		"settings": map[string]any{"floatingIdleMinutes": 30},
	}
	got, err = e.Evaluate(ctx, KindFloating, nil, nil, floating)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"pool": "FLOATING", "reclaim": nil, "reason": "a FLOATING license is free"}, got)
}
