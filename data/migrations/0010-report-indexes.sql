-- The activity report counts a year of interactions and of placements:
-- indexes that hold every column it reads, so that a year is read from
-- them in date order and never from the rows (which carry the visit
-- records and the immersion grids).
CREATE INDEX interaction_report ON interaction(occurred_at, kind, company_id, staff_id, duration_min)
  WHERE deleted_at IS NULL;
CREATE INDEX placement_started ON placement(start_date, kind, stage, contract_type, immersion_type, ended_by,
                                            end_date, person_id, company_id, opportunity_id, staff_id)
  WHERE deleted_at IS NULL AND kind IS NOT NULL;
-- Ended ones only: the placements still under way are found by theirs.
CREATE INDEX placement_ended ON placement(end_date, ended_by, kind, start_date, end_reason, person_id, staff_id)
  WHERE deleted_at IS NULL AND kind IS NOT NULL AND end_date IS NOT NULL;
-- How soon each start was first followed: the first follow-up done of a
-- placement, without reading the follow-up records.
CREATE INDEX followup_first_done ON followup(placement_id, done_on)
  WHERE deleted_at IS NULL AND done_on IS NOT NULL;
