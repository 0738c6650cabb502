package policy

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// regoDecision is what rego's own prepared queries answer for in, the way the engine
// read them before it evaluated programs: the reference the programs must match.
func regoDecision(t *testing.T, e *Engine, custom *Version, in PermissionInput) (Decision, error) {
	t.Helper()
	ctx := context.Background()
	iv, err := in.value()
	require.NoError(t, err)
	baseModule, err := ast.ParseModuleWithOpts("base.rego", mustRead("base.rego"), ast.ParserOptions{RegoVersion: ast.RegoV1})
	require.NoError(t, err)
	base, _, _, err := prepare(ctx, "verdict := data.countthings.base.verdict; deny := [r | some r in data.countthings.base.deny]", baseModule)
	require.NoError(t, err)
	rs, err := base.Eval(ctx, rego.EvalParsedInput(iv))
	require.NoError(t, err)
	switch rs[0].Bindings["verdict"] {
	case "allow":
		return Decision{Allow: true}, nil
	case "deny":
		return Decision{Deny: reasons(rs[0].Bindings["deny"])}, nil
	}
	compiled, err := e.compiledFor(ctx, KindPermissions, custom)
	if err != nil {
		return refused("the account's permissions policy failed"), err
	}
	rs, err = compiled.query.Eval(ctx, rego.EvalParsedInput(iv))
	if err != nil || len(rs) == 0 {
		return refused("the account's permissions policy failed"), fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), orUndefined(err))
	}
	allow, ok := rs[0].Bindings["allow"].(bool)
	if !ok {
		return refused("the account's permissions policy failed"),
			fmt.Errorf("policy: %s: allow is %v, not a boolean", describe(KindPermissions, custom), rs[0].Bindings["allow"])
	}
	d := Decision{Allow: allow}
	if !allow {
		d.Deny = reasons(rs[0].Bindings["deny"])
		if len(d.Deny) == 0 {
			d.Deny = []string{"the account's policy does not allow " + in.Action}
		}
	}
	return d, nil
}

// The engine evaluates programs straight with topdown; its decisions, reasons (and their
// order) and errors are those of rego's prepared queries on the same policies.
func TestAuthorizeDecidesAsRegoEvaluates(t *testing.T) {
	e := newTestEngine(t, WithoutDecisionMemo())
	head := "package countthings.permissions\n\ndefault allow := false\n\nallow if \"stocktake\" in input.subject.permissions\n\n"
	customs := []*Version{nil}
	for i, body := range []string{
		`deny contains "b: ask your admin" if not allow
deny contains "a: or SUPPORT" if not allow`,
		`deny contains 42 if not allow
deny contains {"why": "no"} if not allow
deny contains "c" if not allow`,
		`deny := ["second", "first"] if not allow`,
		`deny := {"k1": "v1", "k0": "v0"} if not allow`,
		`deny := "not a collection" if not allow`,
		`deny contains to_number(input.subject.email) if input.action # fails, even when allow is true`,
		``,
	} {
		customs = append(customs, &Version{AccountID: "a1", Kind: KindPermissions, Version: i + 1, Source: head + body + "\n"})
	}
	customs = append(customs,
		&Version{AccountID: "a1", Kind: KindPermissions, Version: 100, Source: "package countthings.permissions\n\nallow := \"yes\"\n"},
		&Version{AccountID: "a1", Kind: KindPermissions, Version: 101, Source: "package countthings.permissions\n\nallow := {\"a\": [1, 2.5]}\n"},
		&Version{AccountID: "a1", Kind: KindPermissions, Version: 102, Source: "package countthings.permissions\n\nallow if input.nothing\n"},
		// allow fails when it is asked (evaluated with the base layer at once: the error is
		// the account policy's, and only when the base defers).
		&Version{AccountID: "a1", Kind: KindPermissions, Version: 103, Source: "package countthings.permissions\n\ndefault allow := false\n\nallow if to_number(input.subject.email) > 0\n"},
		// A constant rule (constantRules), read as it is and replaced by `with`.
		&Version{AccountID: "a1", Kind: KindPermissions, Version: 104, Source: `package countthings.permissions

granted := {"count": {"device.login"}}

default allow := false

allow if {
	some p in input.subject.permissions
	input.action in granted[p] with data.countthings.permissions.granted as {"stocktake": {"device.read"}}
}

allow if {
	some p in input.subject.permissions
	input.action in granted[p]
}
`},
	)
	disabled := user("OPERATOR", "count")
	disabled.Disabled = true
	subjects := []Subject{user("ADMIN"), user("OPERATOR"), user("OPERATOR", "count", "devices:read"), user("OPERATOR", "stocktake"), user("SUPPORT"), disabled}
	actions := []string{"device.read", "device.login", "account.create", "user.read", "apitoken.create"}
	resources := []map[string]any{device("a1"), device("a2"), {"type": "user", "id": "u1", "accountId": "a1"}, nil}
	for _, v := range customs {
		for _, s := range subjects {
			for _, a := range actions {
				for _, r := range resources {
					in := PermissionInput{Subject: s, Action: a, Resource: r, Now: testNow}
					want, wantErr := regoDecision(t, e, v, in)
					got, err := e.Authorize(context.Background(), v, in)
					assert.Equal(t, want, got, "%v %+v", v, in)
					if wantErr == nil {
						assert.NoError(t, err)
					} else {
						assert.EqualError(t, err, wantErr.Error())
					}
				}
			}
		}
	}
}

