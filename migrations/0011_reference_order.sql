-- References sort in the order they are handed out: as text, BK-2026-10000 came before
-- BK-2026-9999 (see referenceOrder in worker/db/schema.ts, which must match these expressions).
DROP INDEX `applications_listed_reference_idx`;--> statement-breakpoint
DROP INDEX `applications_network_reference_idx`;--> statement-breakpoint
CREATE INDEX `applications_listed_reference_order_idx` ON `applications` (substr("reference", 4, 5) || printf('%08d', substr("reference", 9))) WHERE "applications"."submitted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_network_reference_order_idx` ON `applications` (`network_id`, substr("reference", 4, 5) || printf('%08d', substr("reference", 9))) WHERE "applications"."submitted_at" IS NOT NULL;
