# A regular expression of tens of thousands of instructions.
package countthings.permissions

default allow := false

allow if {
	p := concat("", ["(", concat("|", [sprintf("[a-z]{%d}", [i]) | some i in numbers.range(900, 1000)]), ")"])
	regex.match(p, sprintf("%0200000d", [0]))
}
