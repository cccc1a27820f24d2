CREATE TABLE `bank_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`iban` text NOT NULL,
	`account_holder` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` integer NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bank_changes_status_check" CHECK("bank_changes"."status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "bank_changes_four_eyes_check" CHECK("bank_changes"."status" = 'pending' OR ("bank_changes"."decided_by" IS NOT NULL AND "bank_changes"."decided_at" IS NOT NULL)),
	CONSTRAINT "bank_changes_second_person_check" CHECK("bank_changes"."status" <> 'approved' OR "bank_changes"."decided_by" <> "bank_changes"."requested_by")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_changes_pending_idx` ON `bank_changes` (`application_id`) WHERE "bank_changes"."status" = 'pending';--> statement-breakpoint
CREATE INDEX `bank_changes_application_idx` ON `bank_changes` (`application_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `bank_changes_status_idx` ON `bank_changes` (`status`,`created_at`);