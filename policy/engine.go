package policy

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
)

// Engine evaluates the shipped and the accounts' policies; it is safe for concurrent use.
type Engine struct {
	limits        evalLimits
	maxSourceSize int
	cache         *preparedCache
	drafts        *draftPool
	compiles      atomic.Int64 // account policies compiled through the cache, for tests
	observer      Observer

	base         *program
	baseModule   *ast.Module // compiled beside every PERMISSIONS policy (Compiled.decision)
	poolsModule  *ast.Module // compiled beside every FLOATING policy, which may import it
	basePure     bool
	decisions    *decisionMemo
	noMemo       bool
	permissions  *Compiled
	accountEmail rego.PreparedEvalQuery
	presets      map[string]*Compiled
}

// Option configures an Engine.
type Option func(*Engine)

// WithEvalTimeout bounds every single Rego evaluation (default 250ms).
func WithEvalTimeout(d time.Duration) Option { return func(e *Engine) { e.limits.timeout = d } }

// WithMaxEvalMemory bounds the memory of every single Rego evaluation (default 64 MiB;
// limits.go says how it is counted).
func WithMaxEvalMemory(n int64) Option { return func(e *Engine) { e.limits.memory = n } }

// WithMaxSourceSize bounds the size in bytes of an account's policy (default 64 KiB).
func WithMaxSourceSize(n int) Option { return func(e *Engine) { e.maxSourceSize = n } }

// WithCacheSize bounds how many prepared account policy versions are kept (default 1024).
func WithCacheSize(n int) Option { return func(e *Engine) { e.cache = newPreparedCache(n) } }

const (
	// deny, a set, is read as the set (its reasons in the set's order, which is the order
	// `[r | some r in deny]` gives them).
	baseQuery         = "verdict := data.countthings.base.verdict; deny := data.countthings.base.deny"
	accountEmailQuery = "allow := data.countthings.accountemail.allow; deny := [r | some r in data.countthings.accountemail.deny]"
)

// NewEngine prepares the shipped policies once.
func NewEngine(opts ...Option) (*Engine, error) {
	e := &Engine{limits: evalLimits{timeout: 250 * time.Millisecond, memory: defaultMaxEvalMemory}, maxSourceSize: 64 << 10, presets: map[string]*Compiled{}}
	for _, opt := range opts {
		opt(e)
	}
	if e.cache == nil {
		e.cache = newPreparedCache(1024)
	}
	if e.drafts == nil {
		e.drafts = newDraftPool(DefaultDraftWorkers(), DefaultDraftQueue)
	}
	ctx := context.Background()
	var err error
	if e.baseModule, err = parseShipped("base.rego"); err != nil {
		return nil, err
	}
	if e.poolsModule, err = parseShipped(poolsFile); err != nil {
		return nil, err
	}
	if e.base, err = prepareShippedProgram(ctx, e.baseModule, baseQuery, "verdict", "deny"); err != nil {
		return nil, err
	}
	e.basePure = nowIndependent(e.baseModule)
	if !e.noMemo {
		e.decisions = newDecisionMemo(8192)
	}
	accountEmail, err := parseShipped("accountemail.rego")
	if err != nil {
		return nil, err
	}
	if e.accountEmail, _, _, err = prepareShipped(ctx, accountEmail, accountEmailQuery); err != nil {
		return nil, err
	}
	// The shipped defaults go through the same checks as an account's policy.
	if e.permissions, err = e.check(ctx, KindPermissions, DefaultSource(KindPermissions)); err != nil {
		return nil, fmt.Errorf("policy: shipped permissions.rego: %w", err)
	}
	for _, p := range presets {
		if e.presets[p.Name], err = e.check(ctx, KindFloating, p.source()); err != nil {
			return nil, fmt.Errorf("policy: shipped %s: %w", p.file, err)
		}
	}
	return e, nil
}

