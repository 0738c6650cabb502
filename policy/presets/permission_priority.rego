# FLOATING preset "permission-priority": like idle-longest, but holders whose
# user lacks settings.priorityPermission lose their license first.
package countthings.presets.permission_priority

import data.countthings.pools

default decision := {"pool": null, "reclaim": null, "reason": "no license is available"}

decision := {"pool": "STANDARD", "reclaim": null, "reason": "a STANDARD license is free"} if {
	pools.has_free_seat("STANDARD")
} else := {"pool": "FLOATING", "reclaim": null, "reason": "a FLOATING license is free"} if {
	pools.has_free_seat("FLOATING")
} else := {"pool": "FLOATING", "reclaim": victim.deviceId, "reason": reason} if {
	victim := first_to_lose
	reason := sprintf("took the FLOATING license of device %s (%s), idle for %d minutes", [
		object.get(victim, "code", victim.deviceId),
		priority_label(victim),
		victim.idleMinutes,
	])
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

has_priority(holder) if {
	priority := object.get(input.settings, "priorityPermission", "")
	priority != ""
	priority in object.get(holder, "userPermissions", [])
}

priority_rank(holder) := 1 if has_priority(holder)

else := 0

priority_label(holder) := "holds the priority permission" if has_priority(holder)

else := "without the priority permission"

# Holders without priority first, then idle longest; the device id breaks ties.
first_to_lose := holder if {
	ranked := sort([[priority_rank(holder), 0 - holder.idleMinutes, holder.deviceId] | some holder in reclaimable])
	some holder in reclaimable
	holder.deviceId == ranked[0][2]
}

no_license_reason := sprintf("no license is free and no FLOATING license has been idle for %d minutes", [input.settings.floatingIdleMinutes]) if {
	pools.draws_from("FLOATING")
} else := "no STANDARD license is free"