func TestVirtualCache(t *testing.T) {
	ref := func(s string) ast.Ref { return ast.MustParseRef(s) }
	var c virtualCache
	c.reset()
	v, undefined := c.Get(ref("data.p.a"))
	assert.Nil(t, v)
	assert.False(t, undefined, "not cached")

	one := ast.InternedTerm(1)
	buf := ref("data.p.a")
	c.Put(buf, one)
	buf[2] = ast.StringTerm("z") // topdown reuses its buffers: the entry keeps its own copy
	v, undefined = c.Get(ref("data.p.a"))
	assert.Equal(t, one, v)
	assert.False(t, undefined)
	v, _ = c.Get(ref("data.p.z"))
	assert.Nil(t, v)

	c.Put(ref("data.p.b"), nil)
	v, undefined = c.Get(ref("data.p.b"))
	assert.Nil(t, v)
	assert.True(t, undefined)
	c.Put(ref("data.p.b"), one)
	_, undefined = c.Get(ref("data.p.b"))
	assert.True(t, undefined, "undefined, once recorded, stays (as in topdown's cache)")

	c.Push() // a `with`: a new, empty frame
	v, undefined = c.Get(ref("data.p.a"))
	assert.Nil(t, v)
	assert.False(t, undefined)
	for i := range 3 * linearEntries { // past the linear scan: the index answers
		c.Put(ref(fmt.Sprintf("data.p.r%d", i)), ast.InternedTerm(i))
	}
	for i := range 3 * linearEntries {
		v, _ := c.Get(ref(fmt.Sprintf("data.p.r%d", i)))
		require.Equal(t, ast.InternedTerm(i), v, i)
	}
	c.Put(ref("data.p.a"), ast.InternedTerm(2))
	v, _ = c.Get(ref("data.p.a"))
	assert.Equal(t, ast.InternedTerm(2), v)
	assert.Len(t, c.Keys(), 3*linearEntries+1)
	c.Pop()
	v, _ = c.Get(ref("data.p.a"))
	assert.Equal(t, one, v, "the outer frame is as it was")
	v, _ = c.Get(ref("data.p.r1"))
	assert.Nil(t, v)
	assert.Equal(t, []ast.Ref{ref("data.p.a"), ref("data.p.b")}, c.Keys(), "b has a value, though undefined answers for it (as in topdown's)")
}

func TestBaseCache(t *testing.T) {
	var c baseCache
	assert.Nil(t, c.Get(ast.MustParseRef("data.x")))
	c.Put(ast.MustParseRef("data.x"), ast.MustParseTerm(`{"y": {"z": 1}}`).Value)
	assert.Equal(t, ast.Number("1"), c.Get(ast.MustParseRef("data.x.y.z")))
	assert.Nil(t, c.Get(ast.MustParseRef("data.x.q")))
	assert.Nil(t, c.Get(ast.MustParseRef("data.w")))
}