func parseShipped(file string) (*ast.Module, error) {
	module, err := ast.ParseModuleWithOpts(file, mustRead(file), ast.ParserOptions{RegoVersion: ast.RegoV1})
	if err != nil {
		return nil, fmt.Errorf("policy: shipped %s: %w", file, err)
	}
	return module, nil
}

func prepareShipped(ctx context.Context, module *ast.Module, query string) (rego.PreparedEvalQuery, *ast.Compiler, storage.Store, error) {
	q, compiler, store, err := prepare(ctx, query, module)
	if err != nil {
		return rego.PreparedEvalQuery{}, nil, nil, fmt.Errorf("policy: shipped %s: %w", module.Package.Location.File, err)
	}
	return q, compiler, store, nil
}

func prepareShippedProgram(ctx context.Context, module *ast.Module, query string, outputs ...string) (*program, error) {
	_, compiler, store, err := prepareShipped(ctx, module, query)
	if err != nil {
		return nil, err
	}
	p, err := newProgram(ctx, compiler, store, query, outputs...)
	if err != nil {
		return nil, fmt.Errorf("policy: shipped %s: %w", module.Package.Location.File, err)
	}
	return p, nil
}

// Observer is told how long each decision took, by kind and outcome (allow, deny, license,
// none, error); it must be cheap, it runs on every authorization.
type Observer func(kind Kind, outcome string, took time.Duration)

// SetObserver installs o (for metrics); call it before the engine is shared.
func (e *Engine) SetObserver(o Observer) { e.observer = o }

func (e *Engine) observe(kind Kind, start time.Time, outcome string) {
	if e.observer != nil {
		e.observer(kind, outcome, time.Since(start))
	}
}

// Decision is the answer to "may this subject do this action on this resource".
type Decision struct {
	Allow bool
	Deny  []string // why not, when Allow is false
}

// Authorize evaluates the base policy and, when it defers, the account's
// PERMISSIONS policy (custom, or the shipped default when nil). It fails
// closed: on any error the decision refuses and the error is returned too.
func (e *Engine) Authorize(ctx context.Context, custom *Version, in PermissionInput) (d Decision, err error) {
	if e.observer != nil {
		defer func(start time.Time) { e.observe(KindPermissions, start, outcome(d.Allow, err, "allow", "deny")) }(time.Now())
	}
	return e.authorize(ctx, custom, in)
}

// authorize decides in two layers: the base policy's verdict (remembered, or evaluated),
// then, when it defers, the account's PERMISSIONS policy (baseLayer, accountLayer).
func (e *Engine) authorize(ctx context.Context, custom *Version, in PermissionInput) (Decision, error) {
	r := request{in: in}
	if e.basePure && e.decisions != nil {
		r.key, r.memo = in.memoInput()
	}
	base, err := e.baseLayer(ctx, custom, &r)
	if err != nil {
		return refusal(err)
	}
	switch base.verdict {
	case "allow":
		return Decision{Allow: true}, nil
	case "deny":
		return Decision{Deny: base.deny}, nil
	}
	d, err := e.accountLayer(ctx, custom, &r, &base)
	if err != nil {
		return refusal(err)
	}
	return d, nil
}

// request is one authorization's input: as given, as the memo's key (memo.go: outcomes of
// pure policies are remembered per policy and input without now), and as a term, built
// once and only when a policy is evaluated.
type request struct {
	in    PermissionInput
	key   string
	memo  bool
	input *ast.Term
}

func (r *request) term() (*ast.Term, error) {
	if r.input == nil {
		v, err := r.in.value()
		if err != nil {
			return nil, refuse("the request could not be checked", err)
		}
		r.input = ast.NewTerm(v)
	}
	return r.input, nil
}

