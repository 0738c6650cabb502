package countthings.accountemail_test

import data.countthings.accountemail

test_generic_company_addresses_pass if {
	every address in [
		"admin@acme.example",
		"it@acme-logistics.co.uk",
		"counting@plant7.acme.example",
		"operations@acme.example",
		"it.support@acme.example",
		"warehouse_team@acme.example",
		"Counting@ACME.example",
		"  admin@acme.example  ",
		"licenses+countthings@acme.example",
	] {
		accountemail.allow with input as {"email": address}
		count(accountemail.deny) == 0 with input as {"email": address}
	}
}

test_invalid_addresses_are_refused if {
	every address in [
		"",
		"admin",
		"admin@",
		"@acme.example",
		"admin@acme",
		"admin@@acme.example",
		"ad min@acme.example",
		"admin.@acme.example",
		"admin@-acme.example",
		"admin@acme..example",
		sprintf("%s@acme.example", [concat("", ["a" | some _ in numbers.range(1, 65)])]),
	] {
		not accountemail.allow with input as {"email": address}
	}
}

test_missing_or_non_string_email_is_refused if {
	not accountemail.allow with input as {}
	not accountemail.allow with input as {"email": 42}
	accountemail.deny == {"42 is not a valid email address"} with input as {"email": 42}
}

test_free_mail_providers_are_refused if {
	every address in [
		"admin@gmail.com",
		"admin@googlemail.com",
		"admin@yahoo.com",
		"admin@yahoo.co.uk",
		"admin@hotmail.fr",
		"admin@outlook.com",
		"admin@live.com",
		"admin@msn.com",
		"admin@icloud.com",
		"admin@me.com",
		"admin@mac.com",
		"admin@aol.com",
		"admin@gmx.de",
		"admin@gmx.net",
		"admin@web.de",
		"admin@mail.ru",
		"admin@yandex.ru",
		"admin@proton.me",
		"admin@protonmail.com",
		"admin@zoho.com",
		"admin@qq.com",
		"admin@163.com",
		"admin@126.com",
		"Admin@GMAIL.com",
	] {
		not accountemail.allow with input as {"email": address}
	}
}

test_free_mail_reason_names_the_domain if {
	accountemail.deny == {"gmail.com is a free-mail provider: use an address of your company's own domain"} with input as {"email": "admin@gmail.com"}
}

test_personal_addresses_are_refused if {
	every address in [
		"jane.doe@acme.example",
		"jane_doe@acme.example",
		"j.doe@acme.example",
		"jane.m.doe@acme.example",
		"jane.doe2@acme.example",
		"Jane.Doe@acme.example",
	] {
		not accountemail.allow with input as {"email": address}
	}
}

test_personal_reason_suggests_a_role_address if {
	accountemail.deny == {"jane.doe@acme.example looks like a personal address: use a generic role-based one such as admin@acme.example or counting@acme.example"} with input as {"email": "jane.doe@acme.example"}
}

test_personal_address_on_free_mail_gets_both_reasons if {
	count(accountemail.deny) == 2 with input as {"email": "jane.doe@gmail.com"}
}

test_personal_reason_on_free_mail_does_not_suggest_that_domain if {
	some reason in accountemail.deny with input as {"email": "jane.doe@gmail.com"}
	contains(reason, "personal")
	not contains(reason, "admin@gmail.com")
	contains(reason, "your company's domain")
}
