package policy

import (
	"encoding/json"
	"slices"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/open-policy-agent/opa/v1/ast"
)

// A permission decision is a pure function of its input when the policies that make it read
// the input only through constant keys other than "now" and call no non-deterministic
// built-in (time.now_ns, rand.intn, http.send …). Then the decision for (policy, input
// without now) can be remembered: the same subject asking the same action on the same
// resource gets the same answer, without evaluating Rego again. A policy that reads
// input.now (office hours, say), the whole input, or a non-deterministic built-in is
// always evaluated.

// WithoutDecisionMemo makes the engine evaluate every decision (benchmarks compare with it).
func WithoutDecisionMemo() Option { return func(e *Engine) { e.noMemo = true } }

// nowIndependent reports whether module's result depends only on the input minus input.now.
func nowIndependent(module *ast.Module) bool {
	if module == nil {
		return false
	}
	pure := true
	refs := 0
	ast.WalkRefs(module, func(r ast.Ref) bool {
		if !r.HasPrefix(ast.InputRootRef) {
			return false
		}
		refs++
		if len(r) < 2 {
			pure = false
			return false
		}
		if k, ok := r[1].Value.(ast.String); !ok || k == "now" {
			pure = false
		}
		return false
	})
	// Every use of the variable input must be the head of one of those refs: a bare
	// `input` (x := input, f(input)) may reach input.now.
	vars := 0
	ast.WalkVars(module, func(v ast.Var) bool {
		if v.Equal(ast.InputRootDocument.Value) {
			vars++
		}
		return false
	})
	if vars > refs {
		pure = false
	}
	nondeterministic := func(name string) bool {
		b, ok := ast.BuiltinMap[name]
		return ok && b.Nondeterministic
	}
	ast.WalkExprs(module, func(x *ast.Expr) bool {
		if x.IsCall() {
			if name := x.Operator().String(); nondeterministic(name) {
				pure = false
			}
		}
		return false
	})
	ast.WalkTerms(module, func(t *ast.Term) bool {
		if c, ok := t.Value.(ast.Call); ok && len(c) > 0 {
			if name := c[0].String(); nondeterministic(name) {
				pure = false
			}
		}
		return false
	})
	return pure
}

// decisionMemo remembers pure decisions in a bounded LRU.
type decisionMemo struct {
	entries *lru.Cache[memoKey, memoEntry]
}

type memoKey struct {
	// policy is the PERMISSIONS policy that decided; nil for the base policy's verdict.
	policy *Compiled
	input  string // subject, action and resource, canonical JSON
}

type memoEntry struct {
	verdict string // the base policy's: allow, deny or defer
	d       Decision
}

func newDecisionMemo(size int) *decisionMemo {
	entries, _ := lru.New[memoKey, memoEntry](max(size, 1)) // errs only for a size below 1
	return &decisionMemo{entries: entries}
}

// key is the input without now; ok is false when it cannot be encoded.
func (in PermissionInput) memoInput() (string, bool) {
	b, err := json.Marshal(struct {
		S Subject        `json:"s"`
		A string         `json:"a"`
		R map[string]any `json:"r"`
	}{in.Subject, in.Action, in.Resource})
	return string(b), err == nil
}

// get and put copy the reasons: a caller may change the Decision it was given.
func (m *decisionMemo) get(k memoKey) (memoEntry, bool) {
	en, ok := m.entries.Get(k)
	if ok {
		en.d.Deny = slices.Clone(en.d.Deny)
	}
	return en, ok
}

func (m *decisionMemo) put(k memoKey, en memoEntry) {
	en.d.Deny = slices.Clone(en.d.Deny)
	m.entries.Add(k, en)
}
