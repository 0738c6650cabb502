# The pools each account type has, in the order a device draws from them, for the
# FLOATING presets (and any account policy: it may import this one helper).
# policy.PoolsOf in Go is the same table; a test keeps the two equal.
package countthings.pools

of_account_type := {
	"STANDARD": ["STANDARD"],
	"FLOATING": ["FLOATING"],
	"MIXED": ["STANDARD", "FLOATING"],
}

# The input's account has this pool.
draws_from(pool) if pool in of_account_type[input.account.type]

# The input's account has this pool, and a free seat in it.
has_free_seat(pool) if {
	draws_from(pool)
	input.pools[pool].free > 0
}
