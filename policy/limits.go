package policy

import (
	"errors"
	"fmt"
	"math/big"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/topdown/builtins"
)

// Every evaluation of a policy is bounded in time (the engine's timeout: topdown checks
// its Cancel, the evaluation's watch, before each expression) and in memory: a budget of
// bytes per evaluation (WithMaxEvalMemory, 64 MiB by default) that
//
//   - each expression evaluated draws stepCost from (the state topdown allocates for it,
//     which a comprehension or a rule may keep: an element, a binding, a cache entry), and
//   - each builtin that makes a new value draws that value's size from, before it runs when
//     its operands tell the size (bits.lsh, numbers.range, sprintf's widths, replace,
//     concat, split, json.marshal of a value, regex work…), after it ran otherwise.
//
// A builtin ignores cancellation while it runs, so the checks before it keep any single
// call small: none may make more than what is left of the budget, and none may do more
// than maxRegexWork steps of regular-expression or glob matching. Numbers are bounded
// where they are born (literals, input, builtin results): at most maxNumberDigits digits
// and an exponent of at most maxNumberExponent, since OPA turns numbers into exact big
// integers and rationals (1e100000000 is a 41 MB integer).
const (
	// stepCost is what one expression evaluated draws from the memory budget: above what
	// topdown keeps per step (measured: TestStepCostCoversComprehensions).
	stepCost = 128
	// maxNumberDigits and maxNumberExponent bound every number an evaluation handles.
	maxNumberDigits   = 1000
	maxNumberExponent = 1000
	// maxIntBits bounds big-integer results (bits.lsh): maxNumberDigits digits.
	maxIntBits = 3321
	// maxRegexWork bounds compiled-pattern instructions × input bytes of one regular
	// expression or glob match (RE2 matches in time linear in that product).
	maxRegexWork = 4 << 20
	// maxPatternBytes bounds one regular expression or glob pattern.
	maxPatternBytes = 4 << 10
	// Sizes charged per value, about what Go and OPA allocate for it.
	termCost  = 32 // an *ast.Term and its value's header
	entryCost = 48 // an object entry or set element beyond its terms
)

// LimitError says an evaluation was stopped by one of its bounds (memory, a number's
// size, a builtin's operands); the timeout is context.DeadlineExceeded.
type LimitError struct {
	Reason    string
	Line, Col int // where the evaluation was when it was stopped, 0 if unknown
}

func (e *LimitError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Reason)
	}
	return e.Reason
}

// ErrLimit is matched (errors.Is) by every *LimitError.
var ErrLimit = errors.New("policy: evaluation limit")

func (e *LimitError) Is(target error) bool { return target == ErrLimit }

func limitf(format string, args ...any) *LimitError {
	return &LimitError{Reason: fmt.Sprintf(format, args...)}
}

// memoryLimit is the budget error's text.
func memoryLimit(limit int64) *LimitError {
	return limitf("the evaluation would use more than %s, the memory limit of one evaluation", bytesText(limit))
}

func bytesText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// budget is the memory budget of one evaluation; the watch carries it, so builtins find it
// through their BuiltinContext's Cancel. topdown calls Cancelled and the builtins from the
// evaluating goroutine only, so left and over need no synchronisation.
type budget struct {
	limit int64
	left  int64
	over  *LimitError // the bound that stopped the evaluation, nil if none
}

func (b *budget) start(limit int64) { b.limit, b.left, b.over = limit, limit, nil }

// charge draws n bytes; past the limit the evaluation is stopped.
func (b *budget) charge(n int64) error {
	b.left -= n
	if b.left < 0 {
		return b.stop(memoryLimit(b.limit))
	}
	return nil
}

// stop records why the evaluation must stop (its next step sees it) and returns it.
func (b *budget) stop(err *LimitError) *LimitError {
	if b.over == nil {
		b.over = err
	}
	return err
}

