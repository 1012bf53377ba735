-- The activity report of a year without reading a year's rows.
--
-- A year of a large structure is some 450,000 contacts with firms, 50,000
-- starts each asking the follow-ups for its first visit done, and the
-- people of the year each read from the person's row: a second of reads
-- before anything is counted.  The counts below are kept by the writes,
-- like interaction_month (0016) and the map's links (0027): no id nor
-- site_id, never exchanged; the sync applies other sites' changes as
-- plain writes and these triggers follow them.  psl_summaries_rebuild ()
-- makes them again from the rows.

-- The contacts by month, counsellor and kind, with the time they took:
-- the report's table of contacts reads twelve months of these.  A
-- contact without counsellor or kind is kept under '' (a key has no NULL).
CREATE TABLE interaction_kind_month (
  month    TEXT NOT NULL,      -- YYYY-MM of occurred_at
  staff_id TEXT NOT NULL,      -- '' when none
  kind     TEXT NOT NULL,      -- '' when none
  n        INTEGER NOT NULL,
  minutes  INTEGER NOT NULL,
  PRIMARY KEY (month, staff_id, kind)
) STRICT, WITHOUT ROWID;

INSERT INTO interaction_kind_month (month, staff_id, kind, n, minutes)
  SELECT substr(occurred_at, 1, 7), coalesce(staff_id, ''), coalesce(kind, ''), count(*), coalesce(sum(duration_min), 0)
    FROM interaction WHERE deleted_at IS NULL GROUP BY 1, 2, 3;

CREATE VIEW interaction_kind_month_change AS
  SELECT month, staff_id, kind, n AS delta, minutes FROM interaction_kind_month WHERE 0;

CREATE TRIGGER interaction_kind_month_apply INSTEAD OF INSERT ON interaction_kind_month_change
BEGIN
  INSERT INTO interaction_kind_month (month, staff_id, kind, n, minutes)
    VALUES (NEW.month, NEW.staff_id, NEW.kind, NEW.delta, NEW.minutes)
    ON CONFLICT (month, staff_id, kind) DO UPDATE SET n = n + excluded.n, minutes = minutes + excluded.minutes;
  DELETE FROM interaction_kind_month
   WHERE month = NEW.month AND staff_id = NEW.staff_id AND kind = NEW.kind AND n <= 0;
END;

CREATE TRIGGER interaction_kind_month_insert AFTER INSERT ON interaction
  WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO interaction_kind_month_change
    VALUES (substr(NEW.occurred_at, 1, 7), coalesce(NEW.staff_id, ''), coalesce(NEW.kind, ''), 1,
            coalesce(NEW.duration_min, 0));
END;

CREATE TRIGGER interaction_kind_month_delete AFTER DELETE ON interaction
  WHEN OLD.deleted_at IS NULL
BEGIN
  INSERT INTO interaction_kind_month_change
    VALUES (substr(OLD.occurred_at, 1, 7), coalesce(OLD.staff_id, ''), coalesce(OLD.kind, ''), -1,
            -coalesce(OLD.duration_min, 0));
END;

CREATE TRIGGER interaction_kind_month_update
  AFTER UPDATE OF deleted_at, occurred_at, staff_id, kind, duration_min ON interaction
BEGIN
  INSERT INTO interaction_kind_month_change
    SELECT substr(OLD.occurred_at, 1, 7), coalesce(OLD.staff_id, ''), coalesce(OLD.kind, ''), -1,
           -coalesce(OLD.duration_min, 0)
     WHERE OLD.deleted_at IS NULL;
  INSERT INTO interaction_kind_month_change
    SELECT substr(NEW.occurred_at, 1, 7), coalesce(NEW.staff_id, ''), coalesce(NEW.kind, ''), 1,
           coalesce(NEW.duration_min, 0)
     WHERE NEW.deleted_at IS NULL;
END;

-- The visits to each firm by month and counsellor: with interaction_month
-- (whole structure) and interaction_staff_month (an antenna), the firms
-- contacted and visited in whole months.
CREATE TABLE interaction_visit_month (
  month      TEXT NOT NULL,
  staff_id   TEXT NOT NULL,    -- '' when none
  company_id TEXT NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (month, staff_id, company_id)
) STRICT, WITHOUT ROWID;

INSERT INTO interaction_visit_month (month, staff_id, company_id, n)
  SELECT substr(occurred_at, 1, 7), coalesce(staff_id, ''), company_id, count(*) FROM interaction
   WHERE deleted_at IS NULL AND company_id IS NOT NULL AND kind = 'visite'
   GROUP BY 1, 2, 3;

CREATE VIEW interaction_visit_month_change AS
  SELECT month, staff_id, company_id, n AS delta FROM interaction_visit_month WHERE 0;

CREATE TRIGGER interaction_visit_month_apply INSTEAD OF INSERT ON interaction_visit_month_change
BEGIN
  INSERT INTO interaction_visit_month (month, staff_id, company_id, n)
    VALUES (NEW.month, NEW.staff_id, NEW.company_id, NEW.delta)
    ON CONFLICT (month, staff_id, company_id) DO UPDATE SET n = n + excluded.n;
  DELETE FROM interaction_visit_month
   WHERE month = NEW.month AND staff_id = NEW.staff_id AND company_id = NEW.company_id AND n <= 0;
END;

CREATE TRIGGER interaction_visit_month_insert AFTER INSERT ON interaction
  WHEN NEW.deleted_at IS NULL AND NEW.company_id IS NOT NULL AND NEW.kind = 'visite'
BEGIN
  INSERT INTO interaction_visit_month_change
    VALUES (substr(NEW.occurred_at, 1, 7), coalesce(NEW.staff_id, ''), NEW.company_id, 1);
