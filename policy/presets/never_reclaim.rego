# FLOATING preset "never-reclaim": a device gets a license only while one is
# free; nobody loses theirs until they log out.
package countthings.presets.never_reclaim

import data.countthings.pools

default decision := {"pool": null, "reclaim": null, "reason": "no license is available"}

decision := {"pool": "STANDARD", "reclaim": null, "reason": "a STANDARD license is free"} if {
	pools.has_free_seat("STANDARD")
} else := {"pool": "FLOATING", "reclaim": null, "reason": "a FLOATING license is free"} if {
	pools.has_free_seat("FLOATING")
} else := {"pool": null, "reclaim": null, "reason": "no license is free; this account never takes a license from another device"}