// baseOutcome is the base policy's verdict and, from its evaluation, what accountLayer
// needs of the account's policy.
type baseOutcome struct {
	verdict string // "allow", "deny", or anything else: the base defers
	deny    []string
	// evaluated: the verdict was not remembered, and the account's policy (compiled, or the
	// error of getting it, which counts only if the base defers: an account's broken policy
	// must not stop what the base layer decides) was looked up to evaluate both at once.
	evaluated   bool
	compiled    *Compiled
	compiledErr error
	// allowTerm is the PERMISSIONS policy's allow as the base layer and the policy evaluated
	// at once gave it (Compiled.decision). atOnceErr is that evaluation's error: the base
	// policy is then evaluated alone, and if it defers, the error was the PERMISSIONS policy's.
	allowTerm *ast.Term
	atOnceErr error
}

// baseLayer is the base policy's verdict: remembered, or evaluated and then remembered.
func (e *Engine) baseLayer(ctx context.Context, custom *Version, r *request) (baseOutcome, error) {
	if r.memo {
		if en, ok := e.decisions.get(memoKey{input: r.key}); ok {
			return baseOutcome{verdict: en.verdict, deny: en.d.Deny}, nil
		}
	}
	b, err := e.evalBase(ctx, custom, r)
	if err != nil {
		return b, err
	}
	if r.memo {
		e.decisions.put(memoKey{input: r.key}, memoEntry{verdict: b.verdict, d: Decision{Deny: b.deny}})
	}
	return b, nil
}

// evalBase evaluates the base policy, with the account's policy at once when it can be.
func (e *Engine) evalBase(ctx context.Context, custom *Version, r *request) (baseOutcome, error) {
	b := baseOutcome{evaluated: true}
	iv, err := r.term()
	if err != nil {
		return b, err
	}
	var out [2]*ast.Term
	atOnce := false
	if b.compiled, b.compiledErr = e.compiledFor(ctx, KindPermissions, custom); b.compiledErr == nil && b.compiled.decision != nil {
		if b.atOnceErr = b.compiled.decision.eval(ctx, e.limits, iv, out[:]); b.atOnceErr == nil {
			// A denial's reasons come from the base policy alone, below: asking deny in
			// every decision costs more than asking it again in the few that deny.
			atOnce, b.allowTerm = !out[0].Equal(denyVerdict), out[1]
		}
	}
	if !atOnce {
		if err := e.base.eval(ctx, e.limits, iv, out[:]); err != nil {
			return b, refuse("the base policy failed", fmt.Errorf("policy: base: %w", err))
		}
	}
	if b.verdict, b.deny, err = readBaseOutcome(out[0], out[1]); err != nil {
		return b, refuse("the base policy failed", fmt.Errorf("policy: base: %w", err))
	}
	return b, nil
}

// accountLayer is the decision of the account's PERMISSIONS policy, once the base deferred:
// remembered when the policy is pure, or evaluated (reusing what evalBase got of it).
func (e *Engine) accountLayer(ctx context.Context, custom *Version, r *request, b *baseOutcome) (Decision, error) {
	if !b.evaluated {
		b.compiled, b.compiledErr = e.compiledFor(ctx, KindPermissions, custom)
	}
	if b.compiledErr != nil {
		return Decision{}, refuse("the account's permissions policy failed", b.compiledErr)
	}
	if b.atOnceErr != nil {
		return Decision{}, refuse("the account's permissions policy failed", fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), b.atOnceErr))
	}
	compiled := b.compiled
	remember := r.memo && compiled.pure
	pk := memoKey{policy: compiled, input: r.key}
	if remember {
		if en, ok := e.decisions.get(pk); ok {
			return en.d, nil
		}
	}
	iv, err := r.term()
	if err != nil {
		return Decision{}, err
	}
	d, err := e.permissionsDecision(ctx, compiled, custom, iv, r.in.Action, b.allowTerm)
	if err != nil {
		return d, err
	}
	if remember {
		e.decisions.put(pk, memoEntry{d: d})
	}
	return d, nil
}

// refusedError is a step of authorize failing: the reason the caller is given, and the error.
type refusedError struct {
	reason string
	err    error
}

func (r *refusedError) Error() string { return r.err.Error() }
func (r *refusedError) Unwrap() error { return r.err }

func refuse(reason string, err error) error { return &refusedError{reason: reason, err: err} }

