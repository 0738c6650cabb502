# CPU without memory: hashing a megabyte again and again.
package countthings.permissions

default allow := false

allow if {
	s := concat("", [x | some i in numbers.range(1, 20000); x := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"])
	every i in numbers.range(1, 100000000) {
		i > 0
		crypto.sha256(s) != ""
	}
}
