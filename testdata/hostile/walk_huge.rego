# walk over a value of ten million nodes.
package countthings.permissions

default allow := false

allow if {
	v := [[i, [i, [i]]] | some i in numbers.range(1, 10000000)]
	count([p | walk(v, [p, _])]) > 0
}
