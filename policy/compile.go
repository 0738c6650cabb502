package policy

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
)

// Compiled is an account's policy, parsed, checked and prepared for evaluation.
type Compiled struct {
	Kind   Kind
	module *ast.Module
	query  rego.PreparedEvalQuery
	// program is query for topdown straight (program.go); PERMISSIONS policies only.
	program *program
	// allowOnly asks allow alone, for a PERMISSIONS policy whose deny rules all wait for
	// allow to be false (denyWaitsForAllow); nil otherwise.
	allowOnly *program
	// decision, with allowOnly, asks the base layer and this policy in one evaluation (the
	// base policy is compiled beside the account's): the base's verdict and, only when the
	// base defers, allow, in an array that is empty when allow is undefined. One
	// evaluation instead of two saves topdown's fixed cost of a query (~2 µs of ~15).
	decision *program
	// pure: decisions depend on the input minus now only (memo.go), so they may be remembered.
	pure bool
}

// Problem is one thing wrong with a policy; Line is 0 when it has no place in the source.
type Problem struct {
	Line    int
	Col     int
	Message string
}

// InvalidError says why a policy was refused; callers map it to POLICY_INVALID.
type InvalidError struct {
	Problems []Problem
}

func (e *InvalidError) Error() string {
	var b strings.Builder
	b.WriteString("policy is invalid:")
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		if p.Line > 0 {
			fmt.Fprintf(&b, "line %d, column %d: ", p.Line, p.Col)
		}
		b.WriteString(p.Message)
	}
	return b.String()
}

func invalid(format string, args ...any) *InvalidError {
	return &InvalidError{Problems: []Problem{{Message: fmt.Sprintf(format, args...)}}}
}

// deniedBuiltinPrefixes are removed from an account policy's capabilities: they
// reach outside the process or the request (network, runtime, clock, randomness,
// remote JSON schemas, certificate checks against the system clock and roots),
// or only serve debugging and test runs. Every builtin OPA marks
// non-deterministic is removed as well, so new ones are refused by default.
var deniedBuiltinPrefixes = []string{
	"http.",                // http.send
	"net.",                 // net.lookup_ip_addr and the rest of the family
	"opa.",                 // opa.runtime: the server's config and environment
	"rand.",                // rand.intn
	"time.now_ns",          // `now` comes in the input
	"uuid.rfc4122",         // random
	"io.jwt.decode_verify", // may fetch keys; uses the clock
	"io.jwt.encode_sign",   // both variants: random nonces
	"crypto.x509.parse_and_verify_certificates", // system clock and roots
	"json.match_schema",                         // schemas may reference remote documents
	"json.verify_schema",
	"providers.",         // providers.aws.sign_req: clock and credentials
	"trace",              // writes into the engine's trace
	"rego.parse_module",  // parsing more Rego from inside Rego has no use here
	"internal.test_case", // test runner only
	// Builtins whose cost can grow exponentially with their operands, inside one call that
	// no cancellation reaches (limits.go bounds the others):
	"graph.reachable_paths",   // every path of a graph: exponentially many
	"regex.globs_match",       // intersection of two patterns
	"strings.render_template", // a Go template may loop without end or output
}

// restrictedCapabilities are the capabilities every policy is compiled with.
var restrictedCapabilities = func() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion(ast.CapabilitiesRegoVersion(ast.RegoV1))
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !builtinDenied(b) {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{} // empty, not nil: no host at all
	return caps
}()

func builtinDenied(b *ast.Builtin) bool {
	if b.Nondeterministic {
		return true
	}
	for _, p := range deniedBuiltinPrefixes {
		if strings.HasPrefix(b.Name, p) {
			return true
		}
	}
	return false
}

// Compile checks an account's edited policy and prepares it. It refuses, with
// an *InvalidError, a source that is too big, does not parse as Rego v1, is not
// the kind's package, imports or reads other documents, calls a removed
// builtin, or does not return well-formed results on the conformance cases.
//
// An account's draft is untrusted: its checks run on the drafts' workers (WithDraftPool),
// and ErrBusy says they are all busy and enough drafts wait already.
func (e *Engine) Compile(ctx context.Context, kind Kind, source string) (c *Compiled, err error) {
	if perr := e.drafts.run(ctx, func() { c, err = e.check(ctx, kind, source) }); perr != nil {
		return nil, perr
	}
	return c, err
}

