//go:build benchallowall

package authz

import "sync/atomic"

// This file exists only in builds with the benchallowall tag (make bench), never in a
// production build: it lets the benchmark replace every decision by "allow" to measure what
// the policy checks cost a request.

// AllowAllAvailable reports whether this build has the allow-all switch.
const AllowAllAvailable = true

var benchAllowAll atomic.Bool

// SetAllowAllForBenchmark makes every decision "allow" (on) or the engine's again (off).
func SetAllowAllForBenchmark(on bool) { benchAllowAll.Store(on) }

func allowAll() bool { return benchAllowAll.Load() }
