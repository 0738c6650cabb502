# Functions calling functions, each iterating with new arguments (no cached result): 100^5 calls.
package countthings.permissions

default allow := false

f0(x) := x + 1

f1(x) := sum([f0(x * 1000 + i) | some i in numbers.range(1, 100)])

f2(x) := sum([f1(x * 1000 + i) | some i in numbers.range(1, 100)])

f3(x) := sum([f2(x * 1000 + i) | some i in numbers.range(1, 100)])

f4(x) := sum([f3(x * 1000 + i) | some i in numbers.range(1, 100)])

f5(x) := sum([f4(x * 1000 + i) | some i in numbers.range(1, 100)])

allow if f5(1) > 0
