# The same number made at run time.
package countthings.permissions

default allow := false

allow if to_number(concat("", ["1e", "100000000"])) > 1
