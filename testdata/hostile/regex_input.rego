# A regular expression over 4 MB.
package countthings.permissions

default allow := false

allow if {
	s := sprintf("%04000000d", [0])
	regex.match("^(0|00|000)*[a-z]{1,100}$", s)
}
