package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
	"github.com/countthings/countthings/policy"
)

// runCLIWithInput is runCLI with standard input.
func runCLIWithInput(t *testing.T, in string, args ...string) (int, string, string) {
	t.Helper()
	old := stdin
	stdin = strings.NewReader(in)
	defer func() { stdin = old }()
	var out, errOut bytes.Buffer
	code := exitCode(run(context.Background(), args, &out, &errOut), &errOut)
	return code, out.String(), errOut.String()
}

// A PERMISSIONS policy with two problems, each at a known line: reads of other documents
// (lines 5 and 7).
const badPermissions = `package countthings.permissions

default allow := false

allow if data.countthings.secrets.x == 1

allow if data.countthings.base.verdict == "allow"
`

// A PERMISSIONS policy whose allow is not a boolean on the conformance cases.
const nonConforming = `package countthings.permissions

allow := "yes"
`

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(src), 0o600))
	return path
}

func TestPolicyCheck(t *testing.T) {
	// The shipped defaults pass, the presets as an account's policy (package countthings.floating) too.
	code, out, errOut := runCLI(t, "policy", "check", "--kind", "PERMISSIONS", filepath.Join("..", "..", "policy", "permissions.rego"))
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "a valid PERMISSIONS policy")
	for _, p := range policy.Presets() {
		src, _ := policy.PresetSource(p.Name)
		code, _, errOut := runCLI(t, "policy", "check", "--kind", "FLOATING", writeFile(t, p.Name+".rego", src))
		require.Equal(t, 0, code, "%s: %s", p.Name, errOut)
	}

	// The problems of updatePolicy, with their lines, exit status 1.
	bad := writeFile(t, "bad.rego", badPermissions)
	code, out, errOut = runCLI(t, "policy", "check", "--kind", "PERMISSIONS", bad)
	assert.Equal(t, 1, code)
	assert.Regexp(t, `(?m)^`+regexpQuote(bad)+`:5:\d+: .*data\.countthings\.secrets`, out)
	assert.Regexp(t, `(?m)^`+regexpQuote(bad)+`:7:\d+: .*data\.countthings\.base`, out)
	assert.Contains(t, errOut, "the policy is invalid (2 problems)")

	// The conformance cases run, too.
	code, out, _ = runCLI(t, "policy", "check", "--kind", "PERMISSIONS", writeFile(t, "nc.rego", nonConforming))
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "conformance case")
	// The kind's package.
	code, out, _ = runCLI(t, "policy", "check", "--kind", "FLOATING", filepath.Join("..", "..", "policy", "permissions.rego"))
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "the package must be countthings.floating")

	// Usage errors: exit status 2, one line.
	for name, args := range map[string][]string{
		"no kind":      {"policy", "check", bad},
		"bad kind":     {"policy", "check", "--kind", "OTHER", bad},
		"no file":      {"policy", "check", "--kind", "PERMISSIONS"},
		"two files":    {"policy", "check", "--kind", "PERMISSIONS", bad, bad},
		"pull server":  {"policy", "pull", "--kind", "PERMISSIONS", "--token", "t"},
		"pull token":   {"policy", "pull", "--kind", "PERMISSIONS", "--server", "http://127.0.0.1:1"},
		"push kind":    {"policy", "push", "--server", "http://127.0.0.1:1", "--token", "t"},
		"push scheme":  {"policy", "push", "--kind", "FLOATING", "--server", "127.0.0.1:1", "--token", "t"},
		"pull a stray": {"policy", "pull", "--kind", "FLOATING", "--server", "http://127.0.0.1:1", "--token", "t", "x"},
	} {
		code, _, errOut := runCLI(t, args...)
		assert.Equal(t, 2, code, "%s: %s", name, errOut)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "%s: one line: %q", name, errOut)
	}
	for _, sub := range []string{"check", "pull", "push"} {
		code, out, _ := runCLI(t, "policy", sub, "-h")
		assert.Equal(t, 0, code)
		assert.Contains(t, out, "Usage: countthings policy "+sub)
	}
}

