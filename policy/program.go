package policy

import (
	"context"
	"errors"
	"fmt"
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
	p := &program{compiler: compiler, store: store, query: compiled}
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

// eval evaluates the program on input within timeout and returns the values of its
// outputs in the first result, or ErrUndefined when it has none. Evaluation stops
// (topdown's cancellation) once ctx is done or the timeout has passed.
func (p *program) eval(ctx context.Context, timeout time.Duration, input *ast.Term, out []*ast.Term) error {
	// A timer and, when ctx can end, an AfterFunc on it: cheaper than a context with a
	// deadline per evaluation, with the same effect.
	w := &watch{cancel: topdown.NewCancel()}
	timer := time.AfterFunc(timeout, w.expire)
	defer timer.Stop()
	if ctx.Done() != nil {
		stop := context.AfterFunc(ctx, w.cancel.Cancel)
		defer stop()
	}
	caches := getEvalCaches()
	defer putEvalCaches(caches)
	found := false
	err := topdown.NewQuery(p.query).
		WithCompiler(p.compiler).
		WithStore(p.store).
		WithTransaction(p.txn).
		WithInput(input).
		WithStrictBuiltinErrors(true).
		WithCancel(w.cancel).
		WithMetrics(metrics.NoOp()).
		WithVirtualCache(&caches.virtual).
		WithBaseCache(&caches.base).
		Iter(ctx, func(qr topdown.QueryResult) error {
			if !found {
				found = true
				for i, v := range p.outputs {
					out[i] = qr[v]
				}
			}
			return nil
		})
	if err != nil {
		if w.expired.Load() || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("evaluation took longer than %s: %w", timeout, context.DeadlineExceeded)
		}
		return err
	}
	if !found {
		return ErrUndefined
	}
	return nil
}

// watch cancels an evaluation when its time is up.
type watch struct {
	cancel  topdown.Cancel
	expired atomic.Bool
}

func (w *watch) expire() {
	w.expired.Store(true)
	w.cancel.Cancel()
}
