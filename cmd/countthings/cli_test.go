package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the command line as main does and returns the exit status, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := exitCode(run(context.Background(), args, &out, &errOut), &errOut)
	return code, out.String(), errOut.String()
}

func TestHelpExitsZeroOnEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"-h"}, {"--help"}, {"help"},
		{"serve", "-h"}, {"serve", "--help"},
		{"migrate", "-h"}, {"migrate", "--help"},
		{"support", "--help"}, {"support", "create", "-h"}, {"support", "create", "--help"},
		{"policy", "-h"}, {"policy", "test", "--help"}, {"policy", "test", "-h"},
		{"version", "-h"},
	} {
		code, out, errOut := runCLI(t, args...)
		assert.Equal(t, 0, code, "%v: %s", args, errOut)
		assert.Contains(t, out, "Usage", "%v prints its usage on stdout", args)
		assert.Empty(t, errOut, "%v", args)
	}
	_, out, _ := runCLI(t, "serve", "-h")
	assert.Contains(t, out, "-depth-limit")
	assert.Contains(t, out, "COUNTTHINGS_DEPTH_LIMIT")
}

func TestUsageErrorsExitTwoWithOneLine(t *testing.T) {
	for name, args := range map[string][]string{
		"no command":            nil,
		"unknown command":       {"frobnicate"},
		"unknown flag":          {"serve", "--no-such-flag"},
		"bad flag value":        {"serve", "--depth-limit", "abc"},
		"stray argument":        {"serve", "extra", "--addr", "127.0.0.1:1"},
		"migrate stray":         {"migrate", "now"},
		"support no subcommand": {"support"},
		"support unknown":       {"support", "delete"},
		"support no email":      {"support", "create"},
		"policy no subcommand":  {"policy"},
		"policy test no dir":    {"policy", "test"},
		"policy test two dirs":  {"policy", "test", "a", "b"},
		"version stray":         {"version", "x"},
		"--version stray":       {"--version", "x"},
		"bad log level":         {"migrate", "--log-level", "loud", "--database-url", "mysql://x"},
	} {
		t.Run(name, func(t *testing.T) {
			code, _, errOut := runCLI(t, args...)
			assert.Equal(t, 2, code, errOut)
			last := strings.TrimRight(errOut, "\n")
			if name == "no command" {
				// The overview, then the one-line error.
				last = last[strings.LastIndexByte(last, '\n')+1:]
			}
			assert.NotContains(t, last, "\n", "one line: %q", errOut)
			assert.True(t, strings.HasPrefix(last, "countthings: "), errOut)
		})
	}
	_, _, errOut := runCLI(t, "serve", "extra", "--addr", "127.0.0.1:1")
	assert.Contains(t, errOut, `unexpected argument "extra"`)
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, errOut := runCLI(t, args...)
		require.Equal(t, 0, code, errOut)
		assert.True(t, strings.HasPrefix(out, "countthings "), out)
		for _, want := range []string{"commit: ", "go: go1.", "opa: v1."} {
			assert.Contains(t, out, want)
		}
	}
}

func TestInvalidEnvironmentIsAStartError(t *testing.T) {
	for key, val := range map[string]string{
		"COUNTTHINGS_DEPTH_LIMIT":     "abc",
		"COUNTTHINGS_NO_MIGRATE":      "yes",
		"COUNTTHINGS_REQUEST_TIMEOUT": "30",
		"COUNTTHINGS_MAX_BODY_BYTES":  "-1",
	} {
		t.Run(key, func(t *testing.T) {
			t.Setenv(key, val)
			code, _, errOut := runCLI(t, "serve", "--addr", "127.0.0.1:1")
			assert.Equal(t, 2, code)
			assert.Contains(t, errOut, key+`="`+val+`"`)
		})
	}
	// The flag given explicitly wins over a bad environment value.
	t.Setenv("COUNTTHINGS_DEPTH_LIMIT", "abc")
	code, _, errOut := runCLI(t, "serve", "--depth-limit", "5", "--log-level", "loud")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--log-level", "the next problem, not the environment's")
}

func TestSupportEnvironmentNeedsBoth(t *testing.T) {
	t.Setenv("COUNTTHINGS_SUPPORT_EMAIL", "support@example.com")
	code, _, errOut := runCLI(t, "serve", "--addr", "127.0.0.1:1")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "COUNTTHINGS_SUPPORT_PASSWORD is not")
}

func TestDatabaseURLErrors(t *testing.T) {
	code, _, errOut := runCLI(t, "migrate", "--database-url", "mysql://x")
	assert.Equal(t, 1, code)
	for _, form := range []string{"postgres://", "postgresql://", "sqlite://", "unset"} {
		assert.Contains(t, errOut, form)
	}

	if os.Geteuid() == 0 {
		// root writes anywhere; a path under a regular file fails for everyone.
		f := filepath.Join(t.TempDir(), "plain")
		require.NoError(t, os.WriteFile(f, nil, 0o600))
		code, _, errOut = runCLI(t, "migrate", "--database-url", "sqlite://"+f+"/c.db")
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, f+"/c.db")
		assert.Contains(t, errOut, "not a directory")
		return
	}
	dir := filepath.Join(t.TempDir(), "ro")
	require.NoError(t, os.Mkdir(dir, 0o500))
	code, _, errOut = runCLI(t, "migrate", "--database-url", "sqlite://"+dir+"/c.db")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, dir+"/c.db")
	assert.Contains(t, errOut, "permission denied")
}
