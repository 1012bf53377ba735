-- The people in work now, for the Suivi page and the home page.
--
-- Their list shows the hundred most urgent: those with an alert open
-- (few), then the latest starts.  Ranking them read every placement
-- started in the last six months, tens of thousands on a large file, and
-- twice as many on a file twice as large.  Through this index the latest
-- starts are walked from today backwards, stopping at the hundredth, and
-- the count of all is a range of the index, without the rows.
CREATE INDEX placement_in_work
  ON placement(start_date DESC, id, stage, end_date, staff_id, person_id, company_id, kind, contract_type, planned_end)
  WHERE deleted_at IS NULL AND stage IN ('immersion', 'contract');
