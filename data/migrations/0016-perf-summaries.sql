-- Reading a large file without reading its rows.
--
-- The Échéancier counts the reviews of a whole team: indexes that hold
-- every column of the commitment the count looks at, so that it walks an
-- index and not the commitments' rows.  (No index on the people in
-- pathway here: the matching's covering person_followed must stay the
-- planner's choice for them.)
CREATE INDEX commitment_review_open ON commitment(review_on, person_id, signed_on, staff_id, review_outcome, deleted_at)
  WHERE review_outcome IS NULL AND deleted_at IS NULL AND review_on IS NOT NULL;
CREATE INDEX commitment_person_signed ON commitment(person_id, signed_on, deleted_at);
CREATE INDEX exit_survey_kept ON exit_survey(person_id, months, deleted_at);

-- No index here is partial on deleted_at IS NULL alone: a plain read of the
-- live rows (the lists, in the file's order) would be taken through it.
--
-- The partnership map of a year: the contacts with a partner, the
-- opportunities realised and the last partner who sent a person, each
-- read from an index without visiting the rows.
CREATE INDEX interaction_partner_period ON interaction(occurred_at, partner_id, company_id, staff_id, deleted_at)
  WHERE partner_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX placement_opportunity_started ON placement(opportunity_id, stage, start_date, deleted_at)
  WHERE deleted_at IS NULL AND start_date IS NOT NULL;
CREATE INDEX referral_person_last ON referral(person_id, received_on, partner_id) WHERE person_id IS NOT NULL;
CREATE INDEX referral_received ON referral(received_on, partner_id, person_id);
CREATE INDEX opportunity_proposed ON opportunity(proposed_on, status, phase, staff_id, company_id, id, deleted_at);
CREATE INDEX placement_start_period ON placement(start_date, stage, company_id, person_id, deleted_at)
  WHERE deleted_at IS NULL AND start_date IS NOT NULL;

-- The contacts with each firm counted by month, kept by the writes (the
-- sync applies other sites' changes as plain writes, so these triggers
-- follow them too).  A year of a large structure is more than a million
-- contacts; the map reads twelve months of this instead.  No id nor
-- site_id: a sum of this file's rows, made again here, never exchanged.
CREATE TABLE interaction_month (
  month      TEXT NOT NULL,      -- YYYY-MM of occurred_at
  company_id TEXT NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (month, company_id)
) STRICT, WITHOUT ROWID;

INSERT INTO interaction_month (month, company_id, n)
  SELECT substr(occurred_at, 1, 7), company_id, count(*) FROM interaction
   WHERE deleted_at IS NULL AND company_id IS NOT NULL
   GROUP BY 1, 2;

CREATE TRIGGER interaction_month_insert AFTER INSERT ON interaction
  WHEN NEW.deleted_at IS NULL AND NEW.company_id IS NOT NULL
BEGIN
  INSERT INTO interaction_month (month, company_id, n) VALUES (substr(NEW.occurred_at, 1, 7), NEW.company_id, 1)
    ON CONFLICT (month, company_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER interaction_month_delete AFTER DELETE ON interaction
  WHEN OLD.deleted_at IS NULL AND OLD.company_id IS NOT NULL
BEGIN
  UPDATE interaction_month SET n = n - 1 WHERE month = substr(OLD.occurred_at, 1, 7) AND company_id = OLD.company_id;
  DELETE FROM interaction_month WHERE month = substr(OLD.occurred_at, 1, 7) AND company_id = OLD.company_id AND n <= 0;
END;

-- An update takes the old row out and puts the new one in, each when it counts.
CREATE TRIGGER interaction_month_update_old AFTER UPDATE OF deleted_at, company_id, occurred_at ON interaction
  WHEN OLD.deleted_at IS NULL AND OLD.company_id IS NOT NULL
BEGIN
  UPDATE interaction_month SET n = n - 1 WHERE month = substr(OLD.occurred_at, 1, 7) AND company_id = OLD.company_id;
  DELETE FROM interaction_month WHERE month = substr(OLD.occurred_at, 1, 7) AND company_id = OLD.company_id AND n <= 0;
END;

CREATE TRIGGER interaction_month_update_new AFTER UPDATE OF deleted_at, company_id, occurred_at ON interaction
  WHEN NEW.deleted_at IS NULL AND NEW.company_id IS NOT NULL
BEGIN
  INSERT INTO interaction_month (month, company_id, n) VALUES (substr(NEW.occurred_at, 1, 7), NEW.company_id, 1)
    ON CONFLICT (month, company_id) DO UPDATE SET n = n + 1;
END;


-- The calls to make six and twelve months after exit, one row each while
-- no survey is recorded (the Échéancier counts a team's in a range of this
-- index rather than asking each person who left whether a survey exists).
-- Kept by the writes on person and exit_survey; not exchanged.
CREATE TABLE survey_due (
  person_id   TEXT NOT NULL,
  months      INTEGER NOT NULL,
  exited_on   TEXT NOT NULL,
  due_on      TEXT NOT NULL,     -- date(exited_on, '+N months')
  referent_id TEXT,
  PRIMARY KEY (person_id, months)
) STRICT, WITHOUT ROWID;
CREATE INDEX survey_due_on ON survey_due(due_on, exited_on, referent_id);

-- What survey_due must hold, counted from the rows: the triggers take
-- one person's rows from it, a rebuild all of them.
CREATE VIEW survey_due_recount AS
  SELECT p.id AS person_id, m.months, p.exited_on, date(p.exited_on, '+' || m.months || ' months') AS due_on,
         p.referent_id
    FROM person p JOIN (SELECT 6 AS months UNION ALL SELECT 12) m
   WHERE p.exited_on IS NOT NULL AND p.deleted_at IS NULL AND p.merged_into IS NULL
     AND NOT EXISTS (SELECT 1 FROM exit_survey e WHERE e.person_id = p.id AND e.months = m.months
                     AND e.deleted_at IS NULL);

INSERT INTO survey_due (person_id, months, exited_on, due_on, referent_id) SELECT * FROM survey_due_recount;

CREATE TRIGGER survey_due_person_insert AFTER INSERT ON person
BEGIN
  INSERT OR REPLACE INTO survey_due (person_id, months, exited_on, due_on, referent_id)
    SELECT * FROM survey_due_recount WHERE person_id = NEW.id;
END;

CREATE TRIGGER survey_due_person_update AFTER UPDATE OF id, exited_on, deleted_at, merged_into, referent_id ON person
BEGIN
  DELETE FROM survey_due WHERE person_id IN (OLD.id, NEW.id);
  INSERT OR REPLACE INTO survey_due (person_id, months, exited_on, due_on, referent_id)
    SELECT * FROM survey_due_recount WHERE person_id = NEW.id;
END;

CREATE TRIGGER survey_due_person_delete AFTER DELETE ON person
BEGIN
  DELETE FROM survey_due WHERE person_id = OLD.id;
END;

-- A survey recorded, moved, deleted or undone: the person's calls made again.
CREATE TRIGGER survey_due_survey_insert AFTER INSERT ON exit_survey
  WHEN NEW.deleted_at IS NULL
BEGIN
  DELETE FROM survey_due WHERE person_id = NEW.person_id AND months = NEW.months;
END;

CREATE TRIGGER survey_due_survey_update AFTER UPDATE OF person_id, months, deleted_at ON exit_survey
BEGIN
  DELETE FROM survey_due WHERE person_id IN (OLD.person_id, NEW.person_id);
  INSERT OR REPLACE INTO survey_due (person_id, months, exited_on, due_on, referent_id)
    SELECT * FROM survey_due_recount WHERE person_id IN (OLD.person_id, NEW.person_id);
END;

CREATE TRIGGER survey_due_survey_delete AFTER DELETE ON exit_survey
BEGIN
  DELETE FROM survey_due WHERE person_id = OLD.person_id;
  INSERT OR REPLACE INTO survey_due (person_id, months, exited_on, due_on, referent_id)
    SELECT * FROM survey_due_recount WHERE person_id = OLD.person_id;
END;
