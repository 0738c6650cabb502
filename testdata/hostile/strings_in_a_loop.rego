# A 4 MiB string made again and again (each fits, together they do not).
package countthings.permissions

default allow := false

allow if {
	s := sprintf("%04000000d", [0])
	count([u | some i in numbers.range(1, 1000); u := upper(concat("", [s, format_int(i, 10)]))]) > 0
}
