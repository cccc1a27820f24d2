-- The audit log is append-only: entries can never be deleted, and who/what/when never changes.
-- Only the `changes` column stays writable, so retention can anonymise personal data in it.
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE OF `at`, `actor_type`, `actor_id`, `action`, `entity`, `entity_id`, `network_id` ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
