package countthings.presets.idle_longest_test

import data.countthings.presets.idle_longest as floating

holder(id, status, idle) := {
	"deviceId": id, "code": upper(id), "pool": "FLOATING", "status": status,
	"lastSeenAt": "2026-11-22T09:00:00Z", "idleMinutes": idle,
	"userEmail": "op@acme.example", "userPermissions": ["count"],
}

situation(account_type, standard_free, floating_free, holders) := {
	"account": {"id": "a1", "type": account_type},
	"device": {"id": "new", "code": "NEW", "name": "S20+"},
	"user": {"id": "u1", "email": "op@acme.example", "permissions": ["count"]},
	"pools": {"STANDARD": {"total": 2, "free": standard_free}, "FLOATING": {"total": 2, "free": floating_free}},
	"holders": holders,
	"settings": {"floatingIdleMinutes": 30},
	"now": "2026-11-22T10:00:00Z",
}

idle_holders := [holder("d1", "ACTIVE", 45), holder("d2", "ACTIVE", 90), holder("d3", "ACTIVE", 10)]

test_mixed_takes_a_free_standard_seat_first if {
	d := floating.decision with input as situation("MIXED", 1, 1, idle_holders)
	d.pool == "STANDARD"
	d.reclaim == null
}

test_mixed_takes_a_free_floating_seat_next if {
	d := floating.decision with input as situation("MIXED", 0, 1, idle_holders)
	d.pool == "FLOATING"
	d.reclaim == null
}

test_standard_account_takes_a_free_standard_seat if {
	d := floating.decision with input as situation("STANDARD", 1, 0, [])
	d.pool == "STANDARD"
}

test_standard_account_never_draws_from_floating if {
	d := floating.decision with input as situation("STANDARD", 0, 1, idle_holders)
	d == {"pool": null, "reclaim": null, "reason": "no STANDARD license is free"}
}

test_floating_account_never_draws_from_standard if {
	d := floating.decision with input as situation("FLOATING", 2, 0, idle_holders)
	d.pool == "FLOATING"
	d.reclaim == "d2"
}

test_full_floating_pool_reclaims_the_holder_idle_longest if {
	d := floating.decision with input as situation("FLOATING", 0, 0, idle_holders)
	d.pool == "FLOATING"
	d.reclaim == "d2"
	d.reason == "took the FLOATING license of device D2, idle for 90 minutes"
}

test_mixed_reclaims_when_both_pools_are_full if {
	d := floating.decision with input as situation("MIXED", 0, 0, idle_holders)
	d.pool == "FLOATING"
	d.reclaim == "d2"
}

test_ties_are_broken_by_device_id if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("d9", "ACTIVE", 60), holder("d4", "ACTIVE", 60)])
	d.reclaim == "d4"
}

test_assigned_licenses_are_never_reclaimed if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("d1", "ASSIGNED", 500), holder("d2", "ACTIVE", 40)])
	d.reclaim == "d2"
}

test_standard_pool_holders_are_never_reclaimed if {
	standard_holder := object.union(holder("d1", "ACTIVE", 500), {"pool": "STANDARD"})
	d := floating.decision with input as situation("MIXED", 0, 0, [standard_holder])
	d.pool == null
	d.reclaim == null
}

test_idleness_must_reach_the_setting if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("d1", "ACTIVE", 29)])
	d == {"pool": null, "reclaim": null, "reason": "no license is free and no FLOATING license has been idle for 30 minutes"}
}

test_idleness_equal_to_the_setting_is_enough if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("d1", "ACTIVE", 30)])
	d.reclaim == "d1"
}

test_the_requesting_device_is_never_its_own_victim if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("new", "ACTIVE", 300)])
	d.pool == null
}

test_unknown_account_type_gets_no_license if {
	d := floating.decision with input as situation("OTHER", 5, 5, idle_holders)
	d.pool == null
	d.reclaim == null
}
