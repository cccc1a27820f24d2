CREATE INDEX `payouts_amount_idx` ON `payouts` (`amount_cents`);--> statement-breakpoint
CREATE INDEX `payouts_kind_due_idx` ON `payouts` (`kind`,`due_on`);