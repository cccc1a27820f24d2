-- Exact totals of the applications and payouts lists (worker/lib/list-total.ts), kept by triggers
-- in the statement of every write, so they can never drift from the rows: one row per network and
-- status, and rows for all networks (network 0) and all statuses (''). Applications count from
-- their submission (staff never see drafts).
CREATE TRIGGER `applications_count_insert` AFTER INSERT ON `applications`
WHEN NEW.`submitted_at` IS NOT NULL
BEGIN
  INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
  SELECT 'applications', k.`network_id`, k.`status`, 1
  FROM (SELECT NEW.`network_id` AS `network_id`, NEW.`status` AS `status`
    UNION ALL SELECT NEW.`network_id`, '' UNION ALL SELECT 0, NEW.`status` UNION ALL SELECT 0, '') k
  WHERE true
  ON CONFLICT (`resource`, `network_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_count_delete` AFTER DELETE ON `applications`
WHEN OLD.`submitted_at` IS NOT NULL
BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1
  WHERE `resource` = 'applications' AND `network_id` IN (OLD.`network_id`, 0)
    AND `status` IN (OLD.`status`, '');
END;
--> statement-breakpoint
CREATE TRIGGER `applications_count_update` AFTER UPDATE OF `network_id`, `status`, `submitted_at` ON `applications`
WHEN OLD.`network_id` IS NOT NEW.`network_id` OR OLD.`status` IS NOT NEW.`status`
  OR (OLD.`submitted_at` IS NULL) <> (NEW.`submitted_at` IS NULL)
BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1
  WHERE OLD.`submitted_at` IS NOT NULL AND `resource` = 'applications'
    AND `network_id` IN (OLD.`network_id`, 0) AND `status` IN (OLD.`status`, '');
  INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
  SELECT 'applications', k.`network_id`, k.`status`, 1
  FROM (SELECT NEW.`network_id` AS `network_id`, NEW.`status` AS `status`
    UNION ALL SELECT NEW.`network_id`, '' UNION ALL SELECT 0, NEW.`status` UNION ALL SELECT 0, '') k
  WHERE NEW.`submitted_at` IS NOT NULL
  ON CONFLICT (`resource`, `network_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `payouts_count_insert` AFTER INSERT ON `payouts`
BEGIN
  INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
  SELECT 'payouts', k.`network_id`, k.`status`, 1
  FROM (SELECT NEW.`network_id` AS `network_id`, NEW.`status` AS `status`
    UNION ALL SELECT NEW.`network_id`, '' UNION ALL SELECT 0, NEW.`status` UNION ALL SELECT 0, '') k
  WHERE true
  ON CONFLICT (`resource`, `network_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `payouts_count_delete` AFTER DELETE ON `payouts`
BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1
  WHERE `resource` = 'payouts' AND `network_id` IN (OLD.`network_id`, 0)
    AND `status` IN (OLD.`status`, '');
END;
--> statement-breakpoint
CREATE TRIGGER `payouts_count_update` AFTER UPDATE OF `network_id`, `status` ON `payouts`
WHEN OLD.`network_id` IS NOT NEW.`network_id` OR OLD.`status` IS NOT NEW.`status`
BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1
  WHERE `resource` = 'payouts' AND `network_id` IN (OLD.`network_id`, 0)
    AND `status` IN (OLD.`status`, '');
  INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
  SELECT 'payouts', k.`network_id`, k.`status`, 1
  FROM (SELECT NEW.`network_id` AS `network_id`, NEW.`status` AS `status`
    UNION ALL SELECT NEW.`network_id`, '' UNION ALL SELECT 0, NEW.`status` UNION ALL SELECT 0, '') k
  WHERE true
  ON CONFLICT (`resource`, `network_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- The counts of the rows already there (one statement each: D1 allows 5 terms in a UNION).
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'applications', `network_id`, `status`, count(*) FROM `applications`
WHERE `submitted_at` IS NOT NULL GROUP BY `network_id`, `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'applications', `network_id`, '', count(*) FROM `applications`
WHERE `submitted_at` IS NOT NULL GROUP BY `network_id`;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'applications', 0, `status`, count(*) FROM `applications`
WHERE `submitted_at` IS NOT NULL GROUP BY `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'applications', 0, '', count(*) FROM `applications` WHERE `submitted_at` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'payouts', `network_id`, `status`, count(*) FROM `payouts` GROUP BY `network_id`, `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'payouts', `network_id`, '', count(*) FROM `payouts` GROUP BY `network_id`;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'payouts', 0, `status`, count(*) FROM `payouts` GROUP BY `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`resource`, `network_id`, `status`, `n`)
SELECT 'payouts', 0, '', count(*) FROM `payouts`;
--> statement-breakpoint
-- Full-text search of submitted applications (the `q` of their list): reference, title, summary
-- and organisation name, the text every staff role may read. External content: the words are
-- indexed, the text stays in `applications`. Triggers keep it in step with every write; drafts
-- (which staff never see, and applicants edit often) are not indexed until submitted.
CREATE VIRTUAL TABLE `applications_fts` USING fts5(
  `reference`, `title`, `summary`, `organisation_name`,
  content = 'applications', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `applications_fts_insert` AFTER INSERT ON `applications`
WHEN NEW.`submitted_at` IS NOT NULL
BEGIN
  INSERT INTO `applications_fts` (`rowid`, `reference`, `title`, `summary`, `organisation_name`)
  VALUES (NEW.`id`, NEW.`reference`, NEW.`title`, NEW.`summary`, NEW.`organisation_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_delete` AFTER DELETE ON `applications`
WHEN OLD.`submitted_at` IS NOT NULL
BEGIN
  INSERT INTO `applications_fts` (`applications_fts`, `rowid`, `reference`, `title`, `summary`, `organisation_name`)
  VALUES ('delete', OLD.`id`, OLD.`reference`, OLD.`title`, OLD.`summary`, OLD.`organisation_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_update` AFTER UPDATE OF `reference`, `title`, `summary`, `organisation_name`, `submitted_at` ON `applications`
BEGIN
  INSERT INTO `applications_fts` (`applications_fts`, `rowid`, `reference`, `title`, `summary`, `organisation_name`)
  SELECT 'delete', OLD.`id`, OLD.`reference`, OLD.`title`, OLD.`summary`, OLD.`organisation_name`
  WHERE OLD.`submitted_at` IS NOT NULL;
  INSERT INTO `applications_fts` (`rowid`, `reference`, `title`, `summary`, `organisation_name`)
  SELECT NEW.`id`, NEW.`reference`, NEW.`title`, NEW.`summary`, NEW.`organisation_name`
  WHERE NEW.`submitted_at` IS NOT NULL;
END;
--> statement-breakpoint
INSERT INTO `applications_fts` (`rowid`, `reference`, `title`, `summary`, `organisation_name`)
SELECT `id`, `reference`, `title`, `summary`, `organisation_name` FROM `applications`
WHERE `submitted_at` IS NOT NULL;
