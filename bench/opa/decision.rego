# The sidecar's one decision document for the benchmark: the same two layers the embedded
# engine evaluates (the base policy, then the account's PERMISSIONS policy when the base defers),
# answered in one HTTP round trip.
package countthings.decision

import data.countthings.base
import data.countthings.permissions

default allow := false

allow if base.verdict == "allow"

allow if {
	base.verdict == "defer"
	permissions.allow
}
