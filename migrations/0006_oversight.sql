CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer,
	`user_id` integer,
	`network_id` integer NOT NULL,
	`kind` text NOT NULL,
	`locale` text DEFAULT 'nl' NOT NULL,
	`to_address` text,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`private_link` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`sent_at` text,
	`dedupe_key` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "messages_kind_check" CHECK("messages"."kind" IN ('receipt', 'info_request', 'decision', 'payment', 'report_reminder', 'decision_due')),
	CONSTRAINT "messages_status_check" CHECK("messages"."status" IN ('queued', 'sent', 'failed')),
	CONSTRAINT "messages_locale_check" CHECK("messages"."locale" IN ('nl', 'en')),
	CONSTRAINT "messages_recipient_check" CHECK(("messages"."application_id" IS NOT NULL) OR ("messages"."user_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `messages_application_idx` ON `messages` (`application_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `messages_status_idx` ON `messages` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `messages_network_idx` ON `messages` (`network_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_dedupe_idx` ON `messages` (`dedupe_key`);--> statement-breakpoint
-- Columns are added in place: rebuilding applications would cascade-delete its child rows on D1,
-- which ignores PRAGMA foreign_keys=OFF.
ALTER TABLE `applications` ADD `locale` text DEFAULT 'nl' NOT NULL CONSTRAINT "applications_locale_check" CHECK("locale" IN ('nl', 'en'));--> statement-breakpoint
ALTER TABLE `applications` ADD `closed_on` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `removal_requested_at` text;--> statement-breakpoint
-- Files closed before this migration: refused on their decision day, settled on their settlement day,
-- withdrawn on the day of their last change.
UPDATE `applications` SET `closed_on` = (SELECT `decided_on` FROM `decisions` WHERE `decisions`.`application_id` = `applications`.`id` AND `decisions`.`revoked_at` IS NULL) WHERE `status` = 'rejected';--> statement-breakpoint
UPDATE `applications` SET `closed_on` = (SELECT `settled_on` FROM `reports` WHERE `reports`.`application_id` = `applications`.`id`) WHERE `status` = 'settled';--> statement-breakpoint
UPDATE `applications` SET `closed_on` = substr(`updated_at`, 1, 10) WHERE `status` = 'withdrawn';--> statement-breakpoint
CREATE INDEX `applications_retention_idx` ON `applications` (`closed_on`) WHERE "applications"."anonymised_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applications_removal_idx` ON `applications` (`removal_requested_at`) WHERE "applications"."removal_requested_at" IS NOT NULL;