// refusal is the decision and error authorize returns for a step's error: it fails closed.
// An error not from refuse is permissionsDecision's, the account's policy failing.
func refusal(err error) (Decision, error) {
	var r *refusedError
	if errors.As(err, &r) {
		return refused(r.reason), r.err
	}
	return refused("the account's permissions policy failed"), err
}

var denyVerdict = ast.StringTerm("deny")

// readBaseOutcome reads the base policy's verdict and, when it denies, its reasons. A
// verdict that is not a string defers, as any string but allow and deny does.
func readBaseOutcome(verdictTerm, denyTerm *ast.Term) (verdict string, deny []string, err error) {
	if s, ok := verdictTerm.Value.(ast.String); ok {
		verdict = string(s)
	} else if _, err = goValue(verdictTerm); err != nil {
		return "", nil, err
	}
	if verdict == "deny" {
		if deny, err = termReasons(denyTerm); err != nil {
			return "", nil, err
		}
	}
	return verdict, deny, nil
}

// permissionsDecision evaluates a PERMISSIONS policy on input. allowed, when not nil, is
// what Compiled.decision gave for allow: an array holding allow, or empty if undefined.
func (e *Engine) permissionsDecision(ctx context.Context, compiled *Compiled, custom *Version, iv *ast.Term, action string, allowed *ast.Term) (Decision, error) {
	var out [2]*ast.Term
	if compiled.allowOnly != nil {
		// Every deny rule of this policy starts with `not allow`: when allow is true, deny
		// holds nothing, so allow alone answers. The whole query evaluates allow first, so
		// an error here is the error it would give.
		if allowed != nil {
			if a, ok := allowed.Value.(*ast.Array); ok && a.Len() > 0 {
				out[0] = a.Elem(0)
			} else {
				return refused("the account's permissions policy failed"), fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), ErrUndefined)
			}
		} else if err := compiled.allowOnly.eval(ctx, e.limits, iv, out[:1]); err != nil {
			return refused("the account's permissions policy failed"), fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), err)
		}
		if allow, ok := out[0].Value.(ast.Boolean); ok && bool(allow) {
			return Decision{Allow: true}, nil
		}
	}
	if err := compiled.program.eval(ctx, e.limits, iv, out[:]); err != nil {
		return refused("the account's permissions policy failed"), fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), err)
	}
	allow, ok := out[0].Value.(ast.Boolean)
	if !ok {
		v, err := goValue(out[0])
		if err != nil {
			return refused("the account's permissions policy failed"), fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), err)
		}
		return refused("the account's permissions policy failed"),
			fmt.Errorf("policy: %s: allow is %v, not a boolean", describe(KindPermissions, custom), v)
	}
	d := Decision{Allow: bool(allow)}
	if !allow {
		var err error
		if d.Deny, err = termReasons(out[1]); err != nil {
			return refused("the account's permissions policy failed"), fmt.Errorf("policy: %s: %w", describe(KindPermissions, custom), err)
		}
		if len(d.Deny) == 0 {
			d.Deny = []string{"the account's policy does not allow " + action}
		}
	}
	return d, nil
}

// DecideFloating asks the account's FLOATING policy (custom, or the default
// preset when nil) which pool a device draws from and whom it reclaims from.
// Callers treat any error as "no license".
func (e *Engine) DecideFloating(ctx context.Context, custom *Version, in FloatingInput) (d FloatingDecision, err error) {
	if e.observer != nil {
		defer func(start time.Time) { e.observe(KindFloating, start, outcome(d.Pool != nil, err, "license", "none")) }(time.Now())
	}
	return e.decideFloating(ctx, custom, in)
}

