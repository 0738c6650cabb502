# A billion numbers.
package countthings.permissions

default allow := false

allow if count(numbers.range(1, 1000000000)) > 0