// budgetOf is the budget of the evaluation a builtin runs in; outside the engine (the
// `policy test` command) a fresh one of the default size for each call.
func budgetOf(bctx topdown.BuiltinContext) *budget {
	if w, ok := bctx.Cancel.(*watch); ok {
		return &w.budget
	}
	b := &budget{}
	b.start(defaultMaxEvalMemory)
	return b
}

const defaultMaxEvalMemory = 64 << 20

// sizer measures a value as a builtin would copy or render it: shared parts count each
// time they appear (json.marshal writes them out each time), and the walk stops once the
// size passes limit, so a value that refers to itself exponentially costs only the limit.
type sizer struct {
	limit int64
	size  int64
	nodes int64
	depth int
	err   error
}

func (s *sizer) add(n int64) bool {
	s.size += n
	return s.size <= s.limit
}

func (s *sizer) value(v ast.Value, depth int) bool {
	s.nodes++
	s.depth = max(s.depth, depth)
	switch v := v.(type) {
	case ast.String:
		return s.add(termCost + int64(len(v)))
	case ast.Number:
		if err := checkNumber(v); err != nil {
			s.err = err
			return false
		}
		return s.add(termCost + int64(len(v)))
	case *ast.Array:
		if !s.add(termCost + 8*int64(v.Len())) {
			return false
		}
		for i := range v.Len() {
			if !s.value(v.Elem(i).Value, depth+1) {
				return false
			}
		}
		return true
	case ast.Object:
		if !s.add(termCost + entryCost*int64(v.Len())) {
			return false
		}
		ok := true
		v.Until(func(k, x *ast.Term) bool {
			ok = s.value(k.Value, depth+1) && s.value(x.Value, depth+1)
			return !ok
		})
		return ok
	case ast.Set:
		if !s.add(termCost + entryCost*int64(v.Len())) {
			return false
		}
		ok := true
		v.Until(func(x *ast.Term) bool {
			ok = s.value(x.Value, depth+1)
			return !ok
		})
		return ok
	}
	return s.add(termCost)
}

// sizeOf is v's size, or a number past limit when it is larger; an error for a number
// out of bounds.
func sizeOf(v ast.Value, limit int64) (int64, error) {
	s := sizer{limit: limit}
	s.value(v, 0)
	return s.size, s.err
}

// checkNumber refuses a number with too many digits or too large an exponent.
func checkNumber(n ast.Number) error {
	s := string(n)
	if len(s) <= 20 {
		if e := strings.IndexAny(s, "eE"); e < 0 || len(s)-e <= 4 {
			return nil // fast path: a short number, exponent under 1000
		}
	}
	mantissa, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mantissa = s[:i]
		digits := strings.TrimLeft(s[i+1:], "+-")
		digits = strings.TrimLeft(digits, "0")
		if len(digits) > 4 {
			return limitf("the number %s… is too large: exponents are limited to %d", s[:min(len(s), 24)], maxNumberExponent)
		}
		for _, c := range digits {
			exp = exp*10 + int(c-'0')
		}
	}
	digits := 0
	for _, c := range mantissa {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if exp > maxNumberExponent || digits > maxNumberDigits {
		return limitf("the number %s… is too large: numbers are limited to %d digits and exponents to %d", s[:min(len(s), 24)], maxNumberDigits, maxNumberExponent)
	}
	return nil
}

// chargeValue draws v's size from b, refusing it (and stopping the evaluation) when it does
// not fit or holds a number out of bounds.
func (b *budget) chargeValue(v ast.Value) error {
	switch v := v.(type) { // the common small results without a walk
	case ast.Boolean, ast.Null:
		return b.charge(termCost)
	case ast.String:
		return b.charge(termCost + int64(len(v)))
	}
	n, err := sizeOf(v, max(b.left, 0))
	if err != nil {
		return b.stop(err.(*LimitError))
	}
	return b.charge(n)
}

// fits refuses, before a builtin runs, a result of n bytes that cannot fit what is left.
func (b *budget) fits(name string, n int64) error {
	if n > b.left {
		return b.stop(limitf("%s: the result would take more than %s, the memory limit of one evaluation (%s left)", name, bytesText(b.limit), bytesText(max(b.left, 0))))
	}
	return nil
}

