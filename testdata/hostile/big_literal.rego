# A 100,000,000-digit number written in 11 characters.
package countthings.permissions

default allow := false

allow if 1e100000000 > 1
