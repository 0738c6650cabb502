package policy

import "slices"

// PoolsOf are the pools an account of the given type has, in the order a device draws from
// them; nil for an unknown type. It is the one statement of that rule in Go (account
// creation, assignment, renewal and the FLOATING decision checks ask it); the presets' Rego
// helper, pools.rego, holds the same table, and a test keeps the two equal.
func PoolsOf(accountType string) []string {
	switch accountType {
	case AccountStandard:
		return []string{PoolStandard}
	case AccountFloating:
		return []string{PoolFloating}
	case AccountMixed:
		return []string{PoolStandard, PoolFloating}
	}
	return nil
}

// HasPool reports whether an account of the given type has the pool.
func HasPool(accountType, pool string) bool { return slices.Contains(PoolsOf(accountType), pool) }
