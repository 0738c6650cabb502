package policy

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/stretchr/testify/require"
)

// shippedTestGroups are the shipped policies with their tests; the floating
// presets share a package, so each runs apart from the others.
var shippedTestGroups = map[string][]string{
	"base":                {"base.rego", "base_test.rego"},
	"permissions":         {"permissions.rego", "permissions_test.rego"},
	"accountemail":        {"accountemail.rego", "accountemail_test.rego"},
	"pools":               {"pools.rego", "pools_test.rego"},
	"idle-longest":        {"floating/idle_longest.rego", "floating/idle_longest_test.rego", "pools.rego"},
	"never-reclaim":       {"floating/never_reclaim.rego", "floating/never_reclaim_test.rego", "pools.rego"},
	"permission-priority": {"floating/permission_priority.rego", "floating/permission_priority_test.rego", "pools.rego"},
}

func TestShippedRegoTests(t *testing.T) {
	for name, files := range shippedTestGroups {
		t.Run(name, func(t *testing.T) {
			modules := map[string]*ast.Module{}
			tests := 0
			for _, file := range files {
				modules[file] = parseFile(t, file)
				for _, rule := range modules[file].Rules {
					if strings.HasPrefix(rule.Head.Name.String(), tester.TestPrefix) {
						tests++
					}
				}
			}
			results, err := runTests(context.Background(), modules, tester.NewRunner())
			require.NoError(t, err)
			require.Len(t, results, tests, "every test_ rule runs")
			require.NotZero(t, tests)
			for _, r := range results {
				if !r.Pass {
					t.Errorf("%s:%d %s.%s: %s", r.File, r.Line, r.Package, r.Name, r.Message)
				}
			}
		})
	}
}

func TestEveryShippedRegoFileIsTestedAndFormatted(t *testing.T) {
	grouped := map[string]bool{}
	for _, files := range shippedTestGroups {
		for _, f := range files {
			grouped[f] = true
		}
	}
	matches, err := filepath.Glob("*.rego")
	require.NoError(t, err)
	more, err := filepath.Glob("floating/*.rego")
	require.NoError(t, err)
	for _, file := range append(matches, more...) {
		require.True(t, grouped[file], "%s is in no test group", file)
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		formatted, err := format.SourceWithOpts(file, src, format.Opts{RegoVersion: ast.RegoV1})
		require.NoError(t, err)
		require.Equal(t, string(formatted), string(src), "%s is not `opa fmt` formatted", file)
	}
}

func TestTestDirReportsPassesAndFailures(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o600))
	}
	write("policy.rego", "package countthings.permissions\n\ndefault allow := false\n\nallow if \"count\" in input.subject.permissions\n")
	write("policy_test.rego", `package countthings.permissions_test

import data.countthings.permissions

test_count_allows if permissions.allow with input as {"subject": {"permissions": ["count"]}}

test_wrong_expectation if permissions.allow with input as {"subject": {"permissions": []}}
`)
	results, err := TestDir(context.Background(), dir)
	require.NoError(t, err)
	require.Len(t, results, 2)
	require.Equal(t, 1, results.Failed())
	require.True(t, results[0].Pass)
	require.Equal(t, "test_count_allows", results[0].Name[len(results[0].Name)-len("test_count_allows"):])
	require.False(t, results[1].Pass)
	require.Equal(t, 7, results[1].Line)
	require.Contains(t, results[1].Message, "FAIL")
}

func TestTestDirUsesTheRestrictedCapabilities(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.rego"), []byte(
		"package countthings.permissions\n\nallow if http.send({\"method\": \"GET\", \"url\": \"http://example.com\"}).status_code == 200\n"), 0o600))
	_, err := TestDir(context.Background(), dir)
	require.ErrorContains(t, err, "http.send")
}

func parseFile(t testing.TB, file string) *ast.Module {
	t.Helper()
	src, err := os.ReadFile(file)
	require.NoError(t, err)
	module, err := ast.ParseModuleWithOpts(file, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1})
	require.NoError(t, err)
	return module
}
