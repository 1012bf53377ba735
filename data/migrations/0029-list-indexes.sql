-- The long lists read their first screen from narrow indexes that hold
-- every column they show, rather than from their tables' wide rows.
--
-- Personnes opens on the 30,000 people of a large file still in their
-- pathway, Mises en relation on its 33,000 placements under way and the
-- names of their people, firms and opportunities.  Their tables are wide
-- (55 MB of people, 117 MB of placements, 33 MB of opportunities): a scan
-- reads every page for a few columns.  Each index below covers one of
-- those reads (the deleted_at column included, so that the planner reads
-- the index alone), led by what the lists split on: whether the person
-- has left, the placement's stage.  About 80 MB on a large file, the
-- first reads of both lists halved.

CREATE INDEX person_list
  ON person(exited_on, id, last_name, first_name, birth_date, commune, postcode, referent_id, situation, phase,
            entered_on, antenna_id, deleted_at)
  WHERE deleted_at IS NULL;

CREATE INDEX placement_list
  ON placement(stage, id, person_id, company_id, opportunity_id, contract_type, immersion_type, staff_id,
               proposed_on, start_date, end_date, planned_end, updated_at, deleted_at)
  WHERE deleted_at IS NULL;

CREATE INDEX opportunity_title ON opportunity(id, title);

CREATE INDEX company_names ON company(id, trade_name, legal_name, deleted_at) WHERE deleted_at IS NULL;
