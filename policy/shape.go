package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"
)

// Bounds on the shape of an account's policy, checked after parsing and before OPA compiles
// it: the compiler's work grows faster than the source with deep nesting, long expressions
// and long rule chains (a 34 KB policy of nested `every` took a minute to refuse), so the
// byte limit alone does not bound it. Real policies stay far below these.
const (
	maxNesting = 32
	maxNodes   = 40000
	maxRules   = 1000
)

// checkShape refuses a module nested too deeply or too large to compile cheaply.
func checkShape(m *ast.Module) *InvalidError {
	if len(m.Rules) > maxRules {
		return invalid("the policy has %d rules; the limit is %d", len(m.Rules), maxRules)
	}
	var depth, deepest, nodes int
	var deepAt *ast.Location
	ast.NewBeforeAfterVisitor(func(x any) bool {
		nodes++
		depth++
		if depth > deepest {
			deepest = depth
			if n, ok := x.(ast.Node); ok && n.Loc() != nil {
				deepAt = n.Loc()
			}
		}
		// Stop walking once over a limit: the answer is known.
		return nodes > maxNodes || depth > 4*maxNesting
	}, func(any) { depth-- }).Walk(m)
	if nodes > maxNodes {
		return invalid("the policy is too large to compile: more than %d expressions and terms; split or simplify it", maxNodes)
	}
	// Each level of the policy is a few levels of the syntax tree (rule, body, expression, term).
	if deepest > 4*maxNesting {
		err := invalid("the policy nests too deeply (more than %d levels); flatten it with helper rules", maxNesting)
		if deepAt != nil {
			err.Problems[0] = problemAt(deepAt, err.Problems[0].Message)
		}
		return err
	}
	return nil
}
