-- What matching compares: the pathway phase a person is ready for (the
-- four phases of an opportunity) and the trade of their project as a ROME
-- code, beside the project's own words.
ALTER TABLE person ADD COLUMN phase INTEGER CHECK (phase IS NULL OR phase BETWEEN 1 AND 4);
ALTER TABLE person ADD COLUMN project_rome TEXT;

-- A person recorded twice is merged into the other record: the duplicate
-- is kept, marked deleted, and points to the one that stays.
ALTER TABLE person ADD COLUMN merged_into TEXT REFERENCES person(id);

-- Duplicates are found by date of birth, then by name without case or
-- accents (which SQLite's NOCASE does not fold).
CREATE INDEX person_birth ON person(birth_date);
-- Who is in an immersion or a contract, answered from the index alone.
CREATE INDEX placement_under_way ON placement(person_id, stage, end_date, planned_end)
  WHERE stage IN ('immersion', 'contract') AND deleted_at IS NULL;
CREATE INDEX barrier_open ON barrier(person_id, code) WHERE status <> 'lifted' AND deleted_at IS NULL;

-- The steps of a commitment are deleted as everything else is: marked,
-- so that the deletion can be undone.
ALTER TABLE commitment_step ADD COLUMN deleted_at TEXT;

-- A placement that reaches the immersion or the contract is of that kind.
CREATE TRIGGER placement_kind_follows_stage AFTER UPDATE OF stage ON placement
  WHEN NEW.stage IN ('immersion', 'contract') AND NEW.kind IS NOT NEW.stage
BEGIN
  UPDATE placement SET kind = NEW.stage WHERE id = NEW.id;
END;

-- The people's table shows each person's next date due: the earliest
-- follow-up not done and review not held, read from these directly.
CREATE INDEX followup_person_open ON followup(person_id, due_on) WHERE done_on IS NULL AND deleted_at IS NULL;
CREATE INDEX commitment_person_review ON commitment(person_id, review_on) WHERE review_outcome IS NULL AND deleted_at IS NULL;
