-- The partnership map of a year without asking, for each of its rows,
-- what other tables say about it.
--
-- A year of a large structure is some fifty thousand people starting
-- somewhere, each needing the partner who last sent the person (a search
-- in the referrals per start), and thirty thousand opportunities, each
-- needing whether somebody started there (a search in the placements per
-- opportunity): most of the map's read.  Two tables keep these answers,
-- one row per start and per opportunity realised, made again by the
-- triggers below whenever a row they come from changes.  Like
-- interaction_month they have no id nor site_id: sums of this file's rows,
-- never exchanged; the sync applies other sites' changes as plain writes,
-- and these triggers follow them.  psl_summaries_rebuild () makes them
-- again from the views.

-- Who started where in a period, with the partner who last sent the
-- person (the latest referral; on the same day, the partner that
-- referral_person_last gives last, as the map always did).  The index is
-- not named: the demonstration builds its file without its indexes.
CREATE VIEW start_partner_recount AS
  SELECT pl.id AS placement_id, pl.start_date, pl.company_id, pl.person_id,
         (SELECT r.partner_id FROM referral r
           WHERE r.person_id = pl.person_id ORDER BY r.received_on DESC, r.partner_id DESC LIMIT 1) AS partner_id
    FROM placement pl
   WHERE pl.deleted_at IS NULL AND pl.start_date IS NOT NULL AND pl.stage NOT IN ('refused', 'withdrawn');