// operandsSize is the size the operands would have written out (json.marshal, sprintf),
// refusing them when it is more than what is left.
func (b *budget) operandsSize(name string, ops ...*ast.Term) (int64, error) {
	var total int64
	for _, op := range ops {
		n, err := sizeOf(op.Value, max(b.left, 0))
		if err != nil {
			return 0, b.stop(err.(*LimitError))
		}
		total += n
		if err := b.fits(name, total); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// guard is a builtin's check before it runs: nil to let it run.
type guard func(b *budget, ops []*ast.Term) error

// unguarded builtins return a boolean, a small number or string, or a part of an operand,
// in time linear in their operands; they are left as OPA has them (the decision path uses
// several: no cost added there).
var unguarded = map[string]bool{
	"equal": true, "neq": true, "lt": true, "gt": true, "lte": true, "gte": true, "eq": true, "assign": true,
	"count": true, "internal.member_2": true, "internal.member_3": true, "type_name": true,
	"is_array": true, "is_boolean": true, "is_null": true, "is_number": true, "is_object": true, "is_set": true, "is_string": true,
	"startswith": true, "endswith": true, "contains": true, "indexof": true, "strings.count": true,
	"strings.any_prefix_match": true, "strings.any_suffix_match": true,
	"object.get": true, "object.subset": true, "any": true, "all": true,
	"trim": true, "trim_left": true, "trim_right": true, "trim_prefix": true, "trim_suffix": true, "trim_space": true, "substring": true,
	"crypto.hmac.equal": true, "crypto.md5": true, "crypto.sha1": true, "crypto.sha256": true,
	"crypto.hmac.md5": true, "crypto.hmac.sha1": true, "crypto.hmac.sha256": true, "crypto.hmac.sha512": true,
	"semver.compare": true, "semver.is_valid": true, "json.is_valid": true, "base64.is_valid": true, "uri.is_valid": true,
	"internal.print": true, "print": true, "rego.metadata.chain": true, "rego.metadata.rule": true,
	"time.parse_ns": true, "time.parse_rfc3339_ns": true, "time.parse_duration_ns": true, "time.date": true, "time.clock": true,
	"time.weekday": true, "time.add_date": true, "time.diff": true, "time.format": true,
}

// guards are the checks of builtins whose cost grows with their operands beyond their size.
var guards = map[string]guard{
	"bits.lsh":                         guardShift,
	"numbers.range":                    guardRange,
	"numbers.range_step":               guardRange,
	"sprintf":                          guardSprintf,
	"replace":                          guardReplace,
	"strings.replace_n":                guardReplaceN,
	"concat":                           guardConcat,
	"split":                            guardSplit,
	"strings.split_n":                  guardSplit,
	"product":                          guardProduct,
	"json.marshal":                     guardMarshal(1),
	"json.marshal_with_options":        guardMarshalOptions,
	"yaml.marshal":                     guardMarshal(2),
	"array.flatten":                    guardMarshal(1),
	"json.patch":                       guardPatch,
	"re_match":                         guardRegex(0, 1),
	"regex.match":                      guardRegex(0, 1),
	"regex.is_valid":                   guardRegex(0, -1),
	"regex.find_n":                     guardRegexSplit(0, 1),
	"regex.find_all_string_submatch_n": guardRegexSplit(0, 1),
	"regex.split":                      guardRegexSplit(0, 1),
	"regex.replace":                    guardRegexReplace,
	"regex.template_match":             guardTemplateMatch,
	"glob.match":                       guardGlob,
	"yaml.unmarshal":                   guardInput(0, 16),
	"yaml.is_valid":                    guardInput(0, 16),
	"json.unmarshal":                   guardInput(0, 16),
	"graphql.parse":                    guardInput(-1, 64),
	"graphql.parse_and_verify":         guardInput(-1, 64),
	"graphql.parse_query":              guardInput(-1, 64),
	"graphql.parse_schema":             guardInput(-1, 64),
	"graphql.is_valid":                 guardInput(-1, 64),
	"graphql.schema_is_valid":          guardInput(-1, 64),
}

// guardBuiltins replaces OPA's implementation of every builtin an account policy may call,
// but the unguarded ones, with one that checks its operands first (guards) and charges
// what it made to the evaluation's budget. topdown has one table of builtins for the
// process, so this holds for every evaluation in it, the shipped policies' too.
var guardBuiltins = sync.OnceFunc(func() {
	for _, b := range restrictedCapabilities.Builtins {
		name := b.Name
		if unguarded[name] || name == "walk" {
			continue
		}
		orig := topdown.GetBuiltin(name)
		if orig == nil {
			continue
		}
		topdown.RegisterBuiltinFunc(name, guarded(name, orig, guards[name]))
		needsContext(name)
	}
	if orig := topdown.GetBuiltin("walk"); orig != nil {
		topdown.RegisterBuiltinFunc("walk", guardedWalk(orig))
		needsContext("walk")
	}
})

func init() { guardBuiltins() }

// needsContext makes topdown hand the builtin its BuiltinContext (the evaluation's Cancel,
// where the budget is): it leaves it empty for builtins declared not to need it.
func needsContext(name string) {
	if decl, ok := ast.BuiltinMap[name]; ok {
		decl.CanSkipBctx = false
	}
}

func guarded(name string, orig topdown.BuiltinFunc, check guard) topdown.BuiltinFunc {
	return func(bctx topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		b := budgetOf(bctx)
		if b.over != nil {
			return b.over
		}
		if check != nil {
			if err := check(b, ops); err != nil {
				return err
			}
		}
		var chargeErr error
		err := orig(bctx, ops, func(out *ast.Term) error {
			if err := b.chargeValue(out.Value); err != nil {
				chargeErr = err
				return err
			}
			return iter(out)
		})
		if chargeErr != nil {
			return chargeErr // not OPA's wrapping of it, which names the builtin twice
		}
		return err
	}
}

// guardedWalk charges each path walk makes (the values it yields are parts of its operand).
func guardedWalk(orig topdown.BuiltinFunc) topdown.BuiltinFunc {
	return func(bctx topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		b := budgetOf(bctx)
		return orig(bctx, ops, func(out *ast.Term) error {
			cost := int64(termCost)
			if pair, ok := out.Value.(*ast.Array); ok && pair.Len() == 2 {
				if path, ok := pair.Elem(0).Value.(*ast.Array); ok {
					cost += int64(path.Len()) * (termCost + 8)
				}
			}
			if err := b.charge(cost); err != nil {
				return err
			}
			return iter(out)
		})
	}
}

func str(ops []*ast.Term, i int) (string, bool) {
	if i < 0 || i >= len(ops) {
		return "", false
	}
	s, ok := ops[i].Value.(ast.String)
	return string(s), ok
}

func guardShift(b *budget, ops []*ast.Term) error {
	x, err := builtins.BigIntOperand(ops[0].Value, 1)
	if err != nil {
		return nil // OPA's own error
	}
	n, err := builtins.IntOperand(ops[1].Value, 2)
	if err != nil {
		return nil
	}
	if bits := x.BitLen() + n; bits > maxIntBits {
		return b.stop(limitf("bits.lsh: the result would have %d bits; integers are limited to %d", bits, maxIntBits))
	}
	return nil
}

func guardRange(b *budget, ops []*ast.Term) error {
	lo, err1 := builtins.BigIntOperand(ops[0].Value, 1)
	hi, err2 := builtins.BigIntOperand(ops[1].Value, 2)
	if err1 != nil || err2 != nil {
		return nil
	}
	n := new(big.Int).Sub(hi, lo)
	n.Abs(n)
	if len(ops) > 3 { // numbers.range_step(a, b, step)
		step, err := builtins.BigIntOperand(ops[2].Value, 3)
		if err != nil || step.Sign() <= 0 {
			return nil
		}
		n.Quo(n, step)
	}
	n.Add(n, big.NewInt(1))
	digits := int64(max(len(lo.String()), len(hi.String())))
	limit := big.NewInt(max(b.left, 0) / (termCost + 8 + digits))
	if n.Cmp(limit) > 0 {
		return b.stop(limitf("numbers.range: %s numbers would take more than %s, the memory limit of one evaluation (%s left)", n, bytesText(b.limit), bytesText(max(b.left, 0))))
	}
	return nil
}

// guardSprintf bounds the result by the format's length, its widths and precisions and
// the operands written out.
func guardSprintf(b *budget, ops []*ast.Term) error {
	format, ok := str(ops, 0)
	if !ok {
		return nil
	}
	args, _ := ops[1].Value.(*ast.Array)
	total := int64(len(format))
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		// flags, width, precision: each number, or * (an operand, which must then be an int).
		for i++; i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0; i++ {
		}
		for _, part := range []bool{false, true} {
			if part {
				if i >= len(format) || format[i] != '.' {
					break
				}
				i++
			}
			if i < len(format) && format[i] == '*' {
				return b.stop(limitf("sprintf: widths and precisions from operands (*) are not allowed; write them in the format"))
			}
			n := int64(0)
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				n = n*10 + int64(format[i]-'0')
				if n > b.left {
					return b.fits("sprintf", n)
				}
			}
			total += n
		}
		if i < len(format) && format[i] == '[' { // explicit argument index
			for ; i < len(format) && format[i] != ']'; i++ {
			}
		}
	}
	if err := b.fits("sprintf", total); err != nil {
		return err
	}
	if args != nil {
		// Each operand may be written more than once with explicit indexes: count it per verb.
		n, err := b.operandsSize("sprintf", ops[1])
		if err != nil {
			return err
		}
		verbs := int64(strings.Count(format, "%"))
		if err := b.fits("sprintf", total+n*max(1, verbs/max(int64(args.Len()), 1))); err != nil {
			return err
		}
	}
	return nil
}