END;

CREATE TRIGGER interaction_visit_month_delete AFTER DELETE ON interaction
  WHEN OLD.deleted_at IS NULL AND OLD.company_id IS NOT NULL AND OLD.kind = 'visite'
BEGIN
  INSERT INTO interaction_visit_month_change
    VALUES (substr(OLD.occurred_at, 1, 7), coalesce(OLD.staff_id, ''), OLD.company_id, -1);
END;

CREATE TRIGGER interaction_visit_month_update
  AFTER UPDATE OF deleted_at, occurred_at, staff_id, kind, company_id ON interaction
BEGIN
  INSERT INTO interaction_visit_month_change
    SELECT substr(OLD.occurred_at, 1, 7), coalesce(OLD.staff_id, ''), OLD.company_id, -1
     WHERE OLD.deleted_at IS NULL AND OLD.company_id IS NOT NULL AND OLD.kind = 'visite';
  INSERT INTO interaction_visit_month_change
    SELECT substr(NEW.occurred_at, 1, 7), coalesce(NEW.staff_id, ''), NEW.company_id, 1
     WHERE NEW.deleted_at IS NULL AND NEW.company_id IS NOT NULL AND NEW.kind = 'visite';
END;

-- Each placement started (of a kind, neither refused nor withdrawn) with
-- what the report and the follow-up figures ask of it: its type (the
-- contract type, or 'immersion'), whether someone ended it early, whether
-- it runs still, and the first follow-up done (a search in the follow-ups
-- per start otherwise).
CREATE VIEW activity_start_recount AS
  SELECT pl.id AS placement_id, pl.start_date, pl.person_id, pl.company_id, pl.staff_id,
         CASE pl.kind WHEN 'immersion' THEN 'immersion' ELSE pl.contract_type END AS type,
         pl.immersion_type,
         pl.ended_by IN ('employer', 'person', 'structure') AS ended_early,
         pl.end_date IS NULL AS running,
         (SELECT min(f.done_on) FROM followup f WHERE f.placement_id = pl.id
           AND f.deleted_at IS NULL AND f.done_on IS NOT NULL) AS first_done
    FROM placement pl
   WHERE pl.deleted_at IS NULL AND pl.kind IS NOT NULL AND pl.start_date IS NOT NULL
     AND pl.stage NOT IN ('refused', 'withdrawn');

CREATE TABLE activity_start (
  placement_id   TEXT PRIMARY KEY NOT NULL,
  start_date     TEXT NOT NULL,
  person_id      TEXT,
  company_id     TEXT,
  staff_id       TEXT,
  type           TEXT,
  immersion_type TEXT,
  ended_early    INTEGER,
  running        INTEGER NOT NULL,
  first_done     TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_start_period ON activity_start(start_date, type, ended_early, running, immersion_type,
                                                     first_done, company_id, person_id, staff_id);

INSERT INTO activity_start SELECT * FROM activity_start_recount;

-- What a write changes is made again from the view: a placement, named by
-- writing it into this view.
CREATE VIEW activity_start_change AS SELECT NULL AS placement_id WHERE 0;

CREATE TRIGGER activity_start_apply INSTEAD OF INSERT ON activity_start_change
BEGIN
  DELETE FROM activity_start WHERE placement_id = NEW.placement_id;
  INSERT INTO activity_start SELECT * FROM activity_start_recount WHERE placement_id = NEW.placement_id;
END;

CREATE TRIGGER activity_start_placement_insert AFTER INSERT ON placement
BEGIN
  INSERT INTO activity_start_change VALUES (NEW.id);
END;

CREATE TRIGGER activity_start_placement_update
  AFTER UPDATE OF id, deleted_at, kind, start_date, stage, person_id, company_id, staff_id, contract_type,
                  immersion_type, ended_by, end_date ON placement
BEGIN
  INSERT INTO activity_start_change VALUES (OLD.id), (NEW.id);
END;

CREATE TRIGGER activity_start_placement_delete AFTER DELETE ON placement
BEGIN
  INSERT INTO activity_start_change VALUES (OLD.id);
END;

CREATE TRIGGER activity_start_followup_insert AFTER INSERT ON followup
  WHEN NEW.placement_id IS NOT NULL
BEGIN
  INSERT INTO activity_start_change VALUES (NEW.placement_id);
END;

CREATE TRIGGER activity_start_followup_update AFTER UPDATE OF placement_id, done_on, deleted_at ON followup
BEGIN
  INSERT INTO activity_start_change SELECT OLD.placement_id WHERE OLD.placement_id IS NOT NULL;
  INSERT INTO activity_start_change SELECT NEW.placement_id WHERE NEW.placement_id IS NOT NULL;
END;

CREATE TRIGGER activity_start_followup_delete AFTER DELETE ON followup
  WHEN OLD.placement_id IS NOT NULL
BEGIN
  INSERT INTO activity_start_change VALUES (OLD.placement_id);
END;

-- The people of a period (in accompaniment on one of its days, or leaving
-- in it) and the follow-ups owed in it, each read from an index that holds
-- every column the report asks, rather than from the rows; the sector of
-- each firm where an immersion started, likewise.
CREATE INDEX person_period ON person(exited_on, entered_on, sex, birth_date, referent_id, antenna_id, exit_outcome,
                                     deleted_at, merged_into)
  WHERE deleted_at IS NULL AND merged_into IS NULL;
CREATE INDEX followup_period_kept ON followup(coalesce(planned_on, due_on), planned_on, due_on, done_on, tripartite,
                                              staff_id, person_id, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX company_sector ON company(id, sector);
