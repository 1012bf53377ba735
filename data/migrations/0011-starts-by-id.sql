-- How soon each start of a year was first followed: the placement's id in
-- the index of starts, so that a year of starts is read from it alone and
-- each start's first follow-up found from its own index; the rows (with
-- their immersion grids) are never read.
DROP INDEX placement_started;
CREATE INDEX placement_started ON placement(start_date, kind, stage, contract_type, immersion_type, ended_by,
                                            end_date, person_id, company_id, opportunity_id, staff_id, id)
  WHERE deleted_at IS NULL AND kind IS NOT NULL;
