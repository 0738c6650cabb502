# A template looping without end.
package countthings.permissions

default allow := false

allow if count(strings.render_template("{{range 1000000000}}x{{end}}", {})) > 0
