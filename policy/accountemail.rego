# The Account Email rule: an account's admin logs in with a valid, generic,
# role-based address of the company's own domain.
package countthings.accountemail

default allow := false

allow if count(deny) == 0

# Consumer and free-mail providers, by exact domain.
free_mail_domains := {
	"gmail.com", "googlemail.com",
	"outlook.com", "outlook.fr", "outlook.de", "outlook.es", "outlook.it",
	"live.com", "live.co.uk", "live.fr", "live.de", "live.nl", "live.it", "msn.com",
	"icloud.com", "me.com", "mac.com",
	"aol.com", "aim.com",
	"web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org",
	"mail.ru", "inbox.ru", "list.ru", "bk.ru", "ya.ru",
	"proton.me", "protonmail.com", "protonmail.ch", "pm.me",
	"tutanota.com", "tutanota.de", "tuta.io", "tuta.com",
	"zoho.com", "zohomail.com",
	"qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sohu.com", "foxmail.com",
	"naver.com", "hanmail.net", "daum.net",
	"mail.com", "email.com", "fastmail.com", "fastmail.fm", "hey.com", "hushmail.com",
	"orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr",
	"libero.it", "virgilio.it", "alice.it", "tiscali.it",
	"seznam.cz", "wp.pl", "o2.pl", "onet.pl", "interia.pl",
	"rediffmail.com", "btinternet.com", "sky.com", "virginmedia.com",
	"comcast.net", "verizon.net", "att.net", "sbcglobal.net", "cox.net", "earthlink.net",
	"bigpond.com", "shaw.ca", "rogers.com", "sympatico.ca",
	"uol.com.br", "bol.com.br", "terra.com.br",
}

# Consumer brands whose domains exist under many country suffixes (yahoo.co.uk, gmx.net …).
free_mail_brands := {"yahoo", "ymail", "rocketmail", "hotmail", "gmx", "yandex"}

# Words that make a dotted local part a role (it.support@), not a person (jane.doe@).
role_words := {
	"account", "accounts", "accounting", "admin", "administrator", "billing", "contact",
	"count", "counting", "countthings", "dept", "desk", "enterprise", "factory", "finance",
	"help", "helpdesk", "hr", "info", "inventory", "it", "lab", "licenses", "licensing",
	"logistics", "mail", "office", "ops", "operations", "plant", "procurement", "production",
	"purchasing", "qa", "quality", "receiving", "sales", "security", "service", "services",
	"shipping", "shop", "site", "stock", "store", "stores", "support", "sysadmin", "systems",
	"team", "tech", "technical", "warehouse",
}

submitted := object.get(input, "email", null)

email := lower(trim_space(submitted)) if is_string(submitted)

parts := split(email, "@")

local_part := parts[0]

domain := parts[1]

is_valid_address if {
	count(email) <= 254
	count(parts) == 2
	count(local_part) <= 64
	regex.match(`^[a-z0-9!#$%&'*+/=?^_{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_{|}~-]+)*$`, local_part)
	regex.match(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$`, domain)
}

is_free_mail if domain in free_mail_domains

is_free_mail if split(domain, ".")[0] in free_mail_brands

# first.last, first_last, f.last, first.middle.last, optionally with trailing digits.
looks_personal if {
	regex.match(`^[a-z]+([._][a-z]+){1,2}[0-9]*$`, local_part)
	words := regex.split(`[._0-9]+`, local_part)
	every word in words {
		not word in role_words
	}
}

deny contains sprintf("%v is not a valid email address", [submitted]) if not is_valid_address

deny contains sprintf("%s is a free-mail provider: use an address of your company's own domain", [domain]) if {
	is_valid_address
	is_free_mail
}

deny contains sprintf("%s looks like a personal address: use a generic role-based one such as admin@%s or counting@%s", [email, domain, domain]) if {
	is_valid_address
	looks_personal
	not is_free_mail
}

# On a free-mail domain, suggesting admin@<that domain> would point at another mistake.
deny contains sprintf("%s looks like a personal address: use a generic role-based one such as counting@ on your company's domain", [email]) if {
	is_valid_address
	looks_personal
	is_free_mail
}
