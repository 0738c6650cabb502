# A million one-character strings.
package countthings.permissions

default allow := false

allow if {
	s := sprintf("%04000000d", [0])
	count(split(s, "")) > 0
}
