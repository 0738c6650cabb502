package countthings.presets.permission_priority_test

import data.countthings.presets.permission_priority as floating

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
	"settings": {"floatingIdleMinutes": 30, "priorityPermission": "priority"},
	"now": "2026-11-22T10:00:00Z",
}

with_priority(h) := object.union(h, {"userPermissions": ["count", "priority"]})

idle_holders := [holder("d1", "ACTIVE", 45), holder("d2", "ACTIVE", 90), holder("d3", "ACTIVE", 10)]

test_free_seats_come_first if {
	d := floating.decision with input as situation("MIXED", 1, 1, idle_holders)
	d.pool == "STANDARD"
	e := floating.decision with input as situation("MIXED", 0, 1, idle_holders)
	e.pool == "FLOATING"
	e.reclaim == null
}

test_standard_account_never_draws_from_floating if {
	d := floating.decision with input as situation("STANDARD", 0, 1, idle_holders)
	d == {"pool": null, "reclaim": null, "reason": "no STANDARD license is free"}
}

test_floating_account_never_draws_from_standard if {
	d := floating.decision with input as situation("FLOATING", 1, 0, idle_holders)
	d.reclaim == "d2"
}

test_holders_without_priority_lose_first if {
	holders := [with_priority(holder("d1", "ACTIVE", 500)), holder("d2", "ACTIVE", 40), holder("d3", "ACTIVE", 35)]
	d := floating.decision with input as situation("FLOATING", 0, 0, holders)
	d.pool == "FLOATING"
	d.reclaim == "d2"
	d.reason == "took the FLOATING license of device D2 (without the priority permission), idle for 40 minutes"
}

test_priority_holders_lose_when_no_other_is_idle_enough if {
	holders := [with_priority(holder("d1", "ACTIVE", 50)), with_priority(holder("d4", "ACTIVE", 80)), holder("d2", "ACTIVE", 10)]
	d := floating.decision with input as situation("MIXED", 0, 0, holders)
	d.reclaim == "d4"
}

test_ties_are_broken_by_device_id if {
	holders := [holder("d9", "ACTIVE", 60), holder("d4", "ACTIVE", 60), with_priority(holder("d1", "ACTIVE", 60))]
	d := floating.decision with input as situation("FLOATING", 0, 0, holders)
	d.reclaim == "d4"
}

test_without_a_priority_setting_it_is_idle_longest if {
	holders := [with_priority(holder("d1", "ACTIVE", 500)), holder("d2", "ACTIVE", 40)]
	no_setting := json.patch(situation("FLOATING", 0, 0, holders), [{"op": "remove", "path": "/settings/priorityPermission"}])
	d := floating.decision with input as no_setting
	d.reclaim == "d1"
}

test_assigned_licenses_are_never_reclaimed if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("d1", "ASSIGNED", 500), with_priority(holder("d2", "ACTIVE", 40))])
	d.reclaim == "d2"
}

test_idleness_must_reach_the_setting if {
	d := floating.decision with input as situation("FLOATING", 0, 0, [holder("d1", "ACTIVE", 29)])
	d == {"pool": null, "reclaim": null, "reason": "no license is free and no FLOATING license has been idle for 30 minutes"}
}

test_holders_without_user_permissions_lack_priority if {
	bare := object.remove(holder("d2", "ACTIVE", 40), ["userPermissions"])
	d := floating.decision with input as situation("FLOATING", 0, 0, [with_priority(holder("d1", "ACTIVE", 90)), bare])
	d.reclaim == "d2"
}
