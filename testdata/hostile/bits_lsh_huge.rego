# From the report: one call would make a 1,000,000,000-bit integer (no answer in 300 s).
package countthings.permissions

default allow := false

allow if bits.lsh(1, 1000000000) > 0
