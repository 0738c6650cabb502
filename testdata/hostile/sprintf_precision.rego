# A precision of 100 million.
package countthings.permissions

default allow := false

allow if count(sprintf("%.100000000f", [1])) > 0
