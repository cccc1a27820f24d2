CREATE TABLE `application_priorities` (
	`application_id` integer NOT NULL,
	`priority_id` integer NOT NULL,
	PRIMARY KEY(`application_id`, `priority_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`priority_id`) REFERENCES `priorities`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `application_priorities_priority_idx` ON `application_priorities` (`priority_id`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`reference` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`target_group` text DEFAULT '' NOT NULL,
	`expected_participants` integer,
	`volunteers` integer,
	`goal` text DEFAULT '' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`postcode` text,
	`requested_cents` integer DEFAULT 0 NOT NULL,
	`own_contribution_cents` integer DEFAULT 0 NOT NULL,
	`own_contribution_hours` integer DEFAULT 0 NOT NULL,
	`other_funding` text DEFAULT '' NOT NULL,
	`supporters` integer DEFAULT 0 NOT NULL,
	`works_with_vulnerable` integer DEFAULT false NOT NULL,
	`vog_confirmed` integer DEFAULT false NOT NULL,
	`applicant_type` text,
	`organisation_name` text,
	`kvk_number` text,
	`contact_name` text,
	`email` text,
	`phone` text,
	`iban` text,
	`account_holder` text,
	`privacy_consent_at` text,
	`access_token_hash` text NOT NULL,
	`submitted_at` text,
	`decision_due_on` text,
	`info_requested_at` text,
	`info_due_on` text,
	`info_request` text,
	`score` real,
	`review_count` integer DEFAULT 0 NOT NULL,
	`anonymised_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "applications_money_check" CHECK("applications"."requested_cents" >= 0 AND "applications"."own_contribution_cents" >= 0 AND "applications"."own_contribution_hours" >= 0),
	CONSTRAINT "applications_counts_check" CHECK("applications"."supporters" >= 0 AND coalesce("applications"."expected_participants", 0) >= 0 AND coalesce("applications"."volunteers", 0) >= 0),
	CONSTRAINT "applications_score_check" CHECK("applications"."score" IS NULL OR "applications"."score" BETWEEN 0 AND 100),
	CONSTRAINT "applications_status_check" CHECK("applications"."status" IN ('draft', 'submitted', 'info_requested', 'awarded', 'rejected', 'withdrawn', 'reported', 'settled')),
	CONSTRAINT "applications_applicant_type_check" CHECK("applications"."applicant_type" IS NULL OR "applications"."applicant_type" IN ('resident', 'group', 'foundation', 'association')),
	CONSTRAINT "applications_submitted_check" CHECK("applications"."status" = 'draft' OR "applications"."submitted_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_reference_idx` ON `applications` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `applications_token_idx` ON `applications` (`access_token_hash`);--> statement-breakpoint
CREATE INDEX `applications_network_status_idx` ON `applications` (`network_id`,`status`);--> statement-breakpoint
CREATE INDEX `applications_plan_status_idx` ON `applications` (`plan_id`,`status`);--> statement-breakpoint
CREATE INDEX `applications_submitted_idx` ON `applications` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_due_idx` ON `applications` (`decision_due_on`);--> statement-breakpoint
CREATE INDEX `applications_status_idx` ON `applications` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `applications_plan_score_idx` ON `applications` (`plan_id`,`score`);--> statement-breakpoint
CREATE INDEX `applications_title_idx` ON `applications` (`title`);--> statement-breakpoint
CREATE INDEX `applications_requested_idx` ON `applications` (`requested_cents`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`report_id` integer,
	`network_id` integer NOT NULL,
	`kind` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`storage_key` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attachments_size_check" CHECK("attachments"."size_bytes" BETWEEN 0 AND 10485760),
	CONSTRAINT "attachments_kind_check" CHECK("attachments"."kind" IN ('quote', 'plan', 'photo', 'report', 'other'))
);
--> statement-breakpoint
CREATE INDEX `attachments_application_idx` ON `attachments` (`application_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_storage_key_idx` ON `attachments` (`storage_key`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor_type` text NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`network_id` integer,
	`changes` text,
	CONSTRAINT "audit_log_actor_type_check" CHECK("audit_log"."actor_type" IN ('user', 'applicant', 'system'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_network_at_idx` ON `audit_log` (`network_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`description` text NOT NULL,
	`category` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "budget_lines_amount_check" CHECK("budget_lines"."amount_cents" >= 0),
	CONSTRAINT "budget_lines_category_check" CHECK("budget_lines"."category" IN ('materials', 'rent', 'promotion', 'activities', 'food_drink', 'alcohol', 'salaries', 'gifts', 'equipment', 'structural', 'other'))
);
--> statement-breakpoint
CREATE INDEX `budget_lines_application_idx` ON `budget_lines` (`application_id`,`position`);--> statement-breakpoint
CREATE TABLE `criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`weight` integer NOT NULL,
	`knockout` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "criteria_weight_check" CHECK("criteria"."weight" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE INDEX `criteria_plan_position_idx` ON `criteria` (`plan_id`,`position`);--> statement-breakpoint
CREATE INDEX `criteria_network_idx` ON `criteria` (`network_id`);--> statement-breakpoint
CREATE TABLE `decision_members` (
	`decision_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	PRIMARY KEY(`decision_id`, `member_id`),
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `decision_members_member_idx` ON `decision_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	`motivation` text NOT NULL,
	`partial_reason` text,
	`decided_on` text NOT NULL,
	`objection_deadline` text NOT NULL,
	`votes_for` integer NOT NULL,
	`votes_against` integer NOT NULL,
	`abstentions` integer NOT NULL,
	`decided_by` integer NOT NULL,
	`revoked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "decisions_outcome_check" CHECK("decisions"."outcome" IN ('awarded', 'rejected')),
	CONSTRAINT "decisions_amount_check" CHECK("decisions"."amount_cents" >= 0 AND ("decisions"."outcome" = 'awarded' OR "decisions"."amount_cents" = 0)),
	CONSTRAINT "decisions_votes_check" CHECK("decisions"."votes_for" >= 0 AND "decisions"."votes_against" >= 0 AND "decisions"."abstentions" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_live_application_idx` ON `decisions` (`application_id`) WHERE "decisions"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX `decisions_network_decided_idx` ON `decisions` (`network_id`,`decided_on`);--> statement-breakpoint
CREATE INDEX `decisions_plan_idx` ON `decisions` (`plan_id`,`outcome`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_key_at_idx` ON `login_failures` (`key`,`at`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "members_kind_check" CHECK("members"."kind" IN ('resident', 'professional'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_network_user_idx` ON `members` (`network_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `members_user_idx` ON `members` (`user_id`);--> statement-breakpoint
CREATE TABLE `networks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`area` text NOT NULL,
	`postcodes` text DEFAULT '[]' NOT NULL,
	`member_count` integer DEFAULT 0 NOT NULL,
	`resident_count` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "networks_counts_check" CHECK("networks"."resident_count" BETWEEN 0 AND "networks"."member_count")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `networks_name_idx` ON `networks` (`name`);--> statement-breakpoint
CREATE TABLE `payout_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`execution_date` text NOT NULL,
	`message_id` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	`total_cents` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` integer NOT NULL,
	`exported_at` text,
	`paid_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payout_batches_count_check" CHECK("payout_batches"."count" >= 0),
	CONSTRAINT "payout_batches_status_check" CHECK("payout_batches"."status" IN ('open', 'exported', 'paid'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payout_batches_message_id_idx` ON `payout_batches` (`message_id`);--> statement-breakpoint
CREATE INDEX `payout_batches_status_idx` ON `payout_batches` (`status`,`execution_date`);--> statement-breakpoint
CREATE INDEX `payout_batches_execution_idx` ON `payout_batches` (`execution_date`);--> statement-breakpoint
CREATE TABLE `payouts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`batch_id` integer,
	`paid_on` text,
	`end_to_end_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `payout_batches`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "payouts_amount_check" CHECK(CASE WHEN "payouts"."kind" = 'reclaim' THEN "payouts"."amount_cents" < 0 ELSE "payouts"."amount_cents" > 0 END),
	CONSTRAINT "payouts_kind_check" CHECK("payouts"."kind" IN ('advance', 'installment', 'final', 'reclaim')),
	CONSTRAINT "payouts_status_check" CHECK("payouts"."status" IN ('scheduled', 'batched', 'paid', 'cancelled')),
	CONSTRAINT "payouts_batch_check" CHECK(("payouts"."status" = 'batched') <= ("payouts"."batch_id" IS NOT NULL) AND ("payouts"."status" = 'paid') <= ("payouts"."paid_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payouts_end_to_end_idx` ON `payouts` (`end_to_end_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payouts_application_number_idx` ON `payouts` (`application_id`,`number`);--> statement-breakpoint
CREATE INDEX `payouts_status_due_idx` ON `payouts` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `payouts_batch_idx` ON `payouts` (`batch_id`);--> statement-breakpoint
CREATE INDEX `payouts_network_due_idx` ON `payouts` (`network_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `payouts_plan_due_idx` ON `payouts` (`plan_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `payouts_due_idx` ON `payouts` (`due_on`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`budget_cents` integer NOT NULL,
	`max_grant_cents` integer DEFAULT 500000 NOT NULL,
	`opens_on` text NOT NULL,
	`closes_on` text NOT NULL,
	`min_score` integer DEFAULT 60 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`awarded_cents` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "plans_money_check" CHECK("plans"."budget_cents" >= 0 AND "plans"."max_grant_cents" >= 0),
	CONSTRAINT "plans_awarded_check" CHECK("plans"."awarded_cents" BETWEEN 0 AND "plans"."budget_cents"),
	CONSTRAINT "plans_min_score_check" CHECK("plans"."min_score" BETWEEN 0 AND 100),
	CONSTRAINT "plans_dates_check" CHECK("plans"."opens_on" <= "plans"."closes_on"),
	CONSTRAINT "plans_status_check" CHECK("plans"."status" IN ('draft', 'open', 'closed'))
);
--> statement-breakpoint
CREATE INDEX `plans_network_year_idx` ON `plans` (`network_id`,`year`);--> statement-breakpoint
CREATE INDEX `plans_year_idx` ON `plans` (`year`);--> statement-breakpoint
CREATE INDEX `plans_status_idx` ON `plans` (`status`,`closes_on`);--> statement-breakpoint
CREATE TABLE `priorities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `priorities_plan_position_idx` ON `priorities` (`plan_id`,`position`);--> statement-breakpoint
CREATE INDEX `priorities_network_idx` ON `priorities` (`network_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`narrative` text NOT NULL,
	`participants_reached` integer NOT NULL,
	`actual_costs_cents` integer NOT NULL,
	`financial_overview` text,
	`submitted_at` text NOT NULL,
	`settled_cents` integer,
	`settled_on` text,
	`settlement_reason` text,
	`reclaim_cents` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reports_money_check" CHECK("reports"."actual_costs_cents" >= 0 AND coalesce("reports"."settled_cents", 0) >= 0 AND coalesce("reports"."reclaim_cents", 0) >= 0),
	CONSTRAINT "reports_participants_check" CHECK("reports"."participants_reached" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_application_idx` ON `reports` (`application_id`);--> statement-breakpoint
CREATE INDEX `reports_network_idx` ON `reports` (`network_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `review_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`criterion_id` integer NOT NULL,
	`score` integer NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`criterion_id`) REFERENCES `criteria`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "review_scores_score_check" CHECK("review_scores"."score" BETWEEN 0 AND 4)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_scores_review_criterion_idx` ON `review_scores` (`review_id`,`criterion_id`);--> statement-breakpoint
CREATE INDEX `review_scores_criterion_idx` ON `review_scores` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`conflict_of_interest` integer DEFAULT false NOT NULL,
	`conflict_note` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`total` real,
	`submitted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "reviews_total_check" CHECK("reviews"."total" IS NULL OR "reviews"."total" BETWEEN 0 AND 100),
	CONSTRAINT "reviews_status_check" CHECK("reviews"."status" IN ('draft', 'submitted')),
	CONSTRAINT "reviews_conflict_check" CHECK(NOT ("reviews"."conflict_of_interest" = 1 AND "reviews"."total" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_application_reviewer_idx` ON `reviews` (`application_id`,`reviewer_id`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_status_idx` ON `reviews` (`reviewer_id`,`status`);--> statement-breakpoint
CREATE INDEX `reviews_network_idx` ON `reviews` (`network_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_id_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" IN ('admin', 'coordinator', 'reviewer', 'finance'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_idx` ON `users` (lower("email"));--> statement-breakpoint
CREATE INDEX `users_role_name_idx` ON `users` (`role`,`name`);--> statement-breakpoint
CREATE INDEX `users_name_idx` ON `users` (`name`);