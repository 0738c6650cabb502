# A billion numbers, by steps.
package countthings.permissions

default allow := false

allow if count(numbers.range_step(0, 2000000000, 2)) > 0