// replacedLen is the length of s with every old replaced by new (Go's strings.Replace: an
// empty old matches before every rune and at the end).
func replacedLen(s, old, new string) int64 {
	n := int64(strings.Count(s, old))
	return int64(len(s)) + n*int64(len(new)-len(old))
}

func guardReplace(b *budget, ops []*ast.Term) error {
	s, ok1 := str(ops, 0)
	old, ok2 := str(ops, 1)
	new, ok3 := str(ops, 2)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	return b.fits("replace", replacedLen(s, old, new))
}

func guardReplaceN(b *budget, ops []*ast.Term) error {
	patterns, ok := ops[0].Value.(ast.Object)
	s, ok2 := str(ops, 1)
	if !ok || !ok2 {
		return nil
	}
	total := int64(len(s))
	var err error
	patterns.Until(func(k, v *ast.Term) bool {
		old, ok1 := k.Value.(ast.String)
		new, ok2 := v.Value.(ast.String)
		if ok1 && ok2 && len(new) > len(old) {
			total += replacedLen(s, string(old), string(new)) - int64(len(s))
		}
		err = b.fits("strings.replace_n", total)
		return err != nil
	})
	return err
}

func guardConcat(b *budget, ops []*ast.Term) error {
	sep, ok := str(ops, 0)
	if !ok {
		return nil
	}
	total, n := int64(0), int64(0)
	add := func(t *ast.Term) error {
		if s, ok := t.Value.(ast.String); ok {
			total += int64(len(s))
		}
		n++
		return nil
	}
	switch c := ops[1].Value.(type) {
	case *ast.Array:
		_ = c.Iter(add)
	case ast.Set:
		_ = c.Iter(add)
	}
	return b.fits("concat", total+max(n-1, 0)*int64(len(sep)))
}

