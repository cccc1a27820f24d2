CREATE TABLE `list_counts` (
	`resource` text NOT NULL,
	`network_id` integer NOT NULL,
	`status` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`resource`, `network_id`, `status`)
);
--> statement-breakpoint
DROP INDEX `applications_network_status_idx`;--> statement-breakpoint
DROP INDEX `applications_removal_idx`;--> statement-breakpoint
CREATE INDEX `applications_listed_reference_idx` ON `applications` (`reference`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_listed_due_idx` ON `applications` (`decision_due_on`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_id_idx` ON `applications` (`network_id`,`id`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_submitted_idx` ON `applications` (`network_id`,`submitted_at`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_reference_idx` ON `applications` (`network_id`,`reference`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_title_idx` ON `applications` (`network_id`,`title`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_requested_idx` ON `applications` (`network_id`,`requested_cents`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_due_idx` ON `applications` (`network_id`,`decision_due_on`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_plan_submitted_idx` ON `applications` (`plan_id`,`submitted_at`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_status_submitted_idx` ON `applications` (`status`,`submitted_at`) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_removal_idx` ON `applications` (`network_id`,`submitted_at`) WHERE "applications"."removal_requested_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_status_idx` ON `applications` (`network_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_removal_idx` ON `applications` (`submitted_at`) WHERE "applications"."removal_requested_at" IS NOT NULL;--> statement-breakpoint
DROP INDEX `messages_network_idx`;--> statement-breakpoint
CREATE INDEX `messages_status_id_idx` ON `messages` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `messages_kind_idx` ON `messages` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `messages_network_idx` ON `messages` (`network_id`,`id`);--> statement-breakpoint
DROP INDEX `payouts_batch_idx`;--> statement-breakpoint
CREATE INDEX `payouts_batch_network_idx` ON `payouts` (`batch_id`,`network_id`);--> statement-breakpoint
CREATE INDEX `payouts_network_id_idx` ON `payouts` (`network_id`,`id`);--> statement-breakpoint
CREATE INDEX `payouts_network_amount_idx` ON `payouts` (`network_id`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `payouts_batch_idx` ON `payouts` (`batch_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `attachments_created_idx` ON `attachments` (`created_at`);--> statement-breakpoint
CREATE INDEX `attachments_network_id_idx` ON `attachments` (`network_id`,`id`);--> statement-breakpoint
CREATE INDEX `attachments_network_created_idx` ON `attachments` (`network_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `attachments_kind_idx` ON `attachments` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_at_idx` ON `audit_log` (`entity`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_id_idx` ON `audit_log` (`entity_id`,`network_id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_row_idx` ON `audit_log` (`entity`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_network_id_idx` ON `audit_log` (`network_id`,`id`);--> statement-breakpoint
CREATE INDEX `decisions_decided_idx` ON `decisions` (`decided_on`);--> statement-breakpoint
CREATE INDEX `decisions_amount_idx` ON `decisions` (`amount_cents`);--> statement-breakpoint
CREATE INDEX `decisions_network_id_idx` ON `decisions` (`network_id`,`id`);--> statement-breakpoint
CREATE INDEX `decisions_network_amount_idx` ON `decisions` (`network_id`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `decisions_plan_decided_idx` ON `decisions` (`plan_id`,`decided_on`);--> statement-breakpoint
CREATE INDEX `decisions_outcome_decided_idx` ON `decisions` (`outcome`,`decided_on`);--> statement-breakpoint
CREATE INDEX `decisions_application_idx` ON `decisions` (`application_id`);--> statement-breakpoint
CREATE INDEX `reports_submitted_idx` ON `reports` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `reports_network_id_idx` ON `reports` (`network_id`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_updated_idx` ON `reviews` (`updated_at`);--> statement-breakpoint
CREATE INDEX `reviews_submitted_idx` ON `reviews` (coalesce("submitted_at", ''));--> statement-breakpoint
CREATE INDEX `reviews_total_idx` ON `reviews` (coalesce("total", -1));--> statement-breakpoint
CREATE INDEX `reviews_network_updated_idx` ON `reviews` (`network_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `reviews_network_submitted_idx` ON `reviews` (`network_id`,coalesce("submitted_at", ''));--> statement-breakpoint
CREATE INDEX `reviews_network_total_idx` ON `reviews` (`network_id`,coalesce("total", -1));--> statement-breakpoint
CREATE INDEX `reviews_reviewer_id_idx` ON `reviews` (`reviewer_id`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_updated_idx` ON `reviews` (`reviewer_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_submitted_idx` ON `reviews` (`reviewer_id`,coalesce("submitted_at", ''));--> statement-breakpoint
CREATE INDEX `reviews_reviewer_total_idx` ON `reviews` (`reviewer_id`,coalesce("total", -1));--> statement-breakpoint
CREATE INDEX `reviews_conflict_updated_idx` ON `reviews` (`conflict_of_interest`,`updated_at`);