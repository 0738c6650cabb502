# From the report: evaluatePolicy answered after 101 s.
package countthings.permissions

default allow := false

allow if bits.lsh(1, 30000000) > 0
