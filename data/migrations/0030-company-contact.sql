-- The firms' list without a probe into the contacts for each firm.
--
-- Entreprises shows for each firm the day of its last contact and of its
-- next reminder.  Asked of the contacts' indexes firm by firm, 20,000
-- firms of a large file are 40,000 probes into indexes of 2,000,000 rows,
-- which outgrow the caches: the list's reading grew faster than the file.
-- The writes keep both days for each firm here, like interaction_month
-- (0016): no id nor site_id, never exchanged; the sync applies other
-- sites' changes as plain writes and these triggers follow them.
-- psl_summaries_rebuild () makes it again from the rows.
--
-- The next reminder is the earliest one not done among all the firm's
-- contacts, as the list has always shown it.

CREATE TABLE company_contact (
  company_id   TEXT PRIMARY KEY NOT NULL,
  last_contact TEXT,          -- YYYY-MM-DD of the latest contact not deleted
  next_due     TEXT           -- the earliest reminder not done
) STRICT, WITHOUT ROWID;

CREATE VIEW company_contact_recount AS
  SELECT company_id,
         max(CASE WHEN deleted_at IS NULL THEN substr(occurred_at, 1, 10) END) AS last_contact,
         min(CASE WHEN next_due IS NOT NULL AND next_done_on IS NULL THEN next_due END) AS next_due
    FROM interaction WHERE company_id IS NOT NULL
   GROUP BY company_id
  HAVING last_contact IS NOT NULL OR next_due IS NOT NULL;

INSERT INTO company_contact (company_id, last_contact, next_due)
  SELECT company_id, last_contact, next_due FROM company_contact_recount;

-- A firm named here is made again from its contacts, by the same two
-- probes the list made for each firm.
CREATE VIEW company_contact_change AS
  SELECT company_id FROM company_contact WHERE 0;

CREATE TRIGGER company_contact_apply INSTEAD OF INSERT ON company_contact_change
BEGIN
  DELETE FROM company_contact WHERE company_id = NEW.company_id;
  INSERT INTO company_contact (company_id, last_contact, next_due)
    SELECT NEW.company_id, last_contact, next_due FROM (
      SELECT (SELECT substr(i.occurred_at, 1, 10) FROM interaction i
               WHERE i.company_id = NEW.company_id AND i.deleted_at IS NULL
               ORDER BY i.occurred_at DESC LIMIT 1) AS last_contact,
             (SELECT min(i.next_due) FROM interaction i
               WHERE i.company_id = NEW.company_id AND i.next_due IS NOT NULL AND i.next_done_on IS NULL) AS next_due)
     WHERE last_contact IS NOT NULL OR next_due IS NOT NULL;
END;

CREATE TRIGGER company_contact_insert AFTER INSERT ON interaction
  WHEN NEW.company_id IS NOT NULL
BEGIN
  INSERT INTO company_contact_change VALUES (NEW.company_id);
END;

CREATE TRIGGER company_contact_delete AFTER DELETE ON interaction
  WHEN OLD.company_id IS NOT NULL
BEGIN
  INSERT INTO company_contact_change VALUES (OLD.company_id);
END;

CREATE TRIGGER company_contact_update
  AFTER UPDATE OF company_id, deleted_at, occurred_at, next_due, next_done_on ON interaction
BEGIN
  INSERT INTO company_contact_change SELECT OLD.company_id WHERE OLD.company_id IS NOT NULL;
  INSERT INTO company_contact_change SELECT NEW.company_id
   WHERE NEW.company_id IS NOT NULL AND NEW.company_id IS NOT OLD.company_id;
END;
