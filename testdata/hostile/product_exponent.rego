# A product of many large numbers.
package countthings.permissions

default allow := false

allow if product([1e300 | some i in numbers.range(1, 400000)]) > 1
