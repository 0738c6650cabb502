package policy

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// program is a prepared query evaluated straight with topdown, without rego's per-call
// wrapper (a store transaction, metrics, a cancellation goroutine and the conversion of
// every binding to Go values on each evaluation). It shares the compiler rego prepared,
// so it evaluates the same compiled policy; authorization, the hot path, uses it.
type program struct {
	compiler *ast.Compiler
	store    storage.Store
	// txn is one read transaction held for the program's life: the store holds no data
	// and nothing writes to it once prepared, and reads through an inmem read
	// transaction are safe from many goroutines.
	txn     storage.Transaction
	query   ast.Body
	outputs []ast.Var // the compiled query's variables for the names asked, in that order
	runs    sync.Pool // of *run
	// constants are the values of the policy's constant rules (constantRules), put in each
	// evaluation's virtual cache before it starts: topdown then reads them as rules it has
	// already evaluated instead of evaluating them again on every decision.
	constants []constantRule
}

type constantRule struct {
	ref   ast.Ref
	value *ast.Term
}

// constantRules are the rules of compiler whose value is known before any input: a
// complete rule named by one word, alone at its path (no other definition, no default, no
// else), without arguments, with a body that is `true` and a ground value, as
// `actions := {"a", "b"}`.
// Its value is the head's value, whatever the input: a `with` of input does not change it,
// and a `with` of data starts an empty frame of the cache, where it is evaluated again.
func constantRules(compiler *ast.Compiler) []constantRule {
	var out []constantRule
	for _, module := range compiler.Modules {
		for _, rule := range module.Rules {
			h := rule.Head
			if rule.Default || rule.Else != nil || len(h.Args) > 0 || h.RuleKind() != ast.SingleValue ||
				h.Value == nil || !h.Value.IsGround() || len(h.Ref()) != 1 ||
				len(rule.Body) != 1 || !rule.Body[0].Equal(ast.NewExpr(ast.BooleanTerm(true))) {
				continue
			}
			ref := module.Package.Path.Extend(h.Ref())
			if len(compiler.GetRulesWithPrefix(ref)) != 1 { // this rule alone, nothing below it
				continue
			}
			out = append(out, constantRule{ref: ref, value: h.Value})
		}
	}
	return out
}

