-- Create "limit_counters" table
CREATE TABLE `limit_counters` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `hits` integer NOT NULL DEFAULT (0), `blocked_until` integer NOT NULL DEFAULT (0), `expires_at` integer NOT NULL);
-- Set sequence for "limit_counters" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("limit_counters", 47244640256);
-- Create index "limit_counters_key_key" to table: "limit_counters"
CREATE UNIQUE INDEX `limit_counters_key_key` ON `limit_counters` (`key`);
-- Create index "limitcounter_expires_at" to table: "limit_counters"
CREATE INDEX `limitcounter_expires_at` ON `limit_counters` (`expires_at`);
