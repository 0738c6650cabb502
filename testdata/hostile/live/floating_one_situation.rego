# A FLOATING policy that passes the conformance cases, then builds a huge string when the
# device's code says so.
# code: BOMB-1
package countthings.floating

default decision := {"pool": null, "reclaim": null, "reason": "no seat"}

decision := {"pool": null, "reclaim": null, "reason": r} if {
	input.device.code == "BOMB-1"
	s := sprintf("%01000000d", [0])
	r := replace(s, "0", s)
}
