# json.marshal_with_options with a huge indent.
package countthings.permissions

default allow := false

allow if {
	v := [[[[[[[[[[i]]]]]]]]] | some i in numbers.range(1, 1000)]
	count(json.marshal_with_options(v, {"pretty": true, "indent": sprintf("%0100000d", [0])})) > 0
}
