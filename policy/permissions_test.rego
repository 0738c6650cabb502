package countthings.permissions_test

import data.countthings.permissions

# Every action of API.md, with the permission strings that grant it by default.
expected_grants := {
	"account.read": {"devices:read"},
	"account.settings.update": {"settings:manage"},
	"user.read": {"users:manage"},
	"user.create": {"users:manage"},
	"user.update": {"users:manage"},
	"user.delete": {"users:manage"},
	"device.read": {"devices:read", "licenses:manage"},
	"device.login": {"count"},
	"device.inactive.set": {"licenses:manage"},
	"license.assign": {"licenses:manage"},
	"license.remove": {"licenses:manage"},
	"license.move": {"licenses:manage"},
	"policy.read": {"policies:manage"},
	"policy.update": {"policies:manage"},
	"event.read": {"events:read"},
	"usage.read": {"events:read"},
	"apitoken.create": set(),
}

all_permissions := {"count", "devices:read", "licenses:manage", "users:manage", "settings:manage", "policies:manage", "events:read"}

request(granted, action) := {
	"subject": {"id": "u1", "kind": "user", "email": "op@acme.example", "role": "OPERATOR", "permissions": granted, "accountId": "a1"},
	"action": action,
	"resource": {"type": "thing", "id": "x1", "accountId": "a1"},
	"now": "2026-11-22T10:00:00Z",
}

test_every_action_is_allowed_with_its_permission if {
	every action, granting in expected_grants {
		every permission in granting {
			permissions.allow with input as request([permission], action)
		}
	}
}

test_every_action_is_refused_without_its_permission if {
	every action, granting in expected_grants {
		others := [permission | some permission in all_permissions; not permission in granting]
		not permissions.allow with input as request(others, action)
		count(permissions.deny) == 1 with input as request(others, action)
	}
}

test_no_permission_refuses_everything if {
	every action, _ in expected_grants {
		not permissions.allow with input as request([], action)
	}
}

test_the_shipped_grants_match_the_contract if {
	every permission, actions in permissions.actions_granted_by {
		every action in actions {
			permission in expected_grants[action]
		}
	}
}

test_user_may_read_itself if {
	permissions.allow with input as {
		"subject": {"id": "u1", "kind": "user", "role": "OPERATOR", "permissions": [], "accountId": "a1"},
		"action": "user.read",
		"resource": {"type": "user", "id": "u1", "accountId": "a1"},
	}
}

test_user_may_not_read_another_without_users_manage if {
	not permissions.allow with input as {
		"subject": {"id": "u1", "kind": "user", "role": "OPERATOR", "permissions": ["count"], "accountId": "a1"},
		"action": "user.read",
		"resource": {"type": "user", "id": "u2", "accountId": "a1"},
	}
}

test_deny_says_which_permission_is_missing if {
	permissions.deny == {"license.move needs the licenses:manage permission"} with input as request(["count"], "license.move")
	permissions.deny == {"device.read needs the devices:read or licenses:manage permission"} with input as request(["count"], "device.read")
}

test_deny_for_an_action_no_permission_grants if {
	permissions.deny == {"apitoken.create is not granted by any permission of this account's policy"} with input as request(["count"], "apitoken.create")
}

test_no_deny_when_allowed if {
	count(permissions.deny) == 0 with input as request(["count"], "device.login")
}

test_unknown_permission_strings_grant_nothing if {
	not permissions.allow with input as request(["devices:write", "*"], "device.read")
}
