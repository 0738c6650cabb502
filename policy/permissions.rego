# The shipped default PERMISSIONS policy of an account: what OPERATOR users and
# API tokens may do, from the permission strings the admin gave them.
package countthings.permissions

# The actions each permission string grants (API.md, "The policy contract").
actions_granted_by := {
	"count": {"device.login"},
	"devices:read": {"device.read", "account.read"},
	"licenses:manage": {"license.assign", "license.remove", "license.move", "device.read", "device.inactive.set"},
	"users:manage": {"user.read", "user.create", "user.update", "user.delete"},
	"settings:manage": {"account.settings.update"},
	"policies:manage": {"policy.read", "policy.update"},
	"events:read": {"event.read", "usage.read"},
}

default allow := false

# Every user may read itself.
allow if {
	input.action == "user.read"
	input.resource.type == "user"
	input.resource.id == input.subject.id
}

allow if {
	some permission in input.subject.permissions
	input.action in actions_granted_by[permission]
}

permissions_granting(action) := {permission |
	some permission, actions in actions_granted_by
	action in actions
}

deny contains refusal(permissions_granting(input.action)) if not allow

refusal(needed) := sprintf("%s needs the %s permission", [input.action, concat(" or ", sort(needed))]) if {
	count(needed) > 0
} else := sprintf("%s is not granted by any permission of this account's policy", [input.action])
