-- An application's priorities and budget lines as JSON on its own row: a list page reads 25 rows
-- instead of 25 rows and their parts. `application_priorities` stays as the index of the priority
-- filter and the totals per priority, kept equal to `priority_ids` by the triggers below.
ALTER TABLE `applications` ADD `priority_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `budget_lines` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
UPDATE `applications` SET
  `priority_ids` = (SELECT json_group_array(`priority_id`) FROM (SELECT ap.`priority_id`
    FROM `application_priorities` ap WHERE ap.`application_id` = `applications`.`id`
    ORDER BY ap.`priority_id`)),
  `budget_lines` = (SELECT json_group_array(json_object('description', b.`description`,
    'category', b.`category`, 'amountCents', b.`amount_cents`)) FROM (SELECT * FROM `budget_lines` b
    WHERE b.`application_id` = `applications`.`id` ORDER BY b.`position`, b.`id`) b)
WHERE `id` IN (SELECT `application_id` FROM `application_priorities`
  UNION SELECT `application_id` FROM `budget_lines`);--> statement-breakpoint
DROP TABLE `budget_lines`;--> statement-breakpoint
CREATE TRIGGER `application_priorities_insert` AFTER INSERT ON `applications`
BEGIN
  INSERT INTO `application_priorities` (`application_id`, `priority_id`)
  SELECT NEW.`id`, value FROM json_each(NEW.`priority_ids`);
END;--> statement-breakpoint
CREATE TRIGGER `application_priorities_update` AFTER UPDATE OF `priority_ids` ON `applications`
WHEN OLD.`priority_ids` IS NOT NEW.`priority_ids`
BEGIN
  DELETE FROM `application_priorities` WHERE `application_id` = NEW.`id`;
  INSERT INTO `application_priorities` (`application_id`, `priority_id`)
  SELECT NEW.`id`, value FROM json_each(NEW.`priority_ids`);
END;
