# array.concat doubling.
package countthings.permissions

default allow := false

a0 := numbers.range(1, 1000)

a1 := array.concat(array.concat(a0, a0), array.concat(a0, a0))

a2 := array.concat(array.concat(a1, a1), array.concat(a1, a1))

a3 := array.concat(array.concat(a2, a2), array.concat(a2, a2))

a4 := array.concat(array.concat(a3, a3), array.concat(a3, a3))

a5 := array.concat(array.concat(a4, a4), array.concat(a4, a4))

a6 := array.concat(array.concat(a5, a5), array.concat(a5, a5))

a7 := array.concat(array.concat(a6, a6), array.concat(a6, a6))

allow if count(a7) > 0