func (e *Engine) decideFloating(ctx context.Context, custom *Version, in FloatingInput) (FloatingDecision, error) {
	compiled, err := e.compiledFor(ctx, KindFloating, custom)
	if err != nil {
		return FloatingDecision{}, err
	}
	rs, err := e.eval(ctx, compiled.query, in.value())
	if err != nil || len(rs) == 0 {
		return FloatingDecision{}, fmt.Errorf("policy: %s: %w", describe(KindFloating, custom), orUndefined(err))
	}
	d, err := validateDecision(rs[0].Bindings["decision"], in)
	if err != nil {
		return FloatingDecision{}, fmt.Errorf("policy: %s: %w", describe(KindFloating, custom), err)
	}
	return d, nil
}

// PresetDecideFloating decides with a named shipped preset, e.g. for an account SUPPORT set up with one.
func (e *Engine) PresetDecideFloating(ctx context.Context, preset string, in FloatingInput) (d FloatingDecision, err error) {
	if e.observer != nil {
		defer func(start time.Time) { e.observe(KindFloating, start, outcome(d.Pool != nil, err, "license", "none")) }(time.Now())
	}
	compiled, ok := e.presets[preset]
	if !ok {
		return FloatingDecision{}, fmt.Errorf("policy: unknown FLOATING preset %q", preset)
	}
	rs, err := e.eval(ctx, compiled.query, in.value())
	if err != nil || len(rs) == 0 {
		return FloatingDecision{}, fmt.Errorf("policy: preset %s: %w", preset, orUndefined(err))
	}
	return validateDecision(rs[0].Bindings["decision"], in)
}

// CheckAccountEmail returns why email cannot be an Account Email; none means it can.
func (e *Engine) CheckAccountEmail(ctx context.Context, email string) ([]string, error) {
	input := ast.NewObject(field("email", ast.StringTerm(email)))
	rs, err := e.eval(ctx, e.accountEmail, input)
	if err != nil || len(rs) == 0 {
		return []string{"the address could not be checked"}, fmt.Errorf("policy: account email: %w", orUndefined(err))
	}
	if rs[0].Bindings["allow"] == true {
		return nil, nil
	}
	return reasons(rs[0].Bindings["deny"]), nil
}

// Evaluate is the dry run behind evaluatePolicy: source, when given, is
// compiled (and checked) as Compile does, on the drafts' workers; else custom, else the
// default. PERMISSIONS returns {"allow": bool, "deny": [...]} of the account policy
// alone (not the base); FLOATING returns the decision as the policy wrote it.
func (e *Engine) Evaluate(ctx context.Context, kind Kind, custom *Version, source *string, input map[string]any) (out any, err error) {
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		return nil, fmt.Errorf("policy: input: %w", err)
	}
	if _, err := sizeOf(value, e.limits.memory); err != nil {
		return nil, &InputError{Reason: err.Error()}
	}
	if source == nil {
		compiled, err := e.compiledFor(ctx, kind, custom)
		if err != nil {
			return nil, err
		}
		return e.dryRun(ctx, compiled, custom, value)
	}
	if perr := e.drafts.run(ctx, func() {
		var compiled *Compiled
		if compiled, err = e.check(ctx, kind, *source); err == nil {
			out, err = e.dryRun(ctx, compiled, custom, value)
		}
	}); perr != nil {
		return nil, perr
	}
	return out, err
}

// InputError says the input of a dry run is out of bounds (a number too large); callers
// answer BAD_USER_INPUT.
type InputError struct{ Reason string }

func (e *InputError) Error() string { return "policy: input: " + e.Reason }

func (e *Engine) dryRun(ctx context.Context, compiled *Compiled, custom *Version, value ast.Value) (any, error) {
	rs, err := e.eval(ctx, compiled.query, value)
	if err != nil || len(rs) == 0 {
		return nil, fmt.Errorf("policy: %s: %w", describe(compiled.Kind, custom), orUndefined(err))
	}
	if compiled.Kind == KindFloating {
		return rs[0].Bindings["decision"], nil
	}
	return map[string]any{"allow": rs[0].Bindings["allow"], "deny": reasons(rs[0].Bindings["deny"])}, nil
}