func guardSplit(b *budget, ops []*ast.Term) error {
	s, ok1 := str(ops, 0)
	sep, ok2 := str(ops, 1)
	if !ok1 || !ok2 {
		return nil
	}
	var parts int64
	if sep == "" {
		parts = int64(utf8.RuneCountInString(s))
	} else {
		parts = int64(strings.Count(s, sep)) + 1
	}
	return b.fits("split", parts*(termCost+16)+int64(len(s)))
}

// guardProduct refuses a product whose digits would pass the numbers' bound: OPA computes
// it exactly and writes it out in full.
func guardProduct(b *budget, ops []*ast.Term) error {
	digits := 0
	add := func(t *ast.Term) error {
		if n, ok := t.Value.(ast.Number); ok {
			digits += magnitude(n)
		}
		return nil
	}
	switch c := ops[0].Value.(type) {
	case *ast.Array:
		_ = c.Iter(add)
	case ast.Set:
		_ = c.Iter(add)
	}
	if digits > maxNumberDigits+maxNumberExponent {
		return b.stop(limitf("product: the result would have about %d digits; numbers are limited to %d", digits, maxNumberDigits))
	}
	return nil
}

// magnitude is about how many decimal digits n has before or after its point, exponent
// included (n passed checkNumber).
func magnitude(n ast.Number) int {
	s := strings.TrimLeft(string(n), "-")
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		for _, c := range strings.TrimLeft(s[i+1:], "+-") {
			exp = exp*10 + int(c-'0')
		}
		s = s[:i]
	}
	return len(s) + exp
}

