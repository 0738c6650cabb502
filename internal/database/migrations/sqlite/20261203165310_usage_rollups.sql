-- IF NOT EXISTS: a database an earlier auto-migration created may have these tables already.
-- Create "usage_devices" table
CREATE TABLE IF NOT EXISTS `usage_devices` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `account_id` integer NOT NULL, `device_id` integer NOT NULL, `pool` text NULL, `span_start` datetime NULL, `waiting_until` datetime NULL, `last_held_at` datetime NULL);
-- Set sequence for "usage_devices" table
INSERT INTO sqlite_sequence (name, seq) SELECT 'usage_devices', 51539607552 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'usage_devices');
-- Create index "usagedevice_account_id_device_id" to table: "usage_devices"
CREATE UNIQUE INDEX IF NOT EXISTS `usagedevice_account_id_device_id` ON `usage_devices` (`account_id`, `device_id`);
-- Create "usage_hours" table
CREATE TABLE IF NOT EXISTS `usage_hours` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `account_id` integer NOT NULL, `hour` datetime NOT NULL, `peak_held` integer NOT NULL DEFAULT (0), `peak_held_at` datetime NOT NULL, `peak_standard` integer NOT NULL DEFAULT (0), `peak_floating` integer NOT NULL DEFAULT (0), `peak_demand` integer NOT NULL DEFAULT (0), `end_standard` integer NOT NULL DEFAULT (0), `end_floating` integer NOT NULL DEFAULT (0), `end_demand` integer NOT NULL DEFAULT (0), `new_in_hour` integer NOT NULL DEFAULT (0), `new_in_day` integer NOT NULL DEFAULT (0), `new_in_week` integer NOT NULL DEFAULT (0), `denials` integer NOT NULL DEFAULT (0), `reclaims` integer NOT NULL DEFAULT (0), `releases` integer NOT NULL DEFAULT (0));
-- Set sequence for "usage_hours" table
INSERT INTO sqlite_sequence (name, seq) SELECT 'usage_hours', 55834574848 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'usage_hours');
-- Create index "usagehour_account_id_hour" to table: "usage_hours"
CREATE UNIQUE INDEX IF NOT EXISTS `usagehour_account_id_hour` ON `usage_hours` (`account_id`, `hour`);
-- Create "usage_spans" table
CREATE TABLE IF NOT EXISTS `usage_spans` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `account_id` integer NOT NULL, `device_id` integer NOT NULL, `start_at` datetime NOT NULL, `end_at` datetime NOT NULL, `idle_from` datetime NULL);
-- Set sequence for "usage_spans" table
INSERT INTO sqlite_sequence (name, seq) SELECT 'usage_spans', 60129542144 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'usage_spans');
-- Create index "usagespan_account_id_end_at" to table: "usage_spans"
CREATE INDEX IF NOT EXISTS `usagespan_account_id_end_at` ON `usage_spans` (`account_id`, `end_at`);
-- Create "usage_states" table
CREATE TABLE IF NOT EXISTS `usage_states` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `account_id` integer NOT NULL, `last_seq` integer NOT NULL DEFAULT (0), `last_at` datetime NULL, `held_standard` integer NOT NULL DEFAULT (0), `held_floating` integer NOT NULL DEFAULT (0), `waiting` integer NOT NULL DEFAULT (0));
-- Set sequence for "usage_states" table
INSERT INTO sqlite_sequence (name, seq) SELECT 'usage_states', 64424509440 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'usage_states');
-- Create index "usage_states_account_id_key" to table: "usage_states"
CREATE UNIQUE INDEX IF NOT EXISTS `usage_states_account_id_key` ON `usage_states` (`account_id`);
