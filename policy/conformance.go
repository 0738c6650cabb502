package policy

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/open-policy-agent/opa/v1/topdown"
)

// Each kind's cases are in a directory of their own (data.json), so that OPA's loader puts
// them at data.conformance.permissions and data.conformance.floating instead of merging
// two arrays at data.conformance.
//
//go:embed conformance/permissions/data.json conformance/floating/data.json
var conformanceFiles embed.FS

type conformanceCase[T any] struct {
	Name  string `json:"name"`
	Input T      `json:"input"`
}

var (
	permissionCases = loadCases[PermissionInput]("conformance/permissions/data.json")
	floatingCases   = loadCases[FloatingInput]("conformance/floating/data.json")
)

func loadCases[T any](name string) []conformanceCase[T] {
	var cases []conformanceCase[T]
	if err := json.Unmarshal([]byte(mustReadFS(conformanceFiles, name)), &cases); err != nil {
		panic(fmt.Sprintf("policy: %s: %v", name, err)) // embedded at build time: a bug, not an input
	}
	return cases
}

// deniesQuery inspects `deny` as written, before the engine's query flattens it.
const deniesQuery = "deny := data.countthings.permissions.deny; is_a_set := is_set(deny); not_strings := count([x | some x in deny; not is_string(x)])"

// conform runs the shipped cases of c's kind and reports every malformed result.
// Each case is one evaluation within the engine's limits; the first case stopped by a bound
// ends the run (the policy is too costly), so a hostile draft costs one time limit.
func (e *Engine) conform(ctx context.Context, c *Compiled) []Problem {
	var problems []Problem
	add := func(name, format string, args ...any) {
		problems = append(problems, Problem{Message: fmt.Sprintf("conformance case %q: ", name) + fmt.Sprintf(format, args...)})
	}
	// failed records an evaluation's error and tells whether the run must stop.
	failed := func(name string, err error) bool {
		p := Problem{Message: fmt.Sprintf("conformance case %q: %v", name, err)}
		var le *LimitError
		var te *topdown.Error
		switch {
		case errors.As(err, &le):
			p.Line, p.Col = le.Line, le.Col
			p.Message = fmt.Sprintf("conformance case %q: the policy is too costly: %s", name, le.Reason)
		case errors.Is(err, context.DeadlineExceeded):
			p.Message = fmt.Sprintf("conformance case %q: the policy is too costly: %v", name, err)
		case errors.As(err, &te) && te.Location != nil:
			p.Line, p.Col = te.Location.Row, te.Location.Col
		}
		problems = append(problems, p)
		return le != nil || errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil
	}
	switch c.Kind {
	case KindPermissions:
		denies, _, _, err := prepare(ctx, deniesQuery, c.module)
		if err != nil {
			return invalidFrom(err).Problems
		}
		for _, tc := range permissionCases {
			input, err := tc.Input.value()
			if err != nil {
				add(tc.Name, "%v", err)
				continue
			}
			rs, err := e.eval(ctx, c.query, input)
			if err != nil {
				if failed(tc.Name, err) {
					return problems
				}
				continue
			}
			if len(rs) == 0 {
				add(tc.Name, "allow is undefined: declare `default allow := false`")
				continue
			}
			if _, ok := rs[0].Bindings["allow"].(bool); !ok {
				add(tc.Name, "allow must be true or false, not %v", rs[0].Bindings["allow"])
			}
			rs, err = e.eval(ctx, denies, input)
			switch {
			case err != nil:
				if failed(tc.Name, err) {
					return problems
				}
			case len(rs) == 0: // deny is optional
			case rs[0].Bindings["is_a_set"] != true:
				add(tc.Name, "deny must be a set of strings (`deny contains reason if …`)")
			case rs[0].Bindings["not_strings"] != json.Number("0"):
				add(tc.Name, "every deny reason must be a string")
			}
		}
	case KindFloating:
		for _, tc := range floatingCases {
			rs, err := e.eval(ctx, c.query, tc.Input.value())
			if err != nil {
				if failed(tc.Name, err) {
					return problems
				}
				continue
			}
			if len(rs) == 0 {
				add(tc.Name, "decision is undefined: give it a default")
				continue
			}
			if _, err := validateDecision(rs[0].Bindings["decision"], tc.Input); err != nil {
				add(tc.Name, "%v", err)
			}
		}
	}
	return problems
}

func mustReadFS(fs embed.FS, name string) string {
	b, err := fs.ReadFile(name)
	if err != nil {
		panic("policy: embedded file missing: " + name)
	}
	return string(b)
}
