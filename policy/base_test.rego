package countthings.base_test

import data.countthings.base

operator := {"id": "u1", "kind": "user", "email": "op@acme.example", "role": "OPERATOR", "permissions": ["count"], "accountId": "a1", "disabled": false}

admin := object.union(operator, {"id": "u0", "role": "ADMIN"})

support := {"id": "s1", "kind": "user", "email": "staff@countthings.example", "role": "SUPPORT", "permissions": [], "accountId": "", "disabled": false}

token := object.union(operator, {"id": "t1", "kind": "api_token", "role": "ADMIN"})

device_in_a1 := {"type": "device", "id": "d1", "accountId": "a1"}

device_in_a2 := {"type": "device", "id": "d2", "accountId": "a2"}

request(subject, action, resource) := {"subject": subject, "action": action, "resource": resource, "now": "2026-11-22T10:00:00Z"}

test_support_is_allowed_everything if {
	base.verdict == "allow" with input as request(support, "device.read", device_in_a2)
	base.verdict == "allow" with input as request(support, "account.create", {"type": "account"})
	base.verdict == "allow" with input as request(support, "license.move", device_in_a1)
}

test_admin_is_allowed_inside_its_account if {
	base.verdict == "allow" with input as request(admin, "license.move", device_in_a1)
	base.verdict == "allow" with input as request(admin, "policy.update", {"type": "policy", "id": "p1", "accountId": "a1"})
	base.verdict == "allow" with input as request(admin, "apitoken.create", {"type": "account", "id": "a1", "accountId": "a1"})
}

test_admin_is_denied_outside_its_account if {
	base.verdict == "deny" with input as request(admin, "device.read", device_in_a2)
	"outside your account" in base.deny with input as request(admin, "device.read", device_in_a2)
}

test_operator_outside_its_account_is_denied if {
	base.verdict == "deny" with input as request(operator, "device.login", device_in_a2)
}

test_subject_without_account_is_outside_every_account if {
	base.verdict == "deny" with input as request(object.remove(operator, ["accountId"]), "device.read", device_in_a1)
}

test_operator_defers_to_the_account_policy if {
	base.verdict == "defer" with input as request(operator, "device.login", device_in_a1)
	count(base.deny) == 0 with input as request(operator, "device.login", device_in_a1)
}

test_resource_without_account_defers if {
	base.verdict == "defer" with input as request(operator, "device.read", {"type": "device", "id": "d9"})
}

test_user_may_read_itself if {
	base.verdict == "allow" with input as request(operator, "user.read", {"type": "user", "id": "u1", "accountId": "a1"})
}

test_reading_another_user_defers if {
	base.verdict == "defer" with input as request(operator, "user.read", {"type": "user", "id": "u2", "accountId": "a1"})
}

test_reading_itself_in_another_account_is_denied if {
	base.verdict == "deny" with input as request(operator, "user.read", {"type": "user", "id": "u1", "accountId": "a2"})
}

test_disabled_subject_is_denied if {
	disabled_admin := object.union(admin, {"disabled": true})
	base.verdict == "deny" with input as request(disabled_admin, "device.read", device_in_a1)
	"your access is disabled" in base.deny with input as request(disabled_admin, "device.read", device_in_a1)
	base.verdict == "deny" with input as request(object.union(support, {"disabled": true}), "account.list", {"type": "account"})
}

test_every_support_only_action_is_denied_to_admin_and_token if {
	denied := {action |
		some action in base.support_only_actions
		base.verdict == "deny" with input as request(admin, action, {"type": "account", "id": "a1", "accountId": "a1"})
		base.verdict == "deny" with input as request(token, action, {"type": "account", "id": "a1", "accountId": "a1"})
	}
	denied == base.support_only_actions
}

# The actions of API.md's policy contract, and two no policy knows.
contract_actions := {
	"account.read", "account.settings.update", "user.read", "user.create", "user.update", "user.delete",
	"device.read", "device.login", "device.inactive.set", "license.assign", "license.remove", "license.move",
	"policy.read", "policy.update", "event.read", "usage.read", "apitoken.create", "account.delete", "accountrequest.create",
}

# The rule denying support-only actions spells the list out: it reserves those and no others.
test_only_the_support_only_actions_are_reserved if {
	actions := contract_actions | base.support_only_actions
	reserved := {action |
		some action in actions
		sprintf("%s is reserved to SUPPORT", [action]) in base.deny with input as request(admin, action, {"type": "account", "id": "a1", "accountId": "a1"})
	}
	reserved == base.support_only_actions
}

test_api_token_always_defers_even_with_admin_role if {
	base.verdict == "defer" with input as request(token, "license.move", device_in_a1)
}

test_api_token_is_never_support if {
	support_token := object.union(token, {"role": "SUPPORT", "accountId": "a1"})
	base.verdict == "defer" with input as request(support_token, "device.read", device_in_a1)
	base.verdict == "deny" with input as request(support_token, "device.read", device_in_a2)
	base.verdict == "deny" with input as request(support_token, "account.create", {"type": "account"})
}

test_api_token_does_not_read_itself_as_a_user if {
	base.verdict == "defer" with input as request(token, "user.read", {"type": "user", "id": "t1", "accountId": "a1"})
}

test_api_token_outside_its_account_is_denied if {
	base.verdict == "deny" with input as request(token, "device.read", device_in_a2)
}

# The rule denying "outside your account" spells outside_own_account out: both agree, for
# subjects of an account, without one, with a null one, SUPPORT and tokens, on resources of
# the same account, another, none and a null one.
test_outside_your_account_is_outside_own_account if {
	subjects := [operator, admin, support, token, object.remove(operator, ["accountId"]), object.union(operator, {"accountId": null})]
	resources := [device_in_a1, device_in_a2, {"type": "device", "id": "d9"}, {"type": "device", "id": "d9", "accountId": null}]
	cases := [[s, r] | some s in subjects; some r in resources]
	denied := [c | some c in cases; denied_outside(c[0], c[1])]
	outside := [c | some c in cases; outside_and_not_support(c[0], c[1])]
	denied == outside
	count(denied) > 0
	count(denied) < count(cases)
}

denied_outside(subject, resource) if {
	"outside your account" in base.deny with input as request(subject, "device.read", resource)
}

outside_and_not_support(subject, resource) if {
	base.outside_own_account with input as request(subject, "device.read", resource)
	not base.is_support with input as request(subject, "device.read", resource)
}
