# The base layer: rules no account policy can change. It either decides
# (allow or deny) or defers to the account's own PERMISSIONS policy.
package countthings.base

# Actions that belong to the vendor's staff, whatever an account's policy says.
support_only_actions := {
	"account.create",
	"account.renew",
	"account.list",
	"accountrequest.read",
	"accountrequest.decide",
}

default verdict := "defer"

verdict := "deny" if {
	count(deny) > 0
} else := "allow" if {
	allowed
}

deny contains "your access is disabled" if input.subject.disabled == true

deny contains "outside your account" if {
	outside_own_account
	not is_support
}

deny contains sprintf("%s is reserved to SUPPORT", [input.action]) if {
	input.action in support_only_actions
	not is_support
}

allowed if is_support

allowed if {
	is_admin
	not outside_own_account
}

allowed if reads_itself

# API tokens are never SUPPORT nor ADMIN: only users hold roles.
is_user if input.subject.kind == "user"

is_support if {
	is_user
	input.subject.role == "SUPPORT"
}

is_admin if {
	is_user
	input.subject.role == "ADMIN"
}

reads_itself if {
	is_user
	input.action == "user.read"
	input.resource.type == "user"
	input.resource.id == input.subject.id
}

# A resource without an accountId (e.g. a new account request) belongs to no account.
outside_own_account if {
	resource_account := object.get(input.resource, "accountId", null)
	resource_account != null
	resource_account != object.get(input.subject, "accountId", null)
}