CREATE TABLE start_partner (
  placement_id TEXT PRIMARY KEY NOT NULL,
  start_date   TEXT NOT NULL,
  company_id   TEXT NOT NULL,
  person_id    TEXT NOT NULL,
  partner_id   TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX start_partner_period ON start_partner(start_date, company_id, partner_id, person_id);
CREATE INDEX start_partner_person ON start_partner(person_id);

INSERT INTO start_partner (placement_id, start_date, company_id, person_id, partner_id)
  SELECT * FROM start_partner_recount;

-- The opportunities realised: filled, or somebody started there.
CREATE VIEW opportunity_realised_recount AS
  SELECT o.id AS opportunity_id, o.proposed_on, o.company_id, o.staff_id
    FROM opportunity o
   WHERE o.deleted_at IS NULL
     AND (o.status = 'filled'
          OR EXISTS (SELECT 1 FROM placement pl WHERE pl.opportunity_id = o.id AND pl.deleted_at IS NULL
                     AND pl.start_date IS NOT NULL AND pl.stage NOT IN ('refused', 'withdrawn')));

CREATE TABLE opportunity_realised (
  opportunity_id TEXT PRIMARY KEY NOT NULL,
  proposed_on    TEXT NOT NULL,
  company_id     TEXT NOT NULL,
  staff_id       TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX opportunity_realised_period ON opportunity_realised(proposed_on, company_id, staff_id);

INSERT INTO opportunity_realised (opportunity_id, proposed_on, company_id, staff_id)
  SELECT * FROM opportunity_realised_recount;

-- What a write changes is made again from the views: the start of a
-- placement, the starts of a person (whose last referral may have
-- changed), an opportunity.  The triggers below name them by writing into
-- this view; a NULL names nothing.
CREATE VIEW map_links_change AS
  SELECT NULL AS placement_id, NULL AS person_id, NULL AS opportunity_id WHERE 0;

CREATE TRIGGER map_links_apply INSTEAD OF INSERT ON map_links_change
BEGIN
  DELETE FROM start_partner WHERE placement_id = NEW.placement_id;
  INSERT INTO start_partner (placement_id, start_date, company_id, person_id, partner_id)
    SELECT * FROM start_partner_recount WHERE placement_id = NEW.placement_id;
  UPDATE start_partner SET partner_id = (SELECT partner_id FROM start_partner_recount r
                                          WHERE r.placement_id = start_partner.placement_id)
   WHERE person_id = NEW.person_id;
  DELETE FROM opportunity_realised WHERE opportunity_id = NEW.opportunity_id;
  INSERT INTO opportunity_realised (opportunity_id, proposed_on, company_id, staff_id)
    SELECT * FROM opportunity_realised_recount WHERE opportunity_id = NEW.opportunity_id;
END;

-- A placement: its start, and whether its opportunity (before and after
-- the change) is realised.
CREATE TRIGGER map_links_placement_insert AFTER INSERT ON placement
BEGIN
  INSERT INTO map_links_change VALUES (NEW.id, NULL, NEW.opportunity_id);
END;

CREATE TRIGGER map_links_placement_update
  AFTER UPDATE OF id, deleted_at, start_date, stage, company_id, person_id, opportunity_id ON placement
BEGIN
  INSERT INTO map_links_change VALUES (OLD.id, NULL, OLD.opportunity_id), (NEW.id, NULL, NEW.opportunity_id);
END;

CREATE TRIGGER map_links_placement_delete AFTER DELETE ON placement
BEGIN
  INSERT INTO map_links_change VALUES (OLD.id, NULL, OLD.opportunity_id);
END;

-- A referral: the partner of each start of the people concerned.
CREATE TRIGGER map_links_referral_insert AFTER INSERT ON referral
BEGIN
  INSERT INTO map_links_change VALUES (NULL, NEW.person_id, NULL);
END;

CREATE TRIGGER map_links_referral_update AFTER UPDATE OF person_id, partner_id, received_on ON referral
BEGIN
  INSERT INTO map_links_change VALUES (NULL, OLD.person_id, NULL), (NULL, NEW.person_id, NULL);
END;

CREATE TRIGGER map_links_referral_delete AFTER DELETE ON referral
BEGIN
  INSERT INTO map_links_change VALUES (NULL, OLD.person_id, NULL);
END;

-- An opportunity: whether it is realised.
CREATE TRIGGER map_links_opportunity_insert AFTER INSERT ON opportunity
BEGIN
  INSERT INTO map_links_change VALUES (NULL, NULL, NEW.id);
END;

CREATE TRIGGER map_links_opportunity_update
  AFTER UPDATE OF id, deleted_at, status, proposed_on, company_id, staff_id ON opportunity
BEGIN
  INSERT INTO map_links_change VALUES (NULL, NULL, OLD.id), (NULL, NULL, NEW.id);
END;

CREATE TRIGGER map_links_opportunity_delete AFTER DELETE ON opportunity
BEGIN
  INSERT INTO map_links_change VALUES (NULL, NULL, OLD.id);
END;

-- The contacts with each firm by month and counsellor: the map of one
-- antenna (its counsellors' contacts) read as interaction_month is for the
-- whole structure, rather than from each of a year's contacts with its
-- counsellor's antenna.  By counsellor and not by antenna, so that a
-- counsellor moving to another antenna changes no count.
CREATE TABLE interaction_staff_month (
  month      TEXT NOT NULL,      -- YYYY-MM of occurred_at
  staff_id   TEXT NOT NULL,
  company_id TEXT NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (month, staff_id, company_id)
) STRICT, WITHOUT ROWID;

INSERT INTO interaction_staff_month (month, staff_id, company_id, n)
  SELECT substr(occurred_at, 1, 7), staff_id, company_id, count(*) FROM interaction
   WHERE deleted_at IS NULL AND company_id IS NOT NULL AND staff_id IS NOT NULL
   GROUP BY 1, 2, 3;

-- Every change is a count moved by one: written into this view, it goes
-- to its row, which goes when it counts nothing more.
CREATE VIEW interaction_staff_month_change AS
  SELECT month, staff_id, company_id, n AS delta FROM interaction_staff_month WHERE 0;

CREATE TRIGGER interaction_staff_month_apply INSTEAD OF INSERT ON interaction_staff_month_change
BEGIN
  INSERT INTO interaction_staff_month (month, staff_id, company_id, n)
    VALUES (NEW.month, NEW.staff_id, NEW.company_id, NEW.delta)
    ON CONFLICT (month, staff_id, company_id) DO UPDATE SET n = n + excluded.n;
  DELETE FROM interaction_staff_month
   WHERE month = NEW.month AND staff_id = NEW.staff_id AND company_id = NEW.company_id AND n <= 0;
END;

CREATE TRIGGER interaction_staff_month_insert AFTER INSERT ON interaction
  WHEN NEW.deleted_at IS NULL AND NEW.company_id IS NOT NULL AND NEW.staff_id IS NOT NULL
BEGIN
  INSERT INTO interaction_staff_month_change VALUES (substr(NEW.occurred_at, 1, 7), NEW.staff_id, NEW.company_id, 1);
END;

CREATE TRIGGER interaction_staff_month_delete AFTER DELETE ON interaction
  WHEN OLD.deleted_at IS NULL AND OLD.company_id IS NOT NULL AND OLD.staff_id IS NOT NULL
BEGIN
  INSERT INTO interaction_staff_month_change VALUES (substr(OLD.occurred_at, 1, 7), OLD.staff_id, OLD.company_id, -1);
END;

-- An update takes the old row out and puts the new one in, each when it counts.
CREATE TRIGGER interaction_staff_month_update AFTER UPDATE OF deleted_at, company_id, occurred_at, staff_id ON interaction
BEGIN
  INSERT INTO interaction_staff_month_change
    SELECT substr(OLD.occurred_at, 1, 7), OLD.staff_id, OLD.company_id, -1
     WHERE OLD.deleted_at IS NULL AND OLD.company_id IS NOT NULL AND OLD.staff_id IS NOT NULL;
  INSERT INTO interaction_staff_month_change
    SELECT substr(NEW.occurred_at, 1, 7), NEW.staff_id, NEW.company_id, 1
     WHERE NEW.deleted_at IS NULL AND NEW.company_id IS NOT NULL AND NEW.staff_id IS NOT NULL;
END;