// compiledFor returns the prepared policy of kind: the account's version, or the shipped default.
func (e *Engine) compiledFor(ctx context.Context, kind Kind, custom *Version) (*Compiled, error) {
	if custom == nil {
		switch kind {
		case KindPermissions:
			return e.permissions, nil
		case KindFloating:
			return e.presets[presets[0].Name], nil
		}
		return nil, fmt.Errorf("policy: unknown kind %q", kind)
	}
	if custom.Kind != kind {
		return nil, fmt.Errorf("policy: %s is not a %s policy", describe(custom.Kind, custom), kind)
	}
	key := cacheKey{accountID: custom.AccountID, kind: kind, version: custom.Version}
	p, ok := e.cache.peek(key) // before making the build func, which escapes: no allocation on a hit
	if !ok {
		p.compiled, p.err = e.cache.get(ctx, key, func() (*Compiled, error) {
			e.compiles.Add(1)
			return e.compile(context.WithoutCancel(ctx), kind, custom.Source) // waiters share it: one caller's cancel must not fail them
		})
	}
	if p.err != nil {
		return nil, fmt.Errorf("policy: %s: %w", describe(kind, custom), p.err)
	}
	return p.compiled, nil
}

// eval runs one prepared query within the engine's limits.
func (e *Engine) eval(ctx context.Context, q rego.PreparedEvalQuery, input ast.Value) (rego.ResultSet, error) {
	w := startWatch(e.limits.timeout, e.limits.memory)
	var stop func() bool
	if ctx.Done() != nil {
		stop = context.AfterFunc(ctx, w.Cancel)
	}
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input), rego.EvalExternalCancel(w))
	over := w.budget.over
	expired := w.finish(stop)
	if err != nil || over != nil {
		return nil, evalError(ctx, e.limits, err, over, expired)
	}
	return rs, nil
}

// ErrUndefined says a policy produced no result where the contract wants one.
var ErrUndefined = errors.New("policy: result is undefined")

func outcome(yes bool, err error, ifYes, ifNo string) string {
	switch {
	case err != nil:
		return "error"
	case yes:
		return ifYes
	}
	return ifNo
}

func orUndefined(err error) error {
	if err == nil {
		return ErrUndefined
	}
	return err
}

func refused(reason string) Decision { return Decision{Deny: []string{reason}} }

func describe(kind Kind, v *Version) string {
	if v == nil {
		return "default " + string(kind) + " policy"
	}
	return fmt.Sprintf("account %s %s policy version %d", v.AccountID, kind, v.Version)
}

// goValue is a result's value as rego hands it to Go (ast.JSON: numbers as json.Number,
// sets as arrays, objects as maps).
func goValue(t *ast.Term) (any, error) {
	if t == nil {
		return nil, nil
	}
	return ast.JSONWithOpt(t.Value, ast.JSONOpt{})
}

// termReasons is reasons of the deny array (or set) in a program's result.
func termReasons(t *ast.Term) ([]string, error) {
	var out []string
	add := func(item *ast.Term) error {
		if s, ok := item.Value.(ast.String); ok {
			out = append(out, string(s))
			return nil
		}
		v, err := goValue(item)
		if err != nil {
			return err
		}
		out = append(out, fmt.Sprint(v))
		return nil
	}
	if t != nil {
		switch c := t.Value.(type) {
		case *ast.Array:
			out = make([]string, 0, c.Len())
			for i := range c.Len() {
				if err := add(c.Elem(i)); err != nil {
					return nil, err
				}
			}
			return out, nil
		case ast.Set:
			out = make([]string, 0, c.Len())
			if err := c.Iter(add); err != nil { // in sorted order
				return nil, err
			}
			return out, nil
		}
	}
	v, err := goValue(t)
	if err != nil {
		return nil, err
	}
	return reasons(v), nil
}

// reasons turns a deny array from a result into strings.
func reasons(v any) []string {
	items, _ := v.([]any)
	out := make([]string, 0, len(items))
	for _, item := range items {
		if s, ok := item.(string); ok {
			out = append(out, s)
		} else {
			out = append(out, fmt.Sprint(item))
		}
	}
	return out
}
