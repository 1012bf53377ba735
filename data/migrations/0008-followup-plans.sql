-- Follow-up plans: when an immersion or a contract starts, dated
-- follow-ups are made from a template chosen by the kind of placement
-- (and the contract type, or the purpose of the immersion).  A step is
-- dated from the start, the end of the trial period or the end; "weekly"
-- repeats it until the end.  Templates are edited in the preferences.
CREATE TABLE followup_template (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  deleted_at    TEXT,
  code          TEXT NOT NULL UNIQUE,
  label         TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('immersion', 'contract')),
  immersion_type TEXT CHECK (immersion_type IN ('discovery', 'skills')),  -- NULL: either
  contract_types TEXT CHECK (contract_types IS NULL OR json_valid(contract_types)),  -- NULL: any
  steps         TEXT NOT NULL CHECK (json_valid(steps)),
  position      INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The step of the plan a follow-up was made from; NULL when added by hand.
ALTER TABLE followup ADD COLUMN plan_step TEXT;
-- When a follow-up was moved, the date first planned: lateness is counted from it.
ALTER TABLE followup ADD COLUMN planned_on TEXT;

-- A counsellor's Échéancier reads their open follow-ups by date.
CREATE INDEX followup_staff_open ON followup(staff_id, due_on) WHERE done_on IS NULL AND deleted_at IS NULL;

-- Steps: label; anchor start | trial_end | end; days and/or months from
-- it (negative: before); weekly: repeated every 7 days up to the end.
INSERT INTO followup_template (id, code, label, kind, immersion_type, contract_types, steps, position) VALUES
 ('5d0b3f3e-61c2-5c55-9a3e-0b7a9b2a0c01', 'immersion_discovery', 'Immersion de découverte', 'immersion', 'discovery', NULL,
  '[{"label":"Point des premiers jours","anchor":"start","days":1},
    {"label":"Bilan de fin d''immersion","anchor":"end","days":0}]', 0),
 ('5d0b3f3e-61c2-5c55-9a3e-0b7a9b2a0c02', 'immersion_skills', 'Immersion de confirmation des compétences', 'immersion', 'skills', NULL,
  '[{"label":"Point des premiers jours","anchor":"start","days":1},
    {"label":"Point hebdomadaire","anchor":"start","days":7,"weekly":true},
    {"label":"Bilan de fin d''immersion","anchor":"end","days":0}]', 1),
 ('5d0b3f3e-61c2-5c55-9a3e-0b7a9b2a0c03', 'contract_insertion', 'Contrat d''insertion ou aidé', 'contract', NULL,
  '["cddi","pec","article60","article61","activa","mission_insertion"]',
  '[{"label":"Point des premiers jours","anchor":"start","days":2},
    {"label":"Fin de la première semaine","anchor":"start","days":4},
    {"label":"Avant la fin de la période d''essai","anchor":"trial_end","days":-3},
    {"label":"Un mois","anchor":"start","months":1},
    {"label":"Deux mois","anchor":"start","months":2},
    {"label":"Trois mois","anchor":"start","months":3},
    {"label":"Six mois","anchor":"start","months":6},
    {"label":"Préparer la fin du contrat","anchor":"end","days":-28}]', 2),
 ('5d0b3f3e-61c2-5c55-9a3e-0b7a9b2a0c04', 'contract', 'Contrat de travail', 'contract', NULL, NULL,
  '[{"label":"Point des premiers jours","anchor":"start","days":2},
    {"label":"Fin de la première semaine","anchor":"start","days":4},
    {"label":"Avant la fin de la période d''essai","anchor":"trial_end","days":-3},
    {"label":"Un mois","anchor":"start","months":1},
    {"label":"Trois mois","anchor":"start","months":3},
    {"label":"Six mois","anchor":"start","months":6},
    {"label":"Préparer la fin du contrat","anchor":"end","days":-28}]', 3);

-- The Échéancier: contracts coming to their end, contracts of commitments
-- to review, and people to call back six and twelve months after exit.
CREATE INDEX placement_contract_end ON placement(planned_end, stage, staff_id, person_id)
  WHERE kind = 'contract' AND end_date IS NULL AND deleted_at IS NULL AND planned_end IS NOT NULL;
CREATE INDEX commitment_review_due ON commitment(review_on)
  WHERE review_outcome IS NULL AND deleted_at IS NULL AND review_on IS NOT NULL;
CREATE INDEX person_exited ON person(exited_on) WHERE exited_on IS NOT NULL AND deleted_at IS NULL;

-- The outcome surveys after exit: made when the call is made.
CREATE TABLE exit_survey (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  months      INTEGER NOT NULL CHECK (months IN (6, 12)),
  due_on      TEXT NOT NULL,
  done_on     TEXT,
  outcome     TEXT,          -- ref_item outcome, as the person says it then
  notes       TEXT,
  staff_id    TEXT REFERENCES staff(id),
  UNIQUE (person_id, months)
) STRICT;