// newProgram compiles query on compiler (already holding the policy) for evaluation with
// topdown; outputs name the query's variables whose values eval returns.
func newProgram(ctx context.Context, compiler *ast.Compiler, store storage.Store, query string, outputs ...string) (*program, error) {
	body, err := ast.ParseBodyWithOpts(query, ast.ParserOptions{RegoVersion: ast.RegoV1, Capabilities: restrictedCapabilities, SkipRules: true})
	if err != nil {
		return nil, err
	}
	qc := compiler.QueryCompiler().WithEnablePrintStatements(false).WithStrict(false)
	compiled, err := qc.Compile(body)
	if err != nil {
		return nil, err
	}
	p := &program{compiler: compiler, store: store, query: compiled, constants: constantRules(compiler)}
	for _, name := range outputs {
		v := ast.Var(name)
		for local, original := range qc.RewrittenVars() {
			if original == v {
				v = local
				break
			}
		}
		p.outputs = append(p.outputs, v)
	}
	if p.txn, err = store.NewTransaction(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

func newStore() storage.Store { return inmem.New() }

// eval evaluates the program on input within lim and returns the values of its outputs
// in the first result, or ErrUndefined when it has none. Evaluation stops (topdown's
// cancellation) once ctx is done, the timeout has passed or the memory budget is spent.
func (p *program) eval(ctx context.Context, lim evalLimits, input *ast.Term, out []*ast.Term) error {
	w := startWatch(lim.timeout, lim.memory)
	var stop func() bool
	if ctx.Done() != nil {
		stop = context.AfterFunc(ctx, w.Cancel)
	}
	r := p.run()
	r.out, r.found = out, false
	err := r.q.WithInput(input).WithCancel(w).WithTime(time.Time{}).Iter(ctx, r.collect)
	found := r.found
	p.done(r)
	over := w.budget.over
	expired := w.finish(stop)
	if err != nil || over != nil {
		return evalError(ctx, lim, err, over, expired)
	}
	if !found {
		return ErrUndefined
	}
	return nil
}

// evalLimits bound one evaluation.
type evalLimits struct {
	timeout time.Duration
	memory  int64
}

// evalError is the error of an evaluation that failed (err) or was stopped by a bound
// (over, its memory; expired, its time).
func evalError(ctx context.Context, lim evalLimits, err error, over *LimitError, expired bool) error {
	switch {
	case over != nil:
		le := *over
		var te *topdown.Error
		if errors.As(err, &te) && te.Location != nil {
			le.Line, le.Col = te.Location.Row, te.Location.Col
		}
		return &le
	case expired || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("evaluation took longer than %s: %w", lim.timeout, context.DeadlineExceeded)
	}
	return err
}

// run is what one evaluation of a program needs, reused from evaluation to evaluation:
// the topdown query (its per-evaluation fields set each time; Iter takes the time anew
// when it is zero), its caches, and the callback keeping the first result.
type run struct {
	p       *program
	q       *topdown.Query
	caches  evalCaches
	meta    map[string]any
	out     []*ast.Term
	found   bool
	collect func(topdown.QueryResult) error
}

func (p *program) run() *run {
	if r, ok := p.runs.Get().(*run); ok {
		return r
	}
	r := &run{p: p, meta: map[string]any{}}
	r.reset()
	r.q = topdown.NewQuery(p.query).
		WithCompiler(p.compiler).
		WithStore(p.store).
		WithTransaction(p.txn).
		WithStrictBuiltinErrors(true).
		WithMetrics(metrics.NoOp()).
		WithVirtualCache(&r.caches.virtual).
		WithBaseCache(&r.caches.base).
		WithRequestMetadata(r.meta)
	r.collect = r.result
	return r
}

func (r *run) result(qr topdown.QueryResult) error {
	if !r.found {
		r.found = true
		for i, v := range r.p.outputs {
			r.out[i] = qr[v]
		}
	}
	return nil
}

// done returns r to the program's pool, holding nothing of the evaluation.
func (p *program) done(r *run) {
	r.q.WithInput(nil).WithCancel(nil)
	r.out = nil
	clear(r.meta)
	if !r.caches.reuse() {
		return // an unusually large evaluation: let it go rather than keep its buffers
	}
	r.reset()
	p.runs.Put(r)
}

// reset empties r's caches for the next evaluation and puts the program's constants in.
func (r *run) reset() {
	r.caches.virtual.reset()
	r.caches.base.root = nil
	for _, c := range r.p.constants {
		r.caches.virtual.Put(c.ref, c.value)
	}
}

// watch cancels an evaluation when its time is up (topdown.Cancel). Watches are reused
// when neither their timer nor the caller's context called them after the evaluation.
type watch struct {
	cancelled atomic.Bool
	expired   atomic.Bool
	timer     *time.Timer
	budget    budget // the evaluation's memory (limits.go)
}

var watches sync.Pool // of *watch

func startWatch(timeout time.Duration, memory int64) *watch {
	w, ok := watches.Get().(*watch)
	if !ok {
		w = &watch{}
		w.budget.start(memory)
		w.timer = time.AfterFunc(timeout, w.expire)
		return w
	}
	w.budget.start(memory)
	w.cancelled.Store(false)
	w.expired.Store(false)
	w.timer.Reset(timeout)
	return w
}

func (w *watch) Cancel() { w.cancelled.Store(true) }

// Cancelled is asked by topdown before each expression it evaluates (and by a few builtins
// as they write): each draws stepCost from the evaluation's memory budget, which stops it
// once spent or once a builtin refused its operands.
func (w *watch) Cancelled() bool {
	w.budget.left -= stepCost
	if w.budget.left < 0 || w.budget.over != nil {
		if w.budget.left < 0 {
			w.budget.stop(memoryLimit(w.budget.limit))
		}
		return true
	}
	return w.cancelled.Load()
}

func (w *watch) expire() {
	w.expired.Store(true)
	w.Cancel()
}

// finish stops the watch (and stop, the AfterFunc on the caller's context, if any) and
// reports whether the time was up.
func (w *watch) finish(stop func() bool) bool {
	reusable := w.timer.Stop()
	if stop != nil && !stop() {
		reusable = false // the context's callback ran, or runs: it may still cancel w
	}
	expired := w.expired.Load()
	if reusable {
		watches.Put(w)
	}
	return expired
}
