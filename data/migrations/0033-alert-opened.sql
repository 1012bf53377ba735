-- The alerts for the Suivi page and the activity report.
--
-- A period's alerts were counted by reading every alert ever raised,
-- tens of thousands on a large file: through alert_opened a month is a
-- range, read without the rows.
--
-- The alerts open now are a few hundred, listed by risk then age, fifty
-- shown.  alert_open_rank holds them in that order with what ranks the
-- people in work at risk, so that the page walks the fifty it shows and
-- counts the others in the index, instead of looking up every person
-- with an alert open.
CREATE INDEX alert_opened ON alert(opened_on, resolved_on, staff_id, person_id) WHERE deleted_at IS NULL;
CREATE INDEX alert_open_rank ON alert(risk_level DESC, opened_on, person_id, staff_id)
  WHERE resolved_on IS NULL AND deleted_at IS NULL;
-- The people deleted are few; the alerts of theirs left open are not
-- counted, found in this index rather than by a lookup per alert.
CREATE INDEX person_deleted ON person(id) WHERE deleted_at IS NOT NULL;
