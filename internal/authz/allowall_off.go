//go:build !benchallowall

package authz

// AllowAllAvailable reports whether this build has the benchmark's allow-all switch: never
// in a normal build (see allowall_bench.go, built only with -tags benchallowall).
const AllowAllAvailable = false

func allowAll() bool { return false }
