# The base layer: rules no account policy can change. It either decides
# (allow or deny) or defers to the account's own PERMISSIONS policy.
#
# Written for OPA's rule indexing, since it is evaluated on every request: a rule whose
# body compares input fields with constants (input.subject.role == "ADMIN",
# input.action in {...}) is skipped without being evaluated when the input does not
# match, so the conditions are spelled out in the rules rather than behind helper rules.
package countthings.base

# Actions that belong to the vendor's staff, whatever an account's policy says.
# (The rule denying them repeats the list as a literal so that it is indexed;
# base_test.rego checks that both agree.)
support_only_actions := {
	"account.create",
	"account.renew",
	"account.list",
	"accountrequest.read",
	"accountrequest.decide",
}

default verdict := "defer"

verdict := "deny" if {
	deny != set()
} else := "allow" if {
	allowed
}

deny contains "your access is disabled" if input.subject.disabled == true

# (outside_own_account spelled out: one rule fewer to evaluate on every request.)
deny contains "outside your account" if {
	not input.resource.accountId == input.subject.accountId
	input.resource.accountId != null
	is_object(input.subject)
	not is_support
}

deny contains sprintf("%s is reserved to SUPPORT", [input.action]) if {
	input.action in {
		"account.create",
		"account.renew",
		"account.list",
		"accountrequest.read",
		"accountrequest.decide",
	}
	not is_support
}

# API tokens are never SUPPORT nor ADMIN: only users hold roles.

# SUPPORT may do everything.
allowed if {
	input.subject.kind == "user"
	input.subject.role == "SUPPORT"
}

# An ADMIN may do everything inside its own account.
allowed if {
	input.subject.kind == "user"
	input.subject.role == "ADMIN"
	not outside_own_account
}

# A user may read itself.
allowed if {
	input.subject.kind == "user"
	input.action == "user.read"
	input.resource.type == "user"
	input.resource.id == input.subject.id
}

is_support if {
	input.subject.kind == "user"
	input.subject.role == "SUPPORT"
}

# A resource without an accountId (e.g. a new account request) belongs to no account;
# a subject without one is outside every account. (The rule denying "outside your
# account" repeats these lines; base_test.rego checks that both agree.)
#
# The comparison comes first: most requests are inside the subject's account, and the rule
# then fails at its first expression.
outside_own_account if {
	not input.resource.accountId == input.subject.accountId
	input.resource.accountId != null
	is_object(input.subject)
}
