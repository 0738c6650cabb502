# And read from JSON.
package countthings.permissions

default allow := false

allow if json.unmarshal("[1e-100000000]")[0] < 1
