# A format width of 100 million.
package countthings.permissions

default allow := false

allow if count(sprintf("%0100000000d", [0])) > 0
