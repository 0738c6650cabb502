# From the report: 4.7 s and 2.3 GB for one request.
package countthings.permissions

default allow := false

allow if {
	s := sprintf("%01000000d", [0])
	t := replace(s, "0", s)
	count(t) > 0
}
