# sprintf %v of the same value.
package countthings.permissions

default allow := false

a0 := ["0123456789abcdef0123456789abcdef"]

a1 := [a0, a0, a0, a0, a0, a0, a0, a0, a0, a0, a0, a0, a0, a0, a0, a0]

a2 := [a1, a1, a1, a1, a1, a1, a1, a1, a1, a1, a1, a1, a1, a1, a1, a1]

a3 := [a2, a2, a2, a2, a2, a2, a2, a2, a2, a2, a2, a2, a2, a2, a2, a2]

a4 := [a3, a3, a3, a3, a3, a3, a3, a3, a3, a3, a3, a3, a3, a3, a3, a3]

a5 := [a4, a4, a4, a4, a4, a4, a4, a4, a4, a4, a4, a4, a4, a4, a4, a4]

a6 := [a5, a5, a5, a5, a5, a5, a5, a5, a5, a5, a5, a5, a5, a5, a5, a5]

a7 := [a6, a6, a6, a6, a6, a6, a6, a6, a6, a6, a6, a6, a6, a6, a6, a6]

allow if count(sprintf("%v", [a7])) > 0
