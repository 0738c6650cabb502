# regex.replace writing each match many times.
package countthings.permissions

default allow := false

allow if {
	s := sprintf("%01000000d", [0])
	count(regex.replace(s, "0", "x$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0")) > 0
}
