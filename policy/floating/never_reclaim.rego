# FLOATING preset "never-reclaim": a device gets a license only while one is
# free; nobody loses theirs until they log out.
package countthings.floating

# The pools a device of each account type may draw from, in order of preference.
pools_of_account_type := {
	"STANDARD": ["STANDARD"],
	"FLOATING": ["FLOATING"],
	"MIXED": ["STANDARD", "FLOATING"],
}

default decision := {"pool": null, "reclaim": null, "reason": "no license is available"}

decision := {"pool": "STANDARD", "reclaim": null, "reason": "a STANDARD license is free"} if {
	has_free_seat("STANDARD")
} else := {"pool": "FLOATING", "reclaim": null, "reason": "a FLOATING license is free"} if {
	has_free_seat("FLOATING")
} else := {"pool": null, "reclaim": null, "reason": "no license is free; this account never takes a license from another device"}

draws_from(pool) if pool in pools_of_account_type[input.account.type]

has_free_seat(pool) if {
	draws_from(pool)
	input.pools[pool].free > 0
}