// check is Compile on the caller's goroutine (the shipped policies at start-up).
func (e *Engine) check(ctx context.Context, kind Kind, source string) (*Compiled, error) {
	c, err := e.compile(ctx, kind, source)
	if err != nil {
		return nil, err
	}
	if problems := e.conform(ctx, c); len(problems) > 0 {
		return nil, &InvalidError{Problems: problems}
	}
	return c, nil
}

// compile is Compile without the conformance cases: for versions already checked at upload.
func (e *Engine) compile(ctx context.Context, kind Kind, source string) (*Compiled, error) {
	pkg := kind.packagePath()
	if pkg == "" {
		return nil, fmt.Errorf("policy: unknown kind %q", kind)
	}
	if len(source) > e.maxSourceSize {
		return nil, invalid("the policy is %d bytes long; the limit is %d", len(source), e.maxSourceSize)
	}
	module, err := ast.ParseModuleWithOpts(string(kind)+".rego", source, ast.ParserOptions{
		RegoVersion:  ast.RegoV1,
		Capabilities: restrictedCapabilities,
	})
	if err != nil {
		return nil, invalidFrom(err)
	}
	if module == nil {
		return nil, invalid("the policy is empty")
	}
	if err := checkShape(module); err != nil {
		return nil, err
	}
	if problems := checkConfined(module, pkg); len(problems) > 0 {
		return nil, &InvalidError{Problems: problems}
	}
	if problems := checkNumbers(module); len(problems) > 0 {
		return nil, &InvalidError{Problems: problems}
	}
	modules := []*ast.Module{module}
	if kind == KindPermissions && e.baseModule != nil {
		// Another package, which the account's policy may not reference (checkConfined).
		modules = append(modules, e.baseModule)
	}
	if kind == KindFloating && e.poolsModule != nil {
		modules = append(modules, e.poolsModule) // the one package it may import (checkConfined)
	}
	query, compiler, store, err := prepare(ctx, kind.query(), modules...)
	if err != nil {
		return nil, invalidFrom(err)
	}
	c := &Compiled{Kind: kind, module: module, query: query, pure: nowIndependent(module)}
	if kind == KindPermissions {
		if c.program, err = newProgram(ctx, compiler, store, kind.query(), "allow", "deny"); err != nil {
			return nil, invalidFrom(err)
		}
		if denyWaitsForAllow(compiler, pkg) {
			if c.allowOnly, err = newProgram(ctx, compiler, store, "allow := "+pkg+".allow", "allow"); err != nil {
				return nil, invalidFrom(err)
			}
			if e.baseModule != nil {
				if c.decision, err = newProgram(ctx, compiler, store, decisionQuery, "verdict", "allow"); err != nil {
					return nil, invalidFrom(err)
				}
			}
		}
	}
	return c, nil
}

// decisionQuery is Compiled.decision's: the base layer's verdict, then the PERMISSIONS
// policy's allow, asked only when the base defers.
const decisionQuery = `verdict := data.countthings.base.verdict; allow := [a | verdict == "defer"; a := data.countthings.permissions.allow]`

// denyWaitsForAllow reports whether every rule of pkg's deny, as compiled (the bodies
// topdown evaluates), starts with `not allow` (without `with`), else branches included.
// Then, when allow is true, no deny rule gets past its first expression: deny holds
// nothing and evaluating it can fail in no way, so allow alone decides.
func denyWaitsForAllow(compiler *ast.Compiler, pkg string) bool {
	allow := ast.NewTerm(ast.MustParseRef(pkg + ".allow"))
	for _, module := range compiler.Modules {
		if module.Package.Path.String() != pkg { // the base policy beside it
			continue
		}
		for _, rule := range module.Rules {
			if !ast.ValueEqual(rule.Head.Ref()[0].Value, ast.Var("deny")) {
				continue
			}
			if rule.Default || len(rule.Head.Args) > 0 {
				return false
			}
			for r := rule; r != nil; r = r.Else {
				if len(r.Body) == 0 {
					return false
				}
				first := r.Body[0]
				ref, ok := first.Terms.(*ast.Term)
				if !ok || !first.Negated || len(first.With) > 0 || !ref.Equal(allow) {
					return false
				}
			}
		}
	}
	return true
}

