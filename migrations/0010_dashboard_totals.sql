CREATE TABLE `due_counts` (
	`plan_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`plan_id`, `due_on`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `payout_holds` (
	`payout_id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`network_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`reason` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `payout_holds_application_idx` ON `payout_holds` (`application_id`);--> statement-breakpoint
CREATE INDEX `payout_holds_due_idx` ON `payout_holds` (`due_on`);--> statement-breakpoint
CREATE TABLE `plan_totals` (
	`plan_id` integer PRIMARY KEY NOT NULL,
	`submitted_count` integer DEFAULT 0 NOT NULL,
	`info_requested_count` integer DEFAULT 0 NOT NULL,
	`awarded_count` integer DEFAULT 0 NOT NULL,
	`rejected_count` integer DEFAULT 0 NOT NULL,
	`withdrawn_count` integer DEFAULT 0 NOT NULL,
	`reported_count` integer DEFAULT 0 NOT NULL,
	`settled_count` integer DEFAULT 0 NOT NULL,
	`paid_cents` integer DEFAULT 0 NOT NULL,
	`reclaim_cents` integer DEFAULT 0 NOT NULL,
	`settled_cents` integer DEFAULT 0 NOT NULL,
	`initiative_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `priority_shares` (
	`application_id` integer NOT NULL,
	`priority_id` integer NOT NULL,
	`awarded` integer NOT NULL,
	`cents` integer NOT NULL,
	PRIMARY KEY(`application_id`, `priority_id`)
);
--> statement-breakpoint
CREATE TABLE `priority_totals` (
	`priority_id` integer PRIMARY KEY NOT NULL,
	`application_count` integer DEFAULT 0 NOT NULL,
	`awarded_count` integer DEFAULT 0 NOT NULL,
	`awarded_cents` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`priority_id`) REFERENCES `priorities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_counts` (
	`plan_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`drafts` integer DEFAULT 0 NOT NULL,
	`conflicted` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`plan_id`, `reviewer_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `applications_submitted_due_idx` ON `applications` (`status`,`decision_due_on`) WHERE "applications"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX `decisions_plan_awarded_idx` ON `decisions` (`plan_id`,`decided_on`) WHERE "decisions"."outcome" = 'awarded' AND "decisions"."revoked_at" IS NULL;--> statement-breakpoint
-- What priority_shares and payout_holds hold for an application or payout, derived from the rows
-- themselves; the triggers below copy an application's (or payout's) rows from these after every
-- write that could change them.
CREATE VIEW `priority_shares_source` AS
SELECT ap.`application_id`, ap.`priority_id`, d.`id` IS NOT NULL AS `awarded`,
  CASE WHEN d.`id` IS NULL THEN 0 ELSE
    coalesce(r.`settled_cents`, d.`amount_cents`) / (SELECT count(*) FROM `application_priorities` c
      WHERE c.`application_id` = ap.`application_id`)
    + CASE WHEN EXISTS (SELECT 1 FROM `application_priorities` e
        JOIN `priorities` eq ON eq.`id` = e.`priority_id`
        WHERE e.`application_id` = ap.`application_id` AND (eq.`position`, eq.`id`) < (q.`position`, q.`id`))
      THEN 0
      ELSE coalesce(r.`settled_cents`, d.`amount_cents`) % (SELECT count(*) FROM `application_priorities` c
        WHERE c.`application_id` = ap.`application_id`) END
  END AS `cents`
FROM `application_priorities` ap
JOIN `applications` a ON a.`id` = ap.`application_id`
JOIN `priorities` q ON q.`id` = ap.`priority_id`
LEFT JOIN `decisions` d ON d.`application_id` = a.`id` AND d.`revoked_at` IS NULL
  AND d.`outcome` = 'awarded'
LEFT JOIN `reports` r ON r.`application_id` = a.`id`
WHERE a.`submitted_at` IS NOT NULL AND a.`status` <> 'withdrawn';
--> statement-breakpoint
CREATE VIEW `payout_holds_source` AS
SELECT p.`id` AS `payout_id`, p.`application_id`, p.`network_id`, p.`plan_id`, p.`due_on`,
  p.`amount_cents`,
  CASE WHEN coalesce(a.`iban`, '') = '' OR coalesce(a.`account_holder`, '') = '' THEN 'noAccount'
    ELSE 'pendingChange' END AS `reason`
FROM `payouts` p JOIN `applications` a ON a.`id` = p.`application_id`
WHERE p.`status` = 'scheduled' AND p.`amount_cents` > 0
  AND (coalesce(a.`iban`, '') = '' OR coalesce(a.`account_holder`, '') = ''
    OR EXISTS (SELECT 1 FROM `bank_changes` bc WHERE bc.`application_id` = a.`id`
      AND bc.`status` = 'pending'));
--> statement-breakpoint
-- The dashboard's and the public register's figures (worker/services/dashboard.ts, register.ts),
-- kept by triggers in the statement of every write, so they can never drift from the rows and a
-- widget reads a few rows per plan instead of every application, payout and review:
-- due_counts: applications under review per plan and decision day (decisions due);
-- review_counts: reviews of applications under review per plan and reviewer (review progress);
-- plan_totals: per plan, submitted applications per status (the pipeline, and those under review),
-- money paid, reclaimed and settled, and live awards shown in the register;
-- priority_shares: each counted application's share per priority, re-derived whenever anything it
-- depends on changes, and priority_totals their sums (awarded per priority);
-- payout_holds: the scheduled transfers a batch leaves out, with why (held payouts).
CREATE TRIGGER `applications_counts_insert` AFTER INSERT ON `applications`
WHEN NEW.`submitted_at` IS NOT NULL
BEGIN
  INSERT INTO `plan_totals` (`plan_id`, `submitted_count`, `info_requested_count`, `awarded_count`, `rejected_count`, `withdrawn_count`, `reported_count`, `settled_count`)
  VALUES (NEW.`plan_id`,
    NEW.`status` = 'submitted', NEW.`status` = 'info_requested', NEW.`status` = 'awarded', NEW.`status` = 'rejected', NEW.`status` = 'withdrawn', NEW.`status` = 'reported', NEW.`status` = 'settled')
  ON CONFLICT (`plan_id`) DO UPDATE SET `submitted_count` = `submitted_count` + excluded.`submitted_count`,
    `info_requested_count` = `info_requested_count` + excluded.`info_requested_count`,
    `awarded_count` = `awarded_count` + excluded.`awarded_count`,
    `rejected_count` = `rejected_count` + excluded.`rejected_count`,
    `withdrawn_count` = `withdrawn_count` + excluded.`withdrawn_count`,
    `reported_count` = `reported_count` + excluded.`reported_count`,
    `settled_count` = `settled_count` + excluded.`settled_count`;
  INSERT INTO `due_counts` (`plan_id`, `due_on`, `n`)
  SELECT NEW.`plan_id`, NEW.`decision_due_on`, 1
  WHERE NEW.`status` = 'submitted' AND NEW.`decision_due_on` IS NOT NULL
  ON CONFLICT (`plan_id`, `due_on`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_counts_update` AFTER UPDATE OF `plan_id`, `status`, `submitted_at` ON `applications`
WHEN OLD.`plan_id` IS NOT NEW.`plan_id` OR OLD.`status` IS NOT NEW.`status`
  OR (OLD.`submitted_at` IS NULL) <> (NEW.`submitted_at` IS NULL)
BEGIN
  UPDATE `plan_totals` SET `submitted_count` = `submitted_count` - (OLD.`status` = 'submitted'),
    `info_requested_count` = `info_requested_count` - (OLD.`status` = 'info_requested'),
    `awarded_count` = `awarded_count` - (OLD.`status` = 'awarded'),
    `rejected_count` = `rejected_count` - (OLD.`status` = 'rejected'),
    `withdrawn_count` = `withdrawn_count` - (OLD.`status` = 'withdrawn'),
    `reported_count` = `reported_count` - (OLD.`status` = 'reported'),
    `settled_count` = `settled_count` - (OLD.`status` = 'settled')
  WHERE OLD.`submitted_at` IS NOT NULL AND `plan_id` = OLD.`plan_id`;
  INSERT INTO `plan_totals` (`plan_id`, `submitted_count`, `info_requested_count`, `awarded_count`, `rejected_count`, `withdrawn_count`, `reported_count`, `settled_count`)
  SELECT NEW.`plan_id`,
    NEW.`status` = 'submitted', NEW.`status` = 'info_requested', NEW.`status` = 'awarded', NEW.`status` = 'rejected', NEW.`status` = 'withdrawn', NEW.`status` = 'reported', NEW.`status` = 'settled'
  WHERE NEW.`submitted_at` IS NOT NULL
  ON CONFLICT (`plan_id`) DO UPDATE SET `submitted_count` = `submitted_count` + excluded.`submitted_count`,
    `info_requested_count` = `info_requested_count` + excluded.`info_requested_count`,
    `awarded_count` = `awarded_count` + excluded.`awarded_count`,
    `rejected_count` = `rejected_count` + excluded.`rejected_count`,
    `withdrawn_count` = `withdrawn_count` + excluded.`withdrawn_count`,
    `reported_count` = `reported_count` + excluded.`reported_count`,
    `settled_count` = `settled_count` + excluded.`settled_count`;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_due_counts_update` AFTER UPDATE OF `plan_id`, `status`, `decision_due_on` ON `applications`
WHEN (OLD.`status` = 'submitted' OR NEW.`status` = 'submitted')
  AND (OLD.`plan_id` IS NOT NEW.`plan_id` OR OLD.`status` IS NOT NEW.`status`
    OR OLD.`decision_due_on` IS NOT NEW.`decision_due_on`)
BEGIN
  UPDATE `due_counts` SET `n` = `n` - 1
  WHERE OLD.`status` = 'submitted' AND `plan_id` = OLD.`plan_id` AND `due_on` = OLD.`decision_due_on`;
  INSERT INTO `due_counts` (`plan_id`, `due_on`, `n`)
  SELECT NEW.`plan_id`, NEW.`decision_due_on`, 1
  WHERE NEW.`status` = 'submitted' AND NEW.`decision_due_on` IS NOT NULL
  ON CONFLICT (`plan_id`, `due_on`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_review_counts_update` AFTER UPDATE OF `plan_id`, `status` ON `applications`
WHEN (OLD.`status` = 'submitted' OR NEW.`status` = 'submitted')
  AND (OLD.`plan_id` IS NOT NEW.`plan_id` OR OLD.`status` IS NOT NEW.`status`)
BEGIN
  INSERT INTO `review_counts` (`plan_id`, `reviewer_id`, `submitted`, `drafts`, `conflicted`)
  SELECT OLD.`plan_id`, r.`reviewer_id`, -(r.`conflict_of_interest` = 0 AND r.`status` = 'submitted'),
    -(r.`conflict_of_interest` = 0 AND r.`status` = 'draft'), -(r.`conflict_of_interest` = 1)
  FROM `reviews` r WHERE r.`application_id` = OLD.`id` AND OLD.`status` = 'submitted'
  ON CONFLICT (`plan_id`, `reviewer_id`) DO UPDATE SET `submitted` = `submitted` + excluded.`submitted`,
    `drafts` = `drafts` + excluded.`drafts`, `conflicted` = `conflicted` + excluded.`conflicted`;
  INSERT INTO `review_counts` (`plan_id`, `reviewer_id`, `submitted`, `drafts`, `conflicted`)
  SELECT NEW.`plan_id`, r.`reviewer_id`, r.`conflict_of_interest` = 0 AND r.`status` = 'submitted',
    r.`conflict_of_interest` = 0 AND r.`status` = 'draft', r.`conflict_of_interest` = 1
  FROM `reviews` r WHERE r.`application_id` = NEW.`id` AND NEW.`status` = 'submitted'
  ON CONFLICT (`plan_id`, `reviewer_id`) DO UPDATE SET `submitted` = `submitted` + excluded.`submitted`,
    `drafts` = `drafts` + excluded.`drafts`, `conflicted` = `conflicted` + excluded.`conflicted`;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_settled_update` AFTER UPDATE OF `plan_id`, `status` ON `applications`
WHEN (OLD.`status` = 'settled' OR NEW.`status` = 'settled')
  AND (OLD.`plan_id` IS NOT NEW.`plan_id` OR OLD.`status` IS NOT NEW.`status`)
BEGIN
  UPDATE `plan_totals` SET `settled_cents` = `settled_cents`
    - coalesce((SELECT r.`settled_cents` FROM `reports` r WHERE r.`application_id` = OLD.`id`), 0)
  WHERE OLD.`status` = 'settled' AND `plan_id` = OLD.`plan_id`;
  INSERT INTO `plan_totals` (`plan_id`, `settled_cents`)
  SELECT NEW.`plan_id`,
    coalesce((SELECT r.`settled_cents` FROM `reports` r WHERE r.`application_id` = NEW.`id`), 0)
  WHERE NEW.`status` = 'settled'
  ON CONFLICT (`plan_id`) DO UPDATE SET `settled_cents` = `settled_cents` + excluded.`settled_cents`;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_initiatives_update` AFTER UPDATE OF `status` ON `applications`
WHEN (OLD.`status` IN ('awarded', 'reported', 'settled')) <> (NEW.`status` IN ('awarded', 'reported', 'settled'))
BEGIN
  INSERT INTO `plan_totals` (`plan_id`, `initiative_count`)
  SELECT d.`plan_id`, CASE WHEN NEW.`status` IN ('awarded', 'reported', 'settled') THEN 1 ELSE -1 END
  FROM `decisions` d
  WHERE d.`application_id` = NEW.`id` AND d.`outcome` = 'awarded' AND d.`revoked_at` IS NULL
  ON CONFLICT (`plan_id`) DO UPDATE SET `initiative_count` = `initiative_count` + excluded.`initiative_count`;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_shares_update` AFTER UPDATE OF `status`, `submitted_at` ON `applications`
WHEN (OLD.`submitted_at` IS NOT NULL AND OLD.`status` <> 'withdrawn')
  <> (NEW.`submitted_at` IS NOT NULL AND NEW.`status` <> 'withdrawn')
BEGIN
  DELETE FROM `priority_shares` WHERE `application_id` = NEW.`id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_holds_update` AFTER UPDATE OF `iban`, `account_holder` ON `applications`
WHEN OLD.`iban` IS NOT NEW.`iban` OR OLD.`account_holder` IS NOT NEW.`account_holder`
BEGIN
  DELETE FROM `payout_holds` WHERE `application_id` = NEW.`id`;
  INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
  SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason` FROM `payout_holds_source` WHERE `application_id` = NEW.`id`;
END;
--> statement-breakpoint
-- Before the row goes: its reviews and report are deleted with it (ON DELETE CASCADE) after it is
-- gone, when their own triggers no longer find the application they counted under.
CREATE TRIGGER `applications_dashboard_delete` BEFORE DELETE ON `applications`
BEGIN
  UPDATE `plan_totals` SET `submitted_count` = `submitted_count` - (OLD.`status` = 'submitted'),
    `info_requested_count` = `info_requested_count` - (OLD.`status` = 'info_requested'),
    `awarded_count` = `awarded_count` - (OLD.`status` = 'awarded'),
    `rejected_count` = `rejected_count` - (OLD.`status` = 'rejected'),
    `withdrawn_count` = `withdrawn_count` - (OLD.`status` = 'withdrawn'),
    `reported_count` = `reported_count` - (OLD.`status` = 'reported'),
    `settled_count` = `settled_count` - (OLD.`status` = 'settled')
  WHERE OLD.`submitted_at` IS NOT NULL AND `plan_id` = OLD.`plan_id`;
  UPDATE `due_counts` SET `n` = `n` - 1
  WHERE OLD.`status` = 'submitted' AND `plan_id` = OLD.`plan_id` AND `due_on` = OLD.`decision_due_on`;
  INSERT INTO `review_counts` (`plan_id`, `reviewer_id`, `submitted`, `drafts`, `conflicted`)
  SELECT OLD.`plan_id`, r.`reviewer_id`, -(r.`conflict_of_interest` = 0 AND r.`status` = 'submitted'),
    -(r.`conflict_of_interest` = 0 AND r.`status` = 'draft'), -(r.`conflict_of_interest` = 1)
  FROM `reviews` r WHERE r.`application_id` = OLD.`id` AND OLD.`status` = 'submitted'
  ON CONFLICT (`plan_id`, `reviewer_id`) DO UPDATE SET `submitted` = `submitted` + excluded.`submitted`,
    `drafts` = `drafts` + excluded.`drafts`, `conflicted` = `conflicted` + excluded.`conflicted`;
  UPDATE `plan_totals` SET `settled_cents` = `settled_cents`
    - coalesce((SELECT r.`settled_cents` FROM `reports` r WHERE r.`application_id` = OLD.`id`), 0)
  WHERE OLD.`status` = 'settled' AND `plan_id` = OLD.`plan_id`;
  DELETE FROM `priority_shares` WHERE `application_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_counts_insert` AFTER INSERT ON `reviews`
BEGIN
  INSERT INTO `review_counts` (`plan_id`, `reviewer_id`, `submitted`, `drafts`, `conflicted`)
  SELECT a.`plan_id`, NEW.`reviewer_id`, NEW.`conflict_of_interest` = 0 AND NEW.`status` = 'submitted',
    NEW.`conflict_of_interest` = 0 AND NEW.`status` = 'draft', NEW.`conflict_of_interest` = 1
  FROM `applications` a WHERE a.`id` = NEW.`application_id` AND a.`status` = 'submitted'
  ON CONFLICT (`plan_id`, `reviewer_id`) DO UPDATE SET `submitted` = `submitted` + excluded.`submitted`,
    `drafts` = `drafts` + excluded.`drafts`, `conflicted` = `conflicted` + excluded.`conflicted`;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_counts_delete` AFTER DELETE ON `reviews`
BEGIN
  UPDATE `review_counts` SET
    `submitted` = `submitted` - (OLD.`conflict_of_interest` = 0 AND OLD.`status` = 'submitted'),
    `drafts` = `drafts` - (OLD.`conflict_of_interest` = 0 AND OLD.`status` = 'draft'),
    `conflicted` = `conflicted` - (OLD.`conflict_of_interest` = 1)
  WHERE `reviewer_id` = OLD.`reviewer_id` AND `plan_id` = (SELECT a.`plan_id` FROM `applications` a
    WHERE a.`id` = OLD.`application_id` AND a.`status` = 'submitted');
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_counts_update` AFTER UPDATE OF `application_id`, `reviewer_id`, `status`, `conflict_of_interest` ON `reviews`
WHEN OLD.`application_id` IS NOT NEW.`application_id` OR OLD.`reviewer_id` IS NOT NEW.`reviewer_id`
  OR OLD.`status` IS NOT NEW.`status` OR OLD.`conflict_of_interest` IS NOT NEW.`conflict_of_interest`
BEGIN
  UPDATE `review_counts` SET
    `submitted` = `submitted` - (OLD.`conflict_of_interest` = 0 AND OLD.`status` = 'submitted'),
    `drafts` = `drafts` - (OLD.`conflict_of_interest` = 0 AND OLD.`status` = 'draft'),
    `conflicted` = `conflicted` - (OLD.`conflict_of_interest` = 1)
  WHERE `reviewer_id` = OLD.`reviewer_id` AND `plan_id` = (SELECT a.`plan_id` FROM `applications` a
    WHERE a.`id` = OLD.`application_id` AND a.`status` = 'submitted');
  INSERT INTO `review_counts` (`plan_id`, `reviewer_id`, `submitted`, `drafts`, `conflicted`)
  SELECT a.`plan_id`, NEW.`reviewer_id`, NEW.`conflict_of_interest` = 0 AND NEW.`status` = 'submitted',
    NEW.`conflict_of_interest` = 0 AND NEW.`status` = 'draft', NEW.`conflict_of_interest` = 1
  FROM `applications` a WHERE a.`id` = NEW.`application_id` AND a.`status` = 'submitted'
  ON CONFLICT (`plan_id`, `reviewer_id`) DO UPDATE SET `submitted` = `submitted` + excluded.`submitted`,
    `drafts` = `drafts` + excluded.`drafts`, `conflicted` = `conflicted` + excluded.`conflicted`;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_totals_insert` AFTER INSERT ON `reports`
BEGIN
  INSERT INTO `plan_totals` (`plan_id`, `settled_cents`)
  SELECT a.`plan_id`, coalesce(NEW.`settled_cents`, 0) FROM `applications` a
  WHERE a.`id` = NEW.`application_id` AND a.`status` = 'settled'
  ON CONFLICT (`plan_id`) DO UPDATE SET `settled_cents` = `settled_cents` + excluded.`settled_cents`;
  DELETE FROM `priority_shares` WHERE `application_id` = NEW.`application_id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = NEW.`application_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_totals_update` AFTER UPDATE OF `application_id`, `settled_cents` ON `reports`
WHEN OLD.`application_id` IS NOT NEW.`application_id` OR OLD.`settled_cents` IS NOT NEW.`settled_cents`
BEGIN
  UPDATE `plan_totals` SET `settled_cents` = `settled_cents` - coalesce(OLD.`settled_cents`, 0)
  WHERE `plan_id` = (SELECT a.`plan_id` FROM `applications` a
    WHERE a.`id` = OLD.`application_id` AND a.`status` = 'settled');
  INSERT INTO `plan_totals` (`plan_id`, `settled_cents`)
  SELECT a.`plan_id`, coalesce(NEW.`settled_cents`, 0) FROM `applications` a
  WHERE a.`id` = NEW.`application_id` AND a.`status` = 'settled'
  ON CONFLICT (`plan_id`) DO UPDATE SET `settled_cents` = `settled_cents` + excluded.`settled_cents`;
  DELETE FROM `priority_shares` WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source`
  WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `reports_totals_delete` AFTER DELETE ON `reports`
BEGIN
  UPDATE `plan_totals` SET `settled_cents` = `settled_cents` - coalesce(OLD.`settled_cents`, 0)
  WHERE `plan_id` = (SELECT a.`plan_id` FROM `applications` a
    WHERE a.`id` = OLD.`application_id` AND a.`status` = 'settled');
  DELETE FROM `priority_shares` WHERE `application_id` = OLD.`application_id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = OLD.`application_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_totals_insert` AFTER INSERT ON `decisions`
BEGIN
  INSERT INTO `plan_totals` (`plan_id`, `initiative_count`)
  SELECT NEW.`plan_id`, 1 FROM `applications` a
  WHERE a.`id` = NEW.`application_id` AND a.`status` IN ('awarded', 'reported', 'settled')
    AND NEW.`outcome` = 'awarded' AND NEW.`revoked_at` IS NULL
  ON CONFLICT (`plan_id`) DO UPDATE SET `initiative_count` = `initiative_count` + 1;
  DELETE FROM `priority_shares` WHERE `application_id` = NEW.`application_id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = NEW.`application_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_totals_update` AFTER UPDATE OF `application_id`, `plan_id`, `outcome`, `amount_cents`, `revoked_at` ON `decisions`
WHEN OLD.`application_id` IS NOT NEW.`application_id` OR OLD.`plan_id` IS NOT NEW.`plan_id`
  OR OLD.`outcome` IS NOT NEW.`outcome` OR OLD.`amount_cents` IS NOT NEW.`amount_cents`
  OR OLD.`revoked_at` IS NOT NEW.`revoked_at`
BEGIN
  UPDATE `plan_totals` SET `initiative_count` = `initiative_count` - 1
  WHERE `plan_id` = OLD.`plan_id` AND OLD.`outcome` = 'awarded' AND OLD.`revoked_at` IS NULL
    AND (SELECT a.`status` FROM `applications` a WHERE a.`id` = OLD.`application_id`)
      IN ('awarded', 'reported', 'settled');
  INSERT INTO `plan_totals` (`plan_id`, `initiative_count`)
  SELECT NEW.`plan_id`, 1 FROM `applications` a
  WHERE a.`id` = NEW.`application_id` AND a.`status` IN ('awarded', 'reported', 'settled')
    AND NEW.`outcome` = 'awarded' AND NEW.`revoked_at` IS NULL
  ON CONFLICT (`plan_id`) DO UPDATE SET `initiative_count` = `initiative_count` + 1;
  DELETE FROM `priority_shares` WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source`
  WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_totals_delete` AFTER DELETE ON `decisions`
BEGIN
  UPDATE `plan_totals` SET `initiative_count` = `initiative_count` - 1
  WHERE `plan_id` = OLD.`plan_id` AND OLD.`outcome` = 'awarded' AND OLD.`revoked_at` IS NULL
    AND (SELECT a.`status` FROM `applications` a WHERE a.`id` = OLD.`application_id`)
      IN ('awarded', 'reported', 'settled');
  DELETE FROM `priority_shares` WHERE `application_id` = OLD.`application_id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = OLD.`application_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `application_priorities_shares_insert` AFTER INSERT ON `application_priorities`
BEGIN
  DELETE FROM `priority_shares` WHERE `application_id` = NEW.`application_id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = NEW.`application_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `application_priorities_shares_update` AFTER UPDATE ON `application_priorities`
BEGIN
  DELETE FROM `priority_shares` WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source`
  WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `application_priorities_shares_delete` AFTER DELETE ON `application_priorities`
BEGIN
  DELETE FROM `priority_shares` WHERE `application_id` = OLD.`application_id`;
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` = OLD.`application_id`;
END;
--> statement-breakpoint
-- The remainder of a split award goes to the application's first priority in the plan's order.
CREATE TRIGGER `priorities_shares_update` AFTER UPDATE OF `position` ON `priorities`
WHEN OLD.`position` IS NOT NEW.`position`
BEGIN
  DELETE FROM `priority_shares` WHERE `application_id` IN (SELECT ap.`application_id`
    FROM `application_priorities` ap WHERE ap.`priority_id` = NEW.`id`);
  INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
  SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source` WHERE `application_id` IN (SELECT ap.`application_id`
    FROM `application_priorities` ap WHERE ap.`priority_id` = NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `priority_shares_totals_insert` AFTER INSERT ON `priority_shares`
BEGIN
  INSERT INTO `priority_totals` (`priority_id`, `application_count`, `awarded_count`, `awarded_cents`)
  VALUES (NEW.`priority_id`, 1, NEW.`awarded`, NEW.`cents`)
  ON CONFLICT (`priority_id`) DO UPDATE SET `application_count` = `application_count` + 1,
    `awarded_count` = `awarded_count` + excluded.`awarded_count`,
    `awarded_cents` = `awarded_cents` + excluded.`awarded_cents`;
END;
--> statement-breakpoint
CREATE TRIGGER `priority_shares_totals_delete` AFTER DELETE ON `priority_shares`
BEGIN
  UPDATE `priority_totals` SET `application_count` = `application_count` - 1,
    `awarded_count` = `awarded_count` - OLD.`awarded`, `awarded_cents` = `awarded_cents` - OLD.`cents`
  WHERE `priority_id` = OLD.`priority_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `payouts_totals_insert` AFTER INSERT ON `payouts`
BEGIN
  INSERT INTO `plan_totals` (`plan_id`, `paid_cents`, `reclaim_cents`)
  VALUES (NEW.`plan_id`,
    (NEW.`status` = 'paid' AND NEW.`kind` <> 'reclaim') * NEW.`amount_cents`,
    (NEW.`kind` = 'reclaim' AND NEW.`status` <> 'cancelled') * -NEW.`amount_cents`)
  ON CONFLICT (`plan_id`) DO UPDATE SET `paid_cents` = `paid_cents` + excluded.`paid_cents`,
    `reclaim_cents` = `reclaim_cents` + excluded.`reclaim_cents`;
  INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
  SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason` FROM `payout_holds_source` WHERE `payout_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `payouts_totals_update` AFTER UPDATE OF `application_id`, `network_id`, `plan_id`, `kind`, `amount_cents`, `due_on`, `status` ON `payouts`
WHEN OLD.`application_id` IS NOT NEW.`application_id` OR OLD.`network_id` IS NOT NEW.`network_id`
  OR OLD.`plan_id` IS NOT NEW.`plan_id` OR OLD.`kind` IS NOT NEW.`kind`
  OR OLD.`amount_cents` IS NOT NEW.`amount_cents` OR OLD.`due_on` IS NOT NEW.`due_on`
  OR OLD.`status` IS NOT NEW.`status`
BEGIN
  UPDATE `plan_totals` SET
    `paid_cents` = `paid_cents`
      - (OLD.`status` = 'paid' AND OLD.`kind` <> 'reclaim') * OLD.`amount_cents`,
    `reclaim_cents` = `reclaim_cents`
      - (OLD.`kind` = 'reclaim' AND OLD.`status` <> 'cancelled') * -OLD.`amount_cents`
  WHERE `plan_id` = OLD.`plan_id`;
  INSERT INTO `plan_totals` (`plan_id`, `paid_cents`, `reclaim_cents`)
  VALUES (NEW.`plan_id`,
    (NEW.`status` = 'paid' AND NEW.`kind` <> 'reclaim') * NEW.`amount_cents`,
    (NEW.`kind` = 'reclaim' AND NEW.`status` <> 'cancelled') * -NEW.`amount_cents`)
  ON CONFLICT (`plan_id`) DO UPDATE SET `paid_cents` = `paid_cents` + excluded.`paid_cents`,
    `reclaim_cents` = `reclaim_cents` + excluded.`reclaim_cents`;
  DELETE FROM `payout_holds` WHERE `payout_id` = OLD.`id`;
  INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
  SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason` FROM `payout_holds_source` WHERE `payout_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `payouts_totals_delete` AFTER DELETE ON `payouts`
BEGIN
  UPDATE `plan_totals` SET
    `paid_cents` = `paid_cents`
      - (OLD.`status` = 'paid' AND OLD.`kind` <> 'reclaim') * OLD.`amount_cents`,
    `reclaim_cents` = `reclaim_cents`
      - (OLD.`kind` = 'reclaim' AND OLD.`status` <> 'cancelled') * -OLD.`amount_cents`
  WHERE `plan_id` = OLD.`plan_id`;
  DELETE FROM `payout_holds` WHERE `payout_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `bank_changes_holds_insert` AFTER INSERT ON `bank_changes`
BEGIN
  DELETE FROM `payout_holds` WHERE `application_id` = NEW.`application_id`;
  INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
  SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason` FROM `payout_holds_source` WHERE `application_id` = NEW.`application_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `bank_changes_holds_update` AFTER UPDATE OF `application_id`, `status` ON `bank_changes`
BEGIN
  DELETE FROM `payout_holds` WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
  INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
  SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason` FROM `payout_holds_source`
  WHERE `application_id` IN (OLD.`application_id`, NEW.`application_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `bank_changes_holds_delete` AFTER DELETE ON `bank_changes`
BEGIN
  DELETE FROM `payout_holds` WHERE `application_id` = OLD.`application_id`;
  INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
  SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason` FROM `payout_holds_source` WHERE `application_id` = OLD.`application_id`;
END;
--> statement-breakpoint
-- The figures of the rows already there.
INSERT INTO `due_counts` (`plan_id`, `due_on`, `n`)
SELECT `plan_id`, `decision_due_on`, count(*) FROM `applications`
WHERE `status` = 'submitted' AND `decision_due_on` IS NOT NULL GROUP BY `plan_id`, `decision_due_on`;
--> statement-breakpoint
INSERT INTO `review_counts` (`plan_id`, `reviewer_id`, `submitted`, `drafts`, `conflicted`)
SELECT a.`plan_id`, r.`reviewer_id`, sum(r.`conflict_of_interest` = 0 AND r.`status` = 'submitted'),
  sum(r.`conflict_of_interest` = 0 AND r.`status` = 'draft'), sum(r.`conflict_of_interest` = 1)
FROM `reviews` r JOIN `applications` a ON a.`id` = r.`application_id`
WHERE a.`status` = 'submitted' GROUP BY a.`plan_id`, r.`reviewer_id`;
--> statement-breakpoint
INSERT INTO `plan_totals` (`plan_id`, `submitted_count`, `info_requested_count`, `awarded_count`, `rejected_count`, `withdrawn_count`, `reported_count`, `settled_count`,
  `paid_cents`, `reclaim_cents`, `settled_cents`, `initiative_count`)
SELECT p.`id`,
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'submitted'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'info_requested'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'awarded'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'rejected'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'withdrawn'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'reported'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT count(*) FROM `applications` a WHERE a.`plan_id` = p.`id` AND a.`status` = 'settled'
    AND a.`submitted_at` IS NOT NULL),
  (SELECT coalesce(sum(x.`amount_cents`), 0) FROM `payouts` x
    WHERE x.`plan_id` = p.`id` AND x.`status` = 'paid' AND x.`kind` <> 'reclaim'),
  (SELECT coalesce(-sum(x.`amount_cents`), 0) FROM `payouts` x
    WHERE x.`plan_id` = p.`id` AND x.`kind` = 'reclaim' AND x.`status` <> 'cancelled'),
  (SELECT coalesce(sum(r.`settled_cents`), 0) FROM `applications` a
    JOIN `reports` r ON r.`application_id` = a.`id` WHERE a.`plan_id` = p.`id` AND a.`status` = 'settled'),
  (SELECT count(*) FROM `decisions` d JOIN `applications` a ON a.`id` = d.`application_id`
    WHERE d.`plan_id` = p.`id` AND d.`outcome` = 'awarded' AND d.`revoked_at` IS NULL
      AND a.`status` IN ('awarded', 'reported', 'settled'))
FROM `plans` p;
--> statement-breakpoint
-- Their totals per priority follow from the shares' own trigger.
INSERT INTO `priority_shares` (`application_id`, `priority_id`, `awarded`, `cents`)
SELECT `application_id`, `priority_id`, `awarded`, `cents` FROM `priority_shares_source`;
--> statement-breakpoint
INSERT INTO `payout_holds` (`payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`)
SELECT `payout_id`, `application_id`, `network_id`, `plan_id`, `due_on`, `amount_cents`, `reason`
FROM `payout_holds_source`;
