package policy

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileLimit is the evaluation time limit of the hostile-policy tests.
const hostileLimit = 100 * time.Millisecond

// An evaluation stops at its limit, and the builtin running then finishes first: each one
// is bounded to a few milliseconds of work. The test asserts it on the CPU time the process
// used (getrusage), which other processes' load on the machine does not inflate as it does
// the wall clock: at most the limit (if the evaluation had a core to itself all along) plus
// 50 ms, plus as much again for the garbage collector's parallel work. The wall clock is only
// checked against a loose bound (a shared machine may run the test at a fraction of a core).
func hostileCPU() time.Duration {
	if raceEnabled {
		return 4*hostileLimit + 200*time.Millisecond
	}
	return 2*hostileLimit + 50*time.Millisecond
}

func hostileWall() time.Duration {
	if raceEnabled {
		return hostileLimit + 5*time.Second
	}
	return hostileLimit + 2*time.Second
}

// hostileAlloc bounds what one hostile evaluation may allocate in all (garbage included):
// its 64 MiB budget, and as much again of topdown's short-lived state.
const hostileAlloc = 160 << 20

// measured runs f, failing the test if it has not returned after a long while (a builtin
// that ignores cancellation), and checks how long it took (CPU and wall clock); it returns
// the wall-clock time and how much f allocated.
func measured(t *testing.T, f func()) (time.Duration, uint64) {
	t.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := processCPU()
	start := time.Now()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		// The evaluation cannot be stopped, and the next GC or ReadMemStats would wait for a
		// builtin that is not preemptible: end the test binary now rather than hang.
		panic(fmt.Sprintf("%s: still running after 10 s (the limit is %s)", t.Name(), hostileLimit))
	}
	took := time.Since(start)
	cpu = processCPU() - cpu
	runtime.ReadMemStats(&after)
	assert.Less(t, cpu, hostileCPU(), "CPU time used")
	assert.Less(t, took, hostileWall(), "wall clock (the machine may be loaded)")
	t.Logf("CPU %v", cpu.Round(time.Millisecond))
	return took, after.TotalAlloc - before.TotalAlloc
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var directive = regexp.MustCompile(`(?m)^# (action|code): (\S+)$`)

func hostileFiles(t *testing.T, pattern string) map[string]string {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "hostile", pattern))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[strings.TrimSuffix(filepath.Base(f), ".rego")] = string(b)
	}
	return out
}

// Every policy of the hostile corpus is refused as a draft (POLICY_INVALID, saying why),
// and, stored as an account's policy anyway, denies a live decision: each within its time
// limit and its memory.
func TestHostilePoliciesAreRefusedAndStopped(t *testing.T) {
	e := newTestEngine(t, WithEvalTimeout(hostileLimit), WithoutDecisionMemo())
	in := PermissionInput{Subject: user("OPERATOR", "count"), Action: "device.login", Resource: device("a1"), Now: testNow}
	version := 0
	for name, src := range hostileFiles(t, "*.rego") {
		version++
		t.Run(name, func(t *testing.T) {
			var err error
			took, alloc := measured(t, func() { _, err = e.Compile(context.Background(), KindPermissions, src) })
			var invalid *InvalidError
			require.ErrorAs(t, err, &invalid, "a hostile draft must be refused")
			assert.Regexp(t, `too costly|too large|too big|limited to|undefined function|memory limit|excessive aliasing|out of range`, err.Error())
			assert.Less(t, alloc, uint64(hostileAlloc), "the draft's checks allocated too much")
			t.Logf("draft: %v, %d MiB: %v", took.Round(time.Millisecond), alloc>>20, err)

			var d Decision
			v := &Version{AccountID: "a1", Kind: KindPermissions, Version: version, Source: src}
			took, alloc = measured(t, func() { d, err = e.Authorize(context.Background(), v, in) })
			require.Error(t, err)
			assert.False(t, d.Allow, "a policy stopped by a bound denies")
			assert.Less(t, alloc, uint64(hostileAlloc), "the live decision allocated too much")
			t.Logf("live: %v, %d MiB: %v", took.Round(time.Millisecond), alloc>>20, err)
		})
	}
}