// checkConfined refuses another package, and imports or references of any
// document but the policy's own package, its input, and for a FLOATING policy the shared
// helper package (pools.rego).
func checkConfined(module *ast.Module, pkg string) []Problem {
	var problems []Problem
	if got := module.Package.Path.String(); got != pkg {
		problems = append(problems, problemAt(module.Package.Location,
			fmt.Sprintf("the package must be %s, not %s", strings.TrimPrefix(pkg, "data."), strings.TrimPrefix(got, "data."))))
		return problems
	}
	own := module.Package.Path
	allowed := func(ref ast.Ref) bool {
		return ref.HasPrefix(own) || (pkg == KindFloating.packagePath() && ref.HasPrefix(poolsRef))
	}
	for _, imp := range module.Imports {
		ref, ok := imp.Path.Value.(ast.Ref)
		if !ok {
			continue
		}
		switch {
		case ref.HasPrefix(ast.InputRootRef), ref.HasPrefix(ast.FutureKeywordsRef), ref.Equal(ast.RegoV1CompatibleRef):
		case allowed(ref):
		default:
			problems = append(problems, problemAt(imp.Location,
				fmt.Sprintf("import %s is not allowed: a policy may import only its own package%s", ref, alsoPools(pkg))))
		}
	}
	ast.WalkRefs(module, func(ref ast.Ref) bool {
		if ref.HasPrefix(ast.DefaultRootRef) && !allowed(ref) {
			problems = append(problems, problemAt(ref[0].Location,
				fmt.Sprintf("%s is not allowed: a policy may read only its input and its own package%s", ref, alsoPools(pkg))))
		}
		return false
	})
	return problems
}

// poolsFile is the helper package a FLOATING policy may import.
const poolsFile = "pools.rego"

var poolsRef = ast.MustParseRef("data.countthings.pools")

func alsoPools(pkg string) string {
	if pkg == KindFloating.packagePath() {
		return " (and data.countthings.pools)"
	}
	return ""
}

// prepare compiles a module with the restricted capabilities and prepares query on it; it
// also returns the compiler holding the compiled module, and its store, for programs.
func prepare(ctx context.Context, query string, modules ...*ast.Module) (rego.PreparedEvalQuery, *ast.Compiler, storage.Store, error) {
	var compiler *ast.Compiler
	store := newStore()
	opts := []func(*rego.Rego){rego.Query(query)}
	for _, m := range modules {
		opts = append(opts, rego.ParsedModule(m))
	}
	q, err := rego.New(append(opts,
		rego.Capabilities(restrictedCapabilities),
		rego.SetRegoVersion(ast.RegoV1),
		rego.StrictBuiltinErrors(true), // a builtin error fails closed instead of quietly undefining a rule
		rego.Store(store),
		rego.CompilerHook(func(c *ast.Compiler) { compiler = c }),
	)...).PrepareForEval(ctx)
	if err != nil {
		return rego.PreparedEvalQuery{}, nil, nil, err
	}
	return q, compiler, store, nil
}

// checkNumbers refuses number literals out of the bounds every evaluation keeps (limits.go).
func checkNumbers(module *ast.Module) []Problem {
	var problems []Problem
	ast.WalkTerms(module, func(t *ast.Term) bool {
		if n, ok := t.Value.(ast.Number); ok {
			if err := checkNumber(n); err != nil {
				problems = append(problems, problemAt(t.Location, err.Error()))
			}
		}
		return false
	})
	return problems
}

func problemAt(loc *ast.Location, msg string) Problem {
	if loc == nil {
		return Problem{Message: msg}
	}
	return Problem{Line: loc.Row, Col: loc.Col, Message: msg}
}

// invalidFrom turns OPA's parse and compile errors into problems with their lines.
func invalidFrom(err error) *InvalidError {
	var astErrs ast.Errors
	if errors.As(err, &astErrs) {
		out := &InvalidError{}
		for _, e := range astErrs {
			out.Problems = append(out.Problems, problemAt(e.Location, e.Message))
		}
		return out
	}
	var astErr *ast.Error
	if errors.As(err, &astErr) {
		return &InvalidError{Problems: []Problem{problemAt(astErr.Location, astErr.Message)}}
	}
	return invalid("%v", err)
}
