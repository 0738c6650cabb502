# An object of ten million keys.
package countthings.permissions

default allow := false

allow if count({k: i | some i in numbers.range(1, 10000000); k := format_int(i, 10)}) > 0
