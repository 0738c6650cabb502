# A set of a million pairs.
package countthings.permissions

default allow := false

allow if count({[i, j] | some i in numbers.range(1, 1000); some j in numbers.range(1, 1000)}) > 0
