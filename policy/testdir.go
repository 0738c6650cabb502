package policy

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/topdown/lineage"
)

// TestResult is the outcome of one `test_` rule.
type TestResult struct {
	Package  string
	Name     string
	File     string
	Line     int
	Pass     bool
	Skip     bool
	Message  string // for a failure or an error: what failed, where
	Duration time.Duration
}

// Results are the outcomes of a test run, in the runner's order.
type Results []TestResult

// Failed counts the tests that failed or erred.
func (rs Results) Failed() int {
	n := 0
	for _, r := range rs {
		if !r.Pass && !r.Skip {
			n++
		}
	}
	return n
}

// TestDir runs the Rego policies and their `*_test.rego` found under dir,
// offline, with the capabilities an account's policy gets in production.
func TestDir(ctx context.Context, dir string) (Results, error) {
	modules, store, err := tester.LoadWithRegoVersion([]string{dir}, nil, ast.RegoV1)
	if err != nil {
		return nil, fmt.Errorf("policy: load %s: %w", dir, err)
	}
	return runTests(ctx, modules, tester.NewRunner().SetStore(store))
}

// testCapabilities adds back what only the test runner itself calls.
var testCapabilities = func() *ast.Capabilities {
	caps := *restrictedCapabilities
	caps.Builtins = append(append([]*ast.Builtin{}, caps.Builtins...), ast.InternalTestCase)
	return &caps
}()

func runTests(ctx context.Context, modules map[string]*ast.Module, runner *tester.Runner) (Results, error) {
	compiler := ast.NewCompiler().
		WithCapabilities(testCapabilities).
		WithEnablePrintStatements(true).
		WithDefaultRegoVersion(ast.RegoV1)
	ch, err := runner.
		SetCompiler(compiler).
		SetDefaultRegoVersion(ast.RegoV1).
		SetTimeout(10*time.Second).
		EnableTracing(true).
		CapturePrintOutput(true).
		SetModules(modules).
		RunTests(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("policy: tests: %w", err)
	}
	var results Results
	for r := range ch {
		results = append(results, testResult(r))
	}
	slices.SortFunc(results, func(a, b TestResult) int { // the runner reports in completion order
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return results, nil
}

func testResult(r *tester.Result) TestResult {
	out := TestResult{Package: r.Package, Name: r.Name, Pass: r.Pass(), Skip: r.Skip, Duration: r.Duration}
	if r.Location != nil {
		out.File, out.Line = r.Location.File, r.Location.Row
	}
	var msg bytes.Buffer
	switch {
	case r.Error != nil:
		msg.WriteString(r.Error.Error())
	case r.Fail:
		msg.WriteString("FAIL")
		if fails := lineage.Fails(r.Trace); len(fails) > 0 {
			msg.WriteString("\n")
			topdown.PrettyTraceWithLocation(&msg, fails)
		}
	}
	if len(r.Output) > 0 && !out.Pass {
		msg.WriteString("\n")
		msg.Write(r.Output)
	}
	out.Message = msg.String()
	return out
}
