package countthings.presets.never_reclaim_test

import data.countthings.presets.never_reclaim as floating

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

test_a_free_standard_seat_is_taken if {
	d := floating.decision with input as situation("MIXED", 1, 0, idle_holders)
	d.pool == "STANDARD"
	d.reclaim == null
}

test_a_free_floating_seat_is_taken if {
	d := floating.decision with input as situation("FLOATING", 0, 1, idle_holders)
	d.pool == "FLOATING"
	d.reclaim == null
}

test_standard_account_never_draws_from_floating if {
	d := floating.decision with input as situation("STANDARD", 0, 1, [])
	d.pool == null
}

test_floating_account_never_draws_from_standard if {
	d := floating.decision with input as situation("FLOATING", 1, 0, [])
	d.pool == null
}

test_nobody_loses_a_license_when_the_pool_is_full if {
	every account_type in ["STANDARD", "FLOATING", "MIXED"] {
		d := floating.decision with input as situation(account_type, 0, 0, idle_holders)
		d == {"pool": null, "reclaim": null, "reason": "no license is free; this account never takes a license from another device"}
	}
}