// guardMarshal bounds a rendering of operand 0 by its size times factor.
func guardMarshal(factor int64) guard {
	return func(b *budget, ops []*ast.Term) error {
		n, err := b.operandsSize("marshal", ops[0])
		if err != nil {
			return err
		}
		return b.fits("marshal", n*factor)
	}
}

// guardMarshalOptions also counts the indentation: each node on a line of its own, with
// the prefix and the indent once per level.
func guardMarshalOptions(b *budget, ops []*ast.Term) error {
	s := sizer{limit: max(b.left, 0)}
	s.value(ops[0].Value, 0)
	if s.err != nil {
		return b.stop(s.err.(*LimitError))
	}
	var pad int64
	if opts, ok := ops[1].Value.(ast.Object); ok {
		for _, key := range []string{"prefix", "indent"} {
			if v := opts.Get(ast.StringTerm(key)); v != nil {
				if p, ok := v.Value.(ast.String); ok {
					pad += int64(len(p))
				}
			}
		}
	}
	return b.fits("json.marshal_with_options", s.size+s.nodes*(1+pad*int64(s.depth+1)))
}

func guardPatch(b *budget, ops []*ast.Term) error {
	n, err := b.operandsSize("json.patch", ops[0])
	if err != nil {
		return err
	}
	patches := int64(1)
	if a, ok := ops[1].Value.(*ast.Array); ok {
		patches += int64(a.Len())
	}
	return b.fits("json.patch", n*patches)
}

