# Every path of a dense graph.
package countthings.permissions

default allow := false

allow if {
	g := {format_int(i, 10): [format_int(j, 10) | some j in numbers.range(i + 1, 40)] | some i in numbers.range(0, 40)}
	count(graph.reachable_paths(g, {"0"})) > 0
}
