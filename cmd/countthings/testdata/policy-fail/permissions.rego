package countthings.permissions

default allow := false

allow if "count" in input.subject.permissions

allow if {
	input.action == "device.read"
	"supervisor" in input.subject.permissions
}
