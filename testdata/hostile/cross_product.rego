# Three nested iterations collected: 10^9 elements.
package countthings.permissions

default allow := false

allow if count([[i, j, k] | some i in numbers.range(1, 1000); some j in numbers.range(1, 1000); some k in numbers.range(1, 1000)]) > 0
