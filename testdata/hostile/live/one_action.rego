# Passes the conformance cases, then runs a bomb for one action only (from the report:
# every licenseEvents request of the account took 6 s).
# action: event.read
package countthings.permissions

default allow := false

allow if input.action == "device.login"

allow if {
	input.action == "event.read"
	bits.lsh(1, 1000000000) > 0
}
