package policy

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompileAcceptsTheShippedPolicies(t *testing.T) {
	e := newTestEngine(t)
	_, err := e.Compile(context.Background(), KindPermissions, DefaultSource(KindPermissions))
	require.NoError(t, err)
	for _, p := range Presets() {
		src, ok := PresetSource(p.Name)
		require.True(t, ok)
		_, err := e.Compile(context.Background(), KindFloating, src)
		require.NoError(t, err, p.Name)
	}
	assert.Equal(t, "idle-longest", Presets()[0].Name)
	assert.True(t, Presets()[0].Default)
	assert.Equal(t, DefaultSource(KindFloating), func() string { s, _ := PresetSource("idle-longest"); return s }())
	_, ok := PresetSource("nope")
	assert.False(t, ok)
}

func TestCompileRefuses(t *testing.T) {
	e := newTestEngine(t, WithEvalTimeout(100*time.Millisecond), WithMaxSourceSize(4<<10))
	tests := []struct {
		name    string
		kind    Kind
		source  string
		line    int
		message string
	}{
		{"a syntax error", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\tinput.action ==\n}\n", 7, "unexpected"},
		{"the wrong package", KindPermissions, "package countthings.base\n\ndefault allow := false\n", 1, "the package must be countthings.permissions, not countthings.base"},
		{"a floating package for permissions", KindPermissions, DefaultSource(KindFloating), 3, "the package must be countthings.permissions"},
		{"http.send", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if http.send({\"method\": \"GET\", \"url\": \"https://example.com\"}).status_code == 200\n", 5, "http.send"},
		{"net.lookup_ip_addr", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if count(net.lookup_ip_addr(\"example.com\")) > 0\n", 5, "net.lookup_ip_addr"},
		{"opa.runtime", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if opa.runtime().env.ALLOW == \"1\"\n", 5, "opa.runtime"},
		{"time.now_ns", KindFloating, "package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": sprintf(\"%d\", [time.now_ns()])}\n", 3, "time.now_ns"},
		{"rand.intn", KindPermissions, "package countthings.permissions\n\nallow if rand.intn(\"x\", 2) == 1\n", 3, "rand.intn"},
		{"trace", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if trace(\"x\")\n", 5, "trace"},
		{"importing the base", KindPermissions, "package countthings.permissions\n\nimport data.countthings.base\n\ndefault allow := false\n\nallow if base.verdict == \"allow\"\n", 3, "import data.countthings.base is not allowed"},
		{"reading another document", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if data.countthings.floating.decision\n", 5, "data.countthings.floating.decision is not allowed"},
		{"reading the data root", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if data[\"system\"]\n", 5, "is not allowed"},
		{"a huge comprehension", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if count([x | some x in numbers.range(1, 100000000)]) > 0\n", 5, "too costly: numbers.range"},
		{"an endless evaluation", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\nallow if {\n\ts := concat(\"\", [x | some i in numbers.range(1, 20000); x := \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"])\n\tevery i in numbers.range(1, 1000000) { i > 0; crypto.sha256(s) != \"\" }\n}\n", 0, "too costly: evaluation took longer than 100ms"},
		{"an oversize source", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n" + strings.Repeat("# padding\n", 500), 0, "the limit is 4096"},
		{"an empty source", KindPermissions, "", 0, ""},
		{"a permissions policy without default allow", KindPermissions, "package countthings.permissions\n\nallow if input.action == \"device.read\"\n", 0, "allow is undefined"},
		{"a non-boolean allow", KindPermissions, "package countthings.permissions\n\nallow := input.action\n", 0, "allow must be true or false"},
		{"deny as an array", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\ndeny := [\"no\"]\n", 0, "deny must be a set of strings"},
		{"deny with a number", KindPermissions, "package countthings.permissions\n\ndefault allow := false\n\ndeny contains 42 if true\n", 0, "every deny reason must be a string"},
		{"a decision of the wrong shape", KindFloating, "package countthings.floating\n\ndecision := {\"pool\": \"FLOATING\"}\n", 0, "exactly the keys pool, reclaim and reason"},
		{"a decision naming a stranger", KindFloating, "package countthings.floating\n\ndecision := {\"pool\": \"FLOATING\", \"reclaim\": \"d9\", \"reason\": \"x\"}\n", 0, "holds no license"},
		{"an undefined decision", KindFloating, "package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": \"x\"} if input.nothing\n", 0, "decision is undefined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.Compile(context.Background(), tt.kind, tt.source)
			var invalid *InvalidError
			require.ErrorAs(t, err, &invalid)
			require.NotEmpty(t, invalid.Problems)
			assert.Contains(t, err.Error(), tt.message)
			if tt.line > 0 {
				assert.Equal(t, tt.line, invalid.Problems[0].Line, err.Error())
				assert.Contains(t, err.Error(), "line "+strconv.Itoa(tt.line))
			}
		})
	}
}

func TestCompileAcceptsAnAccountsOwnPolicy(t *testing.T) {
	e := newTestEngine(t)
	c, err := e.Compile(context.Background(), KindPermissions, stocktakePolicy)
	require.NoError(t, err)
	assert.Equal(t, KindPermissions, c.Kind)

	imports := "package countthings.permissions\n\nimport data.countthings.permissions.helpers\nimport input.subject\nimport rego.v1\n\ndefault allow := false\n\nallow if subject.role == \"OPERATOR\"\n"
	_, err = e.Compile(context.Background(), KindPermissions, imports)
	require.NoError(t, err)
}

func TestRestrictedCapabilities(t *testing.T) {
	kept := map[string]bool{}
	for _, b := range restrictedCapabilities.Builtins {
		kept[b.Name] = true
	}
	for _, name := range []string{"http.send", "net.lookup_ip_addr", "net.cidr_contains", "opa.runtime", "trace", "rand.intn",
		"time.now_ns", "uuid.rfc4122", "io.jwt.decode_verify", "io.jwt.encode_sign", "crypto.x509.parse_and_verify_certificates",
		"json.match_schema", "providers.aws.sign_req", "rego.parse_module"} {
		assert.False(t, kept[name], name)
	}
	for _, name := range []string{"sprintf", "regex.match", "time.parse_rfc3339_ns", "object.get", "numbers.range", "io.jwt.decode", "internal.print"} {
		assert.True(t, kept[name], name)
	}
	assert.NotNil(t, restrictedCapabilities.AllowNet)
	assert.Empty(t, restrictedCapabilities.AllowNet)
}