// Policies that pass the conformance cases and run a bomb in one situation only: the
// decision in that situation denies (or grants no license) within the limits, and a
// limit error says why.
func TestHostileOnlyInOneSituation(t *testing.T) {
	e := newTestEngine(t, WithEvalTimeout(hostileLimit), WithoutDecisionMemo())
	for name, src := range hostileFiles(t, "live/*.rego") {
		t.Run(name, func(t *testing.T) {
			m := directive.FindStringSubmatch(src)
			require.NotNil(t, m, "name the situation: # action: or # code:")
			kind := KindPermissions
			if m[1] == "code" {
				kind = KindFloating
			}
			_, err := e.Compile(context.Background(), kind, src)
			require.NoError(t, err, "the conformance cases do not meet the bomb")
			v := &Version{AccountID: "a1", Kind: kind, Version: 1, Source: src}
			var took time.Duration
			var alloc uint64
			if kind == KindPermissions {
				var d Decision
				in := PermissionInput{Subject: user("OPERATOR", "count"), Action: m[2], Resource: map[string]any{"type": "event", "accountId": "a1"}, Now: testNow}
				took, alloc = measured(t, func() { d, err = e.Authorize(context.Background(), v, in) })
				assert.False(t, d.Allow)
			} else {
				var d FloatingDecision
				in := situation(AccountFloating, 0, 1)
				in.Device.Code = m[2]
				took, alloc = measured(t, func() { d, err = e.DecideFloating(context.Background(), v, in) })
				assert.Nil(t, d.Pool, "no license")
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrLimit) || errors.Is(err, context.DeadlineExceeded), "%v", err)
			assert.Less(t, alloc, uint64(hostileAlloc))
			t.Logf("%v, %d MiB: %v", took.Round(time.Millisecond), alloc>>20, err)
		})
	}
}

// The bounds leave what a policy does in earnest alone: the same builtins on ordinary
// operands (and larger than a decision needs) give OPA's answers.
func TestBoundsLeaveOrdinaryPoliciesAlone(t *testing.T) {
	e := newTestEngine(t, WithEvalTimeout(5*time.Second), WithoutDecisionMemo())
	src := `package countthings.permissions

default allow := false

s := concat("", [x | some i in numbers.range(1, 1000); x := "abcdefghij"])

allow if {
	bits.lsh(1, 64) == 18446744073709551616
	count(numbers.range(1, 100000)) == 100000
	sprintf("%05d-%s-%v", [42, "x", [1, 2]]) == "00042-x-[1, 2]"
	count(replace(s, "a", "AA")) == 11000
	count(regex.replace(s, "(a)(b)", "$2$1")) == 10000
	count(split(s, "j")) == 1001
	regex.match("^(abcdefghij)+$", s)
	count(json.marshal([s, s])) == 20007
	count(json.marshal_with_options({"a": [1, 2]}, {"pretty": true, "indent": "  "})) > 10
	product([2, 3, 1e10]) == 6e10
	to_number("1e300") > 1
	glob.match("*.example.com", ["."], "a.example.com")
	count([p | walk({"a": {"b": [1, 2, 3]}}, [p, _])]) == 6
	yaml.unmarshal("a: [1, 2]").a[1] == 2
	strings.replace_n({"a": "xyz"}, s) != s
}
`
	_, err := e.Compile(context.Background(), KindPermissions, src)
	require.NoError(t, err)
	v := &Version{AccountID: "a1", Kind: KindPermissions, Version: 1, Source: src}
	d, err := e.Authorize(context.Background(), v, PermissionInput{Subject: user("OPERATOR", "count"), Action: "device.login", Resource: device("a1"), Now: testNow})
	require.NoError(t, err)
	assert.True(t, d.Allow, "every ordinary use passes its bound")
}
