package countthings.permissions_test

import data.countthings.permissions

test_supervisor_reads_devices if {
	permissions.allow with input as {"subject": {"permissions": ["supervisor"]}, "action": "device.read"}
}

test_wrong_expectation if {
	permissions.allow with input as {"subject": {"permissions": []}, "action": "device.read"}
}
