package policy

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/stretchr/testify/require"
)

// The shipped tree runs as one, as `countthings policy test policy/` and `opa test policy/`
// run it: every package apart (the presets included), the conformance cases at
// data.conformance.<kind>.
func TestShippedRegoTests(t *testing.T) {
	results, err := TestDir(context.Background(), ".")
	require.NoError(t, err)
	tests := 0
	for _, file := range shippedRegoFiles(t) {
		for _, rule := range parseFile(t, file).Rules {
			if strings.HasPrefix(rule.Head.Name.String(), tester.TestPrefix) {
				tests++
			}
		}
	}
	require.NotZero(t, tests)
	require.Len(t, results, tests, "every test_ rule runs")
	for _, r := range results {
		if !r.Pass {
			t.Errorf("%s:%d %s.%s: %s", r.File, r.Line, r.Package, r.Name, r.Message)
		}
	}
}

// shippedRegoFiles are the .rego files under policy/.
func shippedRegoFiles(t *testing.T) []string {
	var files []string
	require.NoError(t, filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".rego") {
			files = append(files, path)
		}
		return err
	}))
	require.NotEmpty(t, files)
	return files
}

func TestEveryShippedRegoFileIsTestedAndFormatted(t *testing.T) {
	for _, file := range shippedRegoFiles(t) {
		if !strings.HasSuffix(file, "_test.rego") {
			_, err := os.Stat(strings.TrimSuffix(file, ".rego") + "_test.rego")
			require.NoError(t, err, "%s has no test file beside it", file)
		}
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		formatted, err := format.SourceWithOpts(file, src, format.Opts{RegoVersion: ast.RegoV1})
		require.NoError(t, err)
		require.Equal(t, string(formatted), string(src), "%s is not `opa fmt` formatted", file)
	}
}

// Each preset is its own package in the repository and package countthings.floating as an
// account's policy, the rest of its source unchanged.
func TestPresetSourcesAreTheFloatingPackage(t *testing.T) {
	for _, p := range Presets() {
		src, ok := PresetSource(p.Name)
		require.True(t, ok)
		module, err := ast.ParseModuleWithOpts(p.file, src, ast.ParserOptions{RegoVersion: ast.RegoV1})
		require.NoError(t, err)
		require.Equal(t, "data.countthings.floating", module.Package.Path.String(), p.Name)
		file := parseFile(t, p.file)
		require.Equal(t, "data.countthings.presets."+strings.TrimSuffix(filepath.Base(p.file), ".rego"), file.Package.Path.String())
		raw, err := os.ReadFile(p.file)
		require.NoError(t, err)
		require.Equal(t, strings.Count(string(raw), "\n"), strings.Count(src, "\n"), "the lines of a problem are the file's")
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
