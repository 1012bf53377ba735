-- The Suivi page counts a month's follow-ups by the day each was planned
-- (planned_on, else due_on): an index on that very expression, holding
-- every column the count looks at, so that the month is read from the
-- index alone instead of every follow-up of ten years.  Partial on the
-- expression being there, so that a plain read of the live follow-ups (in
-- the file's order) is never taken through it.
CREATE INDEX followup_planned_period
  ON followup(coalesce(planned_on, due_on), done_on, due_on, planned_on, tripartite, staff_id, person_id)
  WHERE deleted_at IS NULL AND coalesce(planned_on, due_on) IS NOT NULL;