// A PERMISSIONS policy whose deny rules all start with `not allow` is asked allow alone
// when allow is true; any other shape of deny is evaluated in full.
func TestDenyWaitsForAllow(t *testing.T) {
	e := &Engine{maxSourceSize: 1 << 20}
	head := "package countthings.permissions\n\ndefault allow := false\n\nallow if input.x\n\n"
	for src, want := range map[string]bool{
		DefaultSource(KindPermissions):        true,
		stocktakePolicy:                       true,
		head:                                  true,
		head + "deny contains 1 if input.y\n": false,
		head + "deny contains 1 if { not allow; input.y }\n":                 true,
		head + "deny contains 1 if { input.y; not allow }\n":                 false,
		head + "deny contains 1 if { not allow with input as {} }\n":         false,
		head + "deny := [1] if not allow\n":                                  true,
		head + "deny := [1] if not allow else := [2]\n":                      false,
		head + "deny := [1] if not allow else := [2] if not allow\n":         true,
		head + "default deny := []\n\ndeny := [1] if not allow\n":            false,
		head + "deny.x contains 1 if not allow\n":                            true,
		head + "deny.x contains 1 if input.z\n":                              false,
		head + "import input.y as allow\n\ndeny contains 1 if not allow\n":   false,
		head + "deny contains 1 if not data.countthings.permissions.allow\n": true,
		head + "deny contains 1 if not allow2\n\nallow2 := false\n":          false,
	} {
		c, err := e.compile(context.Background(), KindPermissions, src)
		require.NoError(t, err, src)
		if got := c.allowOnly != nil; got != want {
			t.Errorf("%s: got %v", src, got)
		}
	}
}

// An evaluation stops when the caller's context ends, not only at the engine's limit;
// the next evaluations are not affected.
func TestAuthorizeStopsWhenTheCallerGivesUp(t *testing.T) {
	e := newTestEngine(t, WithEvalTimeout(time.Minute), WithoutDecisionMemo())
	slow := &Version{AccountID: "a1", Kind: KindPermissions, Version: 1,
		Source: "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\ts := concat(\"\", [x | some i in numbers.range(1, 20000); x := \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"])\n\tevery i in numbers.range(1, 1000000) { i > 0; crypto.sha256(s) != \"\" }\n}\n"}
	in := PermissionInput{Subject: user("OPERATOR", "count"), Action: "device.login", Resource: device("a1"), Now: testNow}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	d, err := e.Authorize(ctx, slow, in)
	require.Error(t, err)
	assert.False(t, d.Allow)
	assert.NotErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 20*time.Second)

	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = e.Authorize(ctx, slow, in)
	assert.ErrorIs(t, err, context.DeadlineExceeded)

	for range 3 {
		d, err = e.Authorize(context.Background(), nil, in)
		require.NoError(t, err)
		assert.True(t, d.Allow)
	}
}

// Constant rules are found (and only they): their values go into each evaluation's cache.
func TestConstantRules(t *testing.T) {
	e := newTestEngine(t)
	found := func(c *Compiled) []string {
		var refs []string
		for _, k := range c.decision.constants {
			refs = append(refs, k.ref.String())
		}
		return refs
	}
	assert.ElementsMatch(t, []string{"data.countthings.base.support_only_actions", "data.countthings.permissions.actions_granted_by"}, found(e.permissions))
	c, err := e.Compile(context.Background(), KindPermissions, `package countthings.permissions

default allow := false

allow if input.x

one := {"a": [1, 2]}

two := 2 if input.y

three := 3

three := 3 if input.z

four := input.w

five := 5 if false else := 6

six.seven := 7

f(x) := 1

eight := [x | some x in [1, 2]]
`)
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"data.countthings.base.support_only_actions", "data.countthings.permissions.one"}, found(c))
}
