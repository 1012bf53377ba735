-- Who created and last changed a firm's record, as 0013 did for people:
-- a firm's sheet says "created by X on …, changed by Y on …".  A firm's
-- journal already names who had each contact (interaction.staff_id).
ALTER TABLE company ADD COLUMN created_by TEXT;
ALTER TABLE company ADD COLUMN updated_by TEXT;

-- The retention run asks, of every person gone for long, when they were
-- last active (placements and follow-ups), whether a contract still runs
-- and whether a barrier holds notes: read from these indexes alone rather
-- than from each row of the tables.
CREATE INDEX placement_person_activity ON placement(person_id, deleted_at, proposed_on, start_date, end_date, stage);
CREATE INDEX followup_person_done ON followup(person_id, deleted_at, done_on);
CREATE INDEX barrier_person_notes ON barrier(person_id) WHERE notes IS NOT NULL;
