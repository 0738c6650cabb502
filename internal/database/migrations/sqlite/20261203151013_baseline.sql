-- Create "api_tokens" table
CREATE TABLE `api_tokens` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `name` text NOT NULL, `token_hash` blob NOT NULL, `permissions` json NOT NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `created_by_id` integer NULL, `account_id` integer NOT NULL, CONSTRAINT `api_tokens_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `api_tokens_accounts_api_tokens` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT);
-- Create index "api_tokens_token_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX `api_tokens_token_hash_key` ON `api_tokens` (`token_hash`);
-- Create "accounts" table
CREATE TABLE `accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `name` text NOT NULL, `email` text NOT NULL, `type` text NOT NULL, `expires_at` datetime NOT NULL, `operator_contact_email` text NULL, `operator_contact_phone` text NULL, `floating_idle_minutes` integer NOT NULL DEFAULT (30), `floating_priority_permission` text NULL, `event_seq` integer NOT NULL DEFAULT (0), `expiry_recorded` bool NOT NULL DEFAULT (false));
-- Set sequence for "accounts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("accounts", 4294967296);
-- Create index "accounts_email_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_email_key` ON `accounts` (`email`);
-- Create "account_requests" table
CREATE TABLE `account_requests` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `company_name` text NOT NULL, `contact_email` text NOT NULL, `contact_name` text NULL, `account_type` text NOT NULL, `standard_licenses` integer NOT NULL, `floating_licenses` integer NOT NULL, `workflow` text NULL, `status` text NOT NULL DEFAULT ('PENDING'), `decision_reason` text NULL, `decided_at` datetime NULL, `account_id` integer NULL, `account_request_decided_by` integer NULL, CONSTRAINT `account_requests_accounts_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL, CONSTRAINT `account_requests_users_decided_by` FOREIGN KEY (`account_request_decided_by`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "account_requests" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("account_requests", 8589934592);
-- Create index "accountrequest_status_created_at" to table: "account_requests"
CREATE INDEX `accountrequest_status_created_at` ON `account_requests` (`status`, `created_at`);
-- Create "devices" table
CREATE TABLE `devices` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `code` text NOT NULL, `name` text NULL, `platform` text NULL, `inactive` bool NOT NULL DEFAULT (false), `last_seen_at` datetime NULL, `floating_lost_at` datetime NULL, `account_id` integer NOT NULL, `last_user_id` integer NULL, CONSTRAINT `devices_accounts_devices` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT, CONSTRAINT `devices_users_last_devices` FOREIGN KEY (`last_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "devices" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("devices", 12884901888);
-- Create index "device_account_id_code" to table: "devices"
CREATE UNIQUE INDEX `device_account_id_code` ON `devices` (`account_id`, `code`);
-- Create index "device_last_user_id" to table: "devices"
CREATE INDEX `device_last_user_id` ON `devices` (`last_user_id`);
-- Create "licenses" table
CREATE TABLE `licenses` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `pool` text NOT NULL, `status` text NOT NULL DEFAULT ('NONE'), `assigned_at` datetime NULL, `account_id` integer NOT NULL, `device_id` integer NULL, CONSTRAINT `licenses_accounts_licenses` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT, CONSTRAINT `licenses_devices_license` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE RESTRICT);
-- Set sequence for "licenses" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("licenses", 17179869184);
-- Create index "licenses_device_id_key" to table: "licenses"
CREATE UNIQUE INDEX `licenses_device_id_key` ON `licenses` (`device_id`);
-- Create index "license_account_id_pool_status" to table: "licenses"
CREATE INDEX `license_account_id_pool_status` ON `licenses` (`account_id`, `pool`, `status`);
-- Create "license_events" table
CREATE TABLE `license_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `seq` integer NOT NULL, `type` text NOT NULL, `occurred_at` datetime NOT NULL, `pool` text NULL, `license_id` integer NULL, `user_email` text NULL, `actor_email` text NULL, `reason` text NULL, `account_id` integer NOT NULL, `device_id` integer NULL, `previous_device_id` integer NULL, `user_id` integer NULL, `actor_id` integer NULL, CONSTRAINT `license_events_accounts_events` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT, CONSTRAINT `license_events_devices_device` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE SET NULL, CONSTRAINT `license_events_devices_previous_device` FOREIGN KEY (`previous_device_id`) REFERENCES `devices` (`id`) ON DELETE SET NULL, CONSTRAINT `license_events_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `license_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "license_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("license_events", 21474836480);
-- Create index "licenseevent_account_id_seq" to table: "license_events"
CREATE UNIQUE INDEX `licenseevent_account_id_seq` ON `license_events` (`account_id`, `seq`);
-- Create "policy_versions" table
CREATE TABLE `policy_versions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `kind` text NOT NULL, `version` integer NOT NULL, `source` text NOT NULL, `active` bool NOT NULL DEFAULT (false), `preset` text NULL, `account_id` integer NOT NULL, `author_id` integer NULL, CONSTRAINT `policy_versions_accounts_policy_versions` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT, CONSTRAINT `policy_versions_users_author` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "policy_versions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("policy_versions", 25769803776);
-- Create index "policyversion_account_id_kind_version" to table: "policy_versions"
CREATE UNIQUE INDEX `policyversion_account_id_kind_version` ON `policy_versions` (`account_id`, `kind`, `version`);
-- Create index "policyversion_account_id_kind" to table: "policy_versions"
CREATE UNIQUE INDEX `policyversion_account_id_kind` ON `policy_versions` (`account_id`, `kind`) WHERE active;
-- Create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `token_hash` blob NOT NULL, `expires_at` datetime NOT NULL, `revoked_at` datetime NULL, `device_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `sessions_devices_device` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE SET NULL, CONSTRAINT `sessions_users_sessions` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE);
-- Set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 30064771072);
-- Create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- Create index "session_user_id" to table: "sessions"
CREATE INDEX `session_user_id` ON `sessions` (`user_id`);
-- Create index "session_device_id" to table: "sessions"
CREATE INDEX `session_device_id` ON `sessions` (`device_id`);
-- Create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `email` text NOT NULL, `password_hash` text NOT NULL, `role` text NOT NULL, `permissions` json NOT NULL, `notes` text NULL, `disabled` bool NOT NULL DEFAULT (false), `last_login_at` datetime NULL, `account_id` integer NULL, CONSTRAINT `users_accounts_users` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT);
-- Set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 34359738368);
-- Create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);
-- Create index "user_account_id_created_at" to table: "users"
CREATE INDEX `user_account_id_created_at` ON `users` (`account_id`, `created_at`);
-- Create "webhooks" table
CREATE TABLE `webhooks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `url` text NOT NULL, `secret` text NOT NULL, `event_types` json NOT NULL, `active` bool NOT NULL DEFAULT (true), `cursor_seq` integer NOT NULL DEFAULT (0), `account_id` integer NOT NULL, CONSTRAINT `webhooks_accounts_webhooks` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT);
-- Set sequence for "webhooks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhooks", 38654705664);
-- Create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `attempts` integer NOT NULL DEFAULT (0), `status` text NOT NULL DEFAULT ('PENDING'), `last_status_code` integer NULL, `last_error` text NULL, `next_attempt_at` datetime NULL, `delivered_at` datetime NULL, `event_id` integer NOT NULL, `webhook_id` integer NOT NULL, CONSTRAINT `webhook_deliveries_license_events_deliveries` FOREIGN KEY (`event_id`) REFERENCES `license_events` (`id`) ON DELETE CASCADE, CONSTRAINT `webhook_deliveries_webhooks_deliveries` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE CASCADE);
-- Set sequence for "webhook_deliveries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_deliveries", 42949672960);
-- Create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_next_attempt_at` ON `webhook_deliveries` (`status`, `next_attempt_at`);
-- Create index "webhookdelivery_webhook_id_event_id" to table: "webhook_deliveries"
CREATE UNIQUE INDEX `webhookdelivery_webhook_id_event_id` ON `webhook_deliveries` (`webhook_id`, `event_id`);
