-- The Échéancier counts what is due by period and reads the first items
-- of each: the open follow-ups and reminders by date, from indexes that
-- hold the whole condition so that counting never reads the rows.
CREATE INDEX followup_open_due ON followup(due_on) WHERE done_on IS NULL AND deleted_at IS NULL;
CREATE INDEX interaction_open_due ON interaction(next_due)
  WHERE next_due IS NOT NULL AND next_done_on IS NULL AND deleted_at IS NULL;
CREATE INDEX interaction_staff_open_due ON interaction(staff_id, next_due)
  WHERE next_due IS NOT NULL AND next_done_on IS NULL AND deleted_at IS NULL;
-- A survey moved to another day keeps its date here.
CREATE INDEX exit_survey_open_due ON exit_survey(due_on) WHERE done_on IS NULL AND deleted_at IS NULL;
-- The people to call back after exit, with their referent, counted
-- without reading the person table.
CREATE INDEX person_exited_open ON person(exited_on, referent_id, id)
  WHERE exited_on IS NOT NULL AND deleted_at IS NULL AND merged_into IS NULL;
