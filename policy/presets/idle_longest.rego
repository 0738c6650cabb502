# FLOATING preset "idle-longest" (the default): a free seat if any, else the
# license of the FLOATING holder idle longest, once idle long enough.
package countthings.presets.idle_longest

import data.countthings.pools

default decision := {"pool": null, "reclaim": null, "reason": "no license is available"}

decision := {"pool": "STANDARD", "reclaim": null, "reason": "a STANDARD license is free"} if {
	pools.has_free_seat("STANDARD")
} else := {"pool": "FLOATING", "reclaim": null, "reason": "a FLOATING license is free"} if {
	pools.has_free_seat("FLOATING")
} else := {"pool": "FLOATING", "reclaim": victim.deviceId, "reason": reason} if {
	victim := idle_longest_reclaimable
	reason := sprintf("took the FLOATING license of device %s, idle for %d minutes", [object.get(victim, "code", victim.deviceId), victim.idleMinutes])
} else := {"pool": null, "reclaim": null, "reason": no_license_reason}

# Admin-reserved (ASSIGNED) licenses are never taken away.
reclaimable contains holder if {
	pools.draws_from("FLOATING")
	some holder in input.holders
	holder.pool == "FLOATING"
	holder.status != "ASSIGNED"
	holder.deviceId != input.device.id
	holder.idleMinutes >= input.settings.floatingIdleMinutes
}

# Idle longest first; the device id breaks ties so the choice is deterministic.
idle_longest_reclaimable := holder if {
	ranked := sort([[0 - holder.idleMinutes, holder.deviceId] | some holder in reclaimable])
	some holder in reclaimable
	holder.deviceId == ranked[0][1]
}

no_license_reason := sprintf("no license is free and no FLOATING license has been idle for %d minutes", [input.settings.floatingIdleMinutes]) if {
	pools.draws_from("FLOATING")
} else := "no STANDARD license is free"
