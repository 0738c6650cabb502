# strings.replace_n with an empty pattern on a large string.
package countthings.permissions

default allow := false

allow if {
	s := sprintf("%01000000d", [0])
	count(strings.replace_n({"": s}, s)) > 0
}
