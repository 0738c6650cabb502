package countthings.permissions_test

import data.countthings.permissions

test_supervisor_reads_devices if {
	permissions.allow with input as {"subject": {"permissions": ["supervisor"]}, "action": "device.read"}
}

test_nobody_else if {
	not permissions.allow with input as {"subject": {"permissions": []}, "action": "device.read"}
}