func regexpQuote(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// pull and push by API token against a running server: push activates like updatePolicy, or
// prints updatePolicy's problems with the lines `policy check` prints, and changes nothing.
func TestPolicyPullAndPush(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{})
	admin := env.Token(t, acct.Admin, 0)
	var created struct {
		CreateApiToken struct{ Token string } `json:"createApiToken"`
	}
	env.MustDo(t, admin, `mutation { createApiToken(name: "policy git", permissions: ["policies:manage", "devices:read"]) { token } }`, nil, &created)
	token := created.CreateApiToken.Token
	remote := []string{"--server", env.URL, "--token", token}

	// pull: the shipped default, to stdout and to a file.
	code, out, errOut := runCLI(t, append([]string{"policy", "pull", "--kind", "PERMISSIONS"}, remote...)...)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, policy.DefaultSource(policy.KindPermissions), out)
	file := filepath.Join(t.TempDir(), "permissions.rego")
	code, out, errOut = runCLI(t, append([]string{"policy", "pull", "--kind", "PERMISSIONS", "--file", file}, remote...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "version 1 of the PERMISSIONS policy")
	pulled, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, policy.DefaultSource(policy.KindPermissions), string(pulled))

	// push: an edited file becomes the active version; pull gives it back.
	edited := string(pulled) + "\n# kept in the company's git\n"
	require.NoError(t, os.WriteFile(file, []byte(edited), 0o600))
	code, out, errOut = runCLI(t, append([]string{"policy", "push", "--kind", "PERMISSIONS", "--file", file}, remote...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "version 2 of the PERMISSIONS policy is active")
	code, out, _ = runCLI(t, append([]string{"policy", "pull", "--kind", "PERMISSIONS"}, remote...)...)
	require.Equal(t, 0, code)
	assert.Equal(t, edited, out)

	// push from standard input.
	code, out, errOut = runCLIWithInput(t, string(pulled), append([]string{"policy", "push", "--kind", "PERMISSIONS"}, remote...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "<stdin>: version 3 of the PERMISSIONS policy is active")

	// A refused push prints the problems with their lines, exactly as policy check does, exits 1,
	// and changes nothing.
	bad := writeFile(t, "bad.rego", badPermissions)
	code, pushed, errOut := runCLI(t, append([]string{"policy", "push", "--kind", "PERMISSIONS", "--file", bad}, remote...)...)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "the policy is invalid (2 problems)")
	_, checked, _ := runCLI(t, "policy", "check", "--kind", "PERMISSIONS", bad)
	assert.Equal(t, checked, pushed, "push and check report the same problems at the same lines")
	assert.Contains(t, pushed, bad+":5:")
	code, out, _ = runCLI(t, append([]string{"policy", "pull", "--kind", "PERMISSIONS"}, remote...)...)
	require.Equal(t, 0, code)
	assert.Equal(t, string(pulled), out, "nothing changed")

	// A token without policies:manage: FORBIDDEN, exit status 1.
	var weak struct {
		CreateApiToken struct{ Token string } `json:"createApiToken"`
	}
	env.MustDo(t, admin, `mutation { createApiToken(name: "reader", permissions: ["devices:read"]) { token } }`, nil, &weak)
	code, _, errOut = runCLI(t, "policy", "pull", "--kind", "FLOATING", "--server", env.URL, "--token", weak.CreateApiToken.Token)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "(FORBIDDEN)")
	// A wrong token: UNAUTHENTICATED.
	code, _, errOut = runCLI(t, "policy", "push", "--kind", "FLOATING", "--file", file, "--server", env.URL+"/graphql", "--token", "ct_wrong")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "(UNAUTHENTICATED)", errOut)
	// The token from the environment.
	t.Setenv("COUNTTHINGS_TOKEN", token)
	t.Setenv("COUNTTHINGS_SERVER", env.URL)
	code, out, errOut = runCLI(t, "policy", "pull", "--kind", "FLOATING")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, policy.DefaultSource(policy.KindFloating), out, fmt.Sprintf("%.80s", out))
}
