// Package policy loads, checks and evaluates the Rego policies of CountThings with embedded
// OPA: the non-editable base layer, each account's PERMISSIONS and FLOATING policies (the
// shipped defaults or an account's own version) and the Account Email rule. It imports
// nothing of internal/: the services hand it plain inputs (input.go) and read plain answers.
//
// # Untrusted policies
//
// An account's policy is untrusted code. Compile (compile.go) refuses a source that is too
// large, is not Rego v1, is outside its kind's package, imports or reads any document but
// its input, its own package and (FLOATING only) the shared pools helper, or calls a
// builtin outside restrictedCapabilities (network, clock, randomness, runtime, every builtin
// OPA marks non-deterministic); and one whose results on the shipped conformance cases
// (conformance/*.json) are not of the contract's shape. Drafts are checked on a few workers
// of their own (drafts.go: ErrBusy beyond them), so many at once cannot take the cores live
// decisions need. The shipped policies go through the same checks at NewEngine.
//
// # Bounds on every evaluation (limits.go)
//
// Every evaluation, the shipped policies' included, stops at the engine's timeout (default
// 250ms; topdown checks the evaluation's watch before each expression, and the caller's
// context cancels it too) and at a memory budget (WithMaxEvalMemory, default 64 MiB): each
// expression draws stepCost from it, and each builtin that makes a value draws that value's
// size, checked before it runs when its operands tell the size (a builtin ignores
// cancellation while it runs, so none may make more than the budget has left, nor do more
// than maxRegexWork steps of regex or glob matching). Numbers are bounded where they are
// born (literals, input, builtin results) in digits and exponent, since OPA turns them into
// exact big numbers. guardBuiltins installs these checks in topdown's process-wide builtin
// table at init. A bound reached is a *LimitError (errors.Is ErrLimit); the timeout is
// context.DeadlineExceeded; callers fail closed on either.
//
// # Why authorization bypasses rego.Eval
//
// Authorization runs on every field of every request, so its policies are evaluated as
// programs (program.go): the query that rego.PrepareForEval compiled, run straight with
// topdown on the same compiler, without rego's per-call wrapper (a store transaction,
// metrics, a cancellation goroutine, and every binding converted to Go values). A program
// reuses its topdown query and flat per-evaluation caches from a pool (evalcache.go: the
// same entries as topdown's virtual and base caches, without a map per rule path), puts
// the values of constant rules in the virtual cache before it starts (constantRules), and
// reads its outputs as terms. Inputs are built as ast values directly, without a JSON
// round trip (input.go), sharing the terms of the shipped policies' words, of recent
// subjects and of the current second's time.
//
// Two more shortcuts keep a decision cheap, each proven safe on the compiled policy:
//
//   - Compiled.decision evaluates the base layer's verdict and the account's allow in one
//     query (allow asked only when the base defers); a denial's reasons are then asked of
//     the base alone. An error of that query is the account policy's only if the base,
//     evaluated alone, defers: a broken account policy never stops what the base decides.
//   - Compiled.allowOnly asks allow alone when every deny rule starts with `not allow`
//     (denyWaitsForAllow): when allow is true, deny is empty and cannot fail.
//
// FLOATING decisions, dry runs (Evaluate) and the Account Email rule are rare and go through
// rego's prepared queries (Engine.eval), within the same bounds.
//
// # What the differential test guards
//
// TestAuthorizeDecidesAsRegoEvaluates (program_test.go) asks, for the shipped default and
// account policies written to stress the shortcuts (deny as a set of mixed values, as an
// array, an object or a string; deny or allow failing; allow not a boolean or undefined; a
// constant rule replaced by `with`), every subject, action and resource of a grid, and
// requires the engine's decision, its reasons in their order, and its error text to be
// exactly what rego's own prepared queries answer (regoDecision): the programs, the at-once
// and allow-only shortcuts and the term readers may not change any answer. It runs without
// the memo; TestAuthorizeMemoMatchesEvaluation requires a remembered decision to equal a
// fresh one.
//
// # Caches
//
//   - prepared (cache.go): account policy versions compiled once each, however many ask at
//     once (singleflight), in a bounded LRU (WithCacheSize). A version is immutable, so an
//     entry never goes stale; a transient failure is not kept, an *InvalidError is.
//   - decisions (memo.go): the outcome of a pure policy (one that reads the input only
//     through constant keys other than now and calls no non-deterministic builtin,
//     nowIndependent) per (policy, input without now), in a bounded LRU; the base
//     verdict and the PERMISSIONS decision are remembered apart. Policies that read now
//     are always evaluated. WithoutDecisionMemo turns it off.
//   - evaluation state (program.go, evalcache.go): each program's topdown queries and caches
//     are pooled; a run holds nothing of its evaluation once returned, and one that grew
//     unusually large is dropped rather than kept.
//   - input terms (input.go): recent subjects' input objects and the current second's time
//     term; terms in an input are never modified, so one may serve many evaluations at once.
package policy