// guardInput bounds the text a parser reads (operand i, every string operand when -1) to
// what is left divided by growth, what parsing it may take.
func guardInput(i int, growth int64) guard {
	return func(b *budget, ops []*ast.Term) error {
		for j, op := range ops {
			if i >= 0 && j != i {
				continue
			}
			if s, ok := op.Value.(ast.String); ok {
				if err := b.fits("parsing", int64(len(s))*growth); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// regexCosts remembers how many instructions each pattern compiles to.
var regexCosts = struct {
	sync.Mutex
	m map[string]int
}{m: map[string]int{}}

// patternCost is about the number of instructions pattern compiles to, or -1 if it does
// not parse (OPA reports that error). It is estimated from the parsed pattern first, so a
// pattern too large to run is refused without being compiled.
func patternCost(pattern string) int {
	regexCosts.Lock()
	n, ok := regexCosts.m[pattern]
	regexCosts.Unlock()
	if ok {
		return n
	}
	n = -1
	if re, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		n = regexSize(re)
		if n <= maxRegexInsts {
			if prog, err := syntax.Compile(re.Simplify()); err == nil {
				n = len(prog.Inst)
			}
		}
	}
	regexCosts.Lock()
	if len(regexCosts.m) >= 1024 {
		clear(regexCosts.m)
	}
	regexCosts.m[pattern] = n
	regexCosts.Unlock()
	return n
}

// maxRegexInsts bounds the instructions of one compiled pattern.
const maxRegexInsts = 20000

// regexSize estimates the instructions re compiles to (repeats unrolled), saturating past
// maxRegexInsts.
func regexSize(re *syntax.Regexp) int {
	sub := func() int {
		n := 0
		for _, s := range re.Sub {
			n += regexSize(s)
			if n > maxRegexInsts {
				return maxRegexInsts + 1
			}
		}
		return n
	}
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpRepeat:
		times := re.Max
		if times < 0 {
			times = re.Min + 1
		}
		return min(maxRegexInsts+1, (sub()+1)*max(times, 1))
	case syntax.OpConcat, syntax.OpAlternate, syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		return min(maxRegexInsts+1, sub()+len(re.Sub)+1)
	}
	return 1
}

func checkPattern(b *budget, name, pattern string, input int) error {
	if len(pattern) > maxPatternBytes {
		return b.stop(limitf("%s: the pattern is %d bytes long; patterns are limited to %d", name, len(pattern), maxPatternBytes))
	}
	cost := patternCost(pattern)
	if cost < 0 {
		return nil
	}
	if cost > maxRegexInsts {
		return b.stop(limitf("%s: the pattern compiles to more than %d instructions", name, maxRegexInsts))
	}
	if work := int64(cost) * int64(max(input, 1)); work > maxRegexWork {
		return b.stop(limitf("%s: a pattern of %d instructions on %d bytes of input is too much work (at most %d instruction × bytes)", name, cost, input, maxRegexWork))
	}
	return nil
}

func guardRegex(pattern, input int) guard {
	return func(b *budget, ops []*ast.Term) error {
		p, ok := str(ops, pattern)
		if !ok {
			return nil
		}
		s, _ := str(ops, input)
		return checkPattern(b, "regex", p, len(s))
	}
}

// guardRegexSplit also bounds the parts a split or a search may return.
func guardRegexSplit(pattern, input int) guard {
	check := guardRegex(pattern, input)
	return func(b *budget, ops []*ast.Term) error {
		if err := check(b, ops); err != nil {
			return err
		}
		s, _ := str(ops, input)
		return b.fits("regex", int64(len(s)+1)*(termCost+16)+int64(len(s)))
	}
}

// guardRegexReplace bounds the result: each match replaced by the template; a $n stands for
// a group inside its match, and matches do not overlap, so each $n adds at most the input's
// length over all matches.
func guardRegexReplace(b *budget, ops []*ast.Term) error {
	s, ok1 := str(ops, 0)
	p, ok2 := str(ops, 1)
	repl, ok3 := str(ops, 2)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	if err := checkPattern(b, "regex.replace", p, len(s)); err != nil {
		return err
	}
	refs := int64(strings.Count(repl, "$"))
	matches := int64(len(s) + 1)
	return b.fits("regex.replace", int64(len(s))+matches*int64(len(repl))+refs*int64(len(s)))
}

func guardTemplateMatch(b *budget, ops []*ast.Term) error {
	p, ok := str(ops, 0)
	s, _ := str(ops, 1)
	if !ok {
		return nil
	}
	return checkPattern(b, "regex.template_match", p, len(s))
}

func guardGlob(b *budget, ops []*ast.Term) error {
	p, ok := str(ops, 0)
	s, _ := str(ops, 2)
	if !ok {
		return nil
	}
	if len(p) > maxPatternBytes {
		return b.stop(limitf("glob.match: the pattern is %d bytes long; patterns are limited to %d", len(p), maxPatternBytes))
	}
	if work := int64(len(p)) * int64(max(len(s), 1)); work > maxRegexWork {
		return b.stop(limitf("glob.match: a pattern of %d bytes on %d bytes of input is too much work", len(p), len(s)))
	}
	return nil
}
