# Six nested comprehensions of 100: 10^12 iterations.
package countthings.permissions

default allow := false

r := numbers.range(1, 100)

allow if count([a |
	some a in r
	count([b |
		some b in r
		count([c |
			some c in r
			count([d |
				some d in r
				count([e |
					some e in r
					count([f | some f in r; f > a + b + c + d + e]) >= 0
				]) >= 0
			]) >= 0
		]) >= 0
	]) >= 0
]) > 0
