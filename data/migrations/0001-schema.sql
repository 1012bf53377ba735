-- Passerelle schema, version 1: the whole domain.
--
-- Every user-data table carries id (random UUID text), created_at, updated_at
-- (UTC ISO-8601 with milliseconds) and site_id (the installation that last
-- wrote the row).  The triggers that stamp updated_at and site_id are made by
-- the migration runner for every such table (see psl-migrations.c), so that a
-- row written by any tool is stamped the same way.  deleted_at marks rows the
-- user deleted: they stay until the deletion can no longer be undone, and
-- they are the tombstones a later synchronisation needs.
--
-- Sensitive personal data (health, disability, justice, benefit status) lives
-- only in person_sensitive: no employer- or partner-facing query joins it.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT
) STRICT, WITHOUT ROWID;

-- Reference lists (taxonomies), editable, French labels, per country.
CREATE TABLE ref_list (
  code     TEXT PRIMARY KEY NOT NULL,
  label    TEXT NOT NULL,
  editable INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;

CREATE TABLE ref_item (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  list_code   TEXT NOT NULL REFERENCES ref_list(code),
  code        TEXT NOT NULL,
  label       TEXT NOT NULL,
  parent_code TEXT,
  country     TEXT NOT NULL DEFAULT '' CHECK (country IN ('', 'FR', 'BE')),
  position    INTEGER NOT NULL DEFAULT 0,
  sensitive   INTEGER NOT NULL DEFAULT 0,
  active      INTEGER NOT NULL DEFAULT 1,
  UNIQUE (list_code, code)
) STRICT;

-- The structure, its antennas (each installation is one site) and staff.
CREATE TABLE structure (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  name        TEXT NOT NULL,
  kind        TEXT,
  country     TEXT NOT NULL DEFAULT 'FR' CHECK (country IN ('FR', 'BE')),
  address     TEXT,
  postcode    TEXT,
  commune     TEXT,
  phone       TEXT,
  email       TEXT,
  funders_footer TEXT
) STRICT;

CREATE TABLE site (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  structure_id TEXT REFERENCES structure(id),
  name         TEXT NOT NULL,
  commune      TEXT,
  is_local     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE staff (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  antenna_id  TEXT REFERENCES site(id),
  first_name  TEXT NOT NULL,
  last_name   TEXT NOT NULL,
  role        TEXT,            -- cip, relations_entreprises, direction, accueil
  email       TEXT,
  phone       TEXT,
  active      INTEGER NOT NULL DEFAULT 1,
  left_on     TEXT
) STRICT;

-- Partner structures (France Travail, CCAS/CPAS, training bodies, OPCO...).
CREATE TABLE partner (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,   -- ref_item partner_kind
  address     TEXT,
  postcode    TEXT,
  commune     TEXT,
  phone       TEXT,
  email       TEXT,
  website     TEXT,
  notes       TEXT
) STRICT;

-- Firms (one row per establishment; parent_id links an establishment to its head office).
CREATE TABLE company (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  deleted_at    TEXT,
  parent_id     TEXT REFERENCES company(id),
  legal_name    TEXT NOT NULL CHECK (length(trim(legal_name)) > 0),
  trade_name    TEXT,
  identifier    TEXT,          -- SIRET (FR, 14 digits) or BCE/KBO (BE, 10 digits)
  identifier_kind TEXT CHECK (identifier_kind IN ('siret', 'bce')),
  naf_code      TEXT,
  sector        TEXT,          -- ref_item sector
  size_band     TEXT,          -- ref_item company_size
  headcount     INTEGER,
  address       TEXT,
  postcode      TEXT,
  commune       TEXT,
  country       TEXT NOT NULL DEFAULT 'FR',
  latitude      REAL,
  longitude     REAL,
  website       TEXT,
  phone         TEXT,
  email         TEXT,
  seasonality   TEXT,
  hiring_needs  TEXT,
  csr_commitments TEXT,
  referent_id   TEXT REFERENCES staff(id),
  first_contact_origin TEXT,   -- ref_item first_contact_origin
  network_personal INTEGER,
  network_professional INTEGER,
  relationship_start TEXT,
  status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant')),
  dormant_reason TEXT,
  partnership_level TEXT,      -- ref_item partnership_level
  notes         TEXT
) STRICT;
CREATE UNIQUE INDEX company_identifier ON company(identifier) WHERE identifier IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX company_referent ON company(referent_id);
CREATE INDEX company_name ON company(legal_name COLLATE NOCASE);
CREATE INDEX company_postcode ON company(postcode);

CREATE TABLE company_trade (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  company_id  TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  rome_code   TEXT,
  label       TEXT NOT NULL,
  hiring      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX company_trade_company ON company_trade(company_id);

CREATE TABLE partnership_level_history (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  company_id  TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
  level       TEXT NOT NULL,
  suggested   TEXT,
  set_by      TEXT REFERENCES staff(id),
  set_on      TEXT NOT NULL,
  reason      TEXT
) STRICT;
CREATE INDEX partnership_level_history_company ON partnership_level_history(company_id);

-- People at firms and partners.
CREATE TABLE contact (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  company_id  TEXT REFERENCES company(id),
  partner_id  TEXT REFERENCES partner(id),
  civility    TEXT,
  first_name  TEXT,
  last_name   TEXT NOT NULL,
  role        TEXT,            -- ref_item contact_role
  job_title   TEXT,
  phone       TEXT,
  mobile      TEXT,
  email       TEXT,
  preferred_channel TEXT,
  is_tutor    INTEGER NOT NULL DEFAULT 0,
  active      INTEGER NOT NULL DEFAULT 1,
  notes       TEXT,
  CHECK (company_id IS NOT NULL OR partner_id IS NOT NULL)
) STRICT;
CREATE INDEX contact_company ON contact(company_id);
CREATE INDEX contact_partner ON contact(partner_id);

-- Relationship-quality evaluations (Annexe 4, form B): 12 criteria rated 1-5.
CREATE TABLE evaluation (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  company_id  TEXT NOT NULL REFERENCES company(id),
  contact_id  TEXT REFERENCES contact(id),
  staff_id    TEXT REFERENCES staff(id),
  evaluated_on TEXT NOT NULL,
  scores      TEXT NOT NULL CHECK (json_valid(scores)),  -- {"1":4,...,"12":2}
  overall     INTEGER CHECK (overall BETWEEN 1 AND 5),
  comments    TEXT
) STRICT;
CREATE INDEX evaluation_company ON evaluation(company_id);

-- Events: job dating, breakfast, forum, open day, company visit...
CREATE TABLE event (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  kind        TEXT NOT NULL,   -- ref_item event_kind
  title       TEXT NOT NULL,
  held_on     TEXT NOT NULL,
  place       TEXT,
  staff_id    TEXT REFERENCES staff(id),
  outcomes    TEXT
) STRICT;

-- The people accompanied.
CREATE TABLE person (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  deleted_at    TEXT,
  antenna_id    TEXT REFERENCES site(id),
  first_name    TEXT NOT NULL,
  last_name     TEXT NOT NULL,
  sex           TEXT CHECK (sex IN ('F', 'M', 'X')),
  birth_date    TEXT,
  phone         TEXT,
  email         TEXT,
  address       TEXT,
  postcode      TEXT,
  commune       TEXT,
  referent_id   TEXT REFERENCES staff(id),
  prescriber_id TEXT REFERENCES partner(id),
  accompaniment TEXT CHECK (accompaniment IN ('prescribed', 'chosen')),
  situation     TEXT,          -- ref_item situation
  situation_end TEXT,
  qualification TEXT,          -- ref_item qualification_level
  project       TEXT,
  strengths     TEXT,
  languages     TEXT,
  driving_licence INTEGER,
  vehicle       INTEGER,
  mobility_km   INTEGER,
  available_from TEXT,
  entered_on    TEXT NOT NULL, -- start of accompaniment
  exited_on     TEXT,
  exit_outcome  TEXT,          -- ref_item outcome
  exit_outcome_reason TEXT,    -- why the computed outcome was overridden
  notes         TEXT
) STRICT;
CREATE INDEX person_by_referent ON person(referent_id);
CREATE INDEX person_name ON person(last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE person_referent (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  staff_id    TEXT NOT NULL REFERENCES staff(id),
  from_date   TEXT NOT NULL,
  to_date     TEXT
) STRICT;
CREATE INDEX person_referent_person ON person_referent(person_id);

-- Sensitive data, kept apart (health, disability, justice, benefit status).
CREATE TABLE person_sensitive (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  category    TEXT NOT NULL CHECK (category IN ('health', 'disability', 'justice', 'benefit')),
  detail      TEXT,
  recorded_on TEXT NOT NULL,
  recorded_by TEXT REFERENCES staff(id)
) STRICT;
CREATE INDEX person_sensitive_person ON person_sensitive(person_id);

CREATE TABLE consent (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  scope       TEXT NOT NULL,   -- ref_item consent_scope
  company_id  TEXT REFERENCES company(id),
  partner_id  TEXT REFERENCES partner(id),
  given_on    TEXT NOT NULL,
  expires_on  TEXT,
  withdrawn_on TEXT,
  recorded_by TEXT REFERENCES staff(id),
  CHECK (expires_on IS NULL OR expires_on >= given_on)
) STRICT;
CREATE INDEX consent_person ON consent(person_id);

CREATE TABLE barrier (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  code        TEXT NOT NULL,   -- ref_item barrier
  status      TEXT NOT NULL DEFAULT 'identified' CHECK (status IN ('identified', 'in_progress', 'lifted')),
  partner_id  TEXT REFERENCES partner(id),
  identified_on TEXT NOT NULL,
  lifted_on   TEXT,
  notes       TEXT,
  CHECK (lifted_on IS NULL OR lifted_on >= identified_on)
) STRICT;
CREATE INDEX barrier_person ON barrier(person_id);

-- Competence grid (seed 000), for a person or for a job.
CREATE TABLE competence_evaluation (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  person_id   TEXT REFERENCES person(id) ON DELETE CASCADE,
  opportunity_id TEXT REFERENCES opportunity(id) ON DELETE CASCADE,
  company_trade_id TEXT REFERENCES company_trade(id) ON DELETE CASCADE,
  evaluated_on TEXT NOT NULL,
  staff_id    TEXT REFERENCES staff(id),
  context     TEXT,
  CHECK ((person_id IS NOT NULL) + (opportunity_id IS NOT NULL) + (company_trade_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX competence_evaluation_person ON competence_evaluation(person_id);
CREATE INDEX competence_evaluation_opportunity ON competence_evaluation(opportunity_id);

CREATE TABLE competence_rating (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  evaluation_id TEXT NOT NULL REFERENCES competence_evaluation(id) ON DELETE CASCADE,
  item_code     TEXT NOT NULL, -- ref_item competence
  level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  comment       TEXT,
  UNIQUE (evaluation_id, item_code)
) STRICT;

-- Contrat d'engagements réciproques.
CREATE TABLE commitment (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  signed_on   TEXT NOT NULL,
  revision    INTEGER NOT NULL DEFAULT 1,
  objectives  TEXT,
  review_on   TEXT,
  review_outcome TEXT CHECK (review_outcome IN ('achieved', 'adjusted', 'ended')),
  staff_id    TEXT REFERENCES staff(id)
) STRICT;
CREATE INDEX commitment_person ON commitment(person_id);

CREATE TABLE commitment_step (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  commitment_id TEXT NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  side          TEXT NOT NULL CHECK (side IN ('person', 'structure')),
  label         TEXT NOT NULL,
  due_on        TEXT,
  done_on       TEXT
) STRICT;

-- Opportunities a firm opens, on the four pathway phases.
CREATE TABLE opportunity (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  company_id  TEXT NOT NULL REFERENCES company(id),
  phase       INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
  subtype     TEXT,
  title       TEXT NOT NULL,
  trade       TEXT,
  rome_code   TEXT,
  proposed_on TEXT NOT NULL,
  start_date  TEXT,
  end_date    TEXT,
  places      INTEGER NOT NULL DEFAULT 1 CHECK (places > 0),
  contract_type TEXT,          -- ref_item contract_type
  weekly_hours REAL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'cancelled', 'refused')),
  refusal_reason TEXT,
  origin      TEXT,            -- ref_item opportunity_origin
  staff_id    TEXT REFERENCES staff(id),
  notes       TEXT,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX opportunity_company ON opportunity(company_id);
CREATE INDEX opportunity_status ON opportunity(status, phase);

-- The journal of contacts with firms and partners.
CREATE TABLE interaction (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  company_id  TEXT REFERENCES company(id),
  partner_id  TEXT REFERENCES partner(id),
  contact_id  TEXT REFERENCES contact(id),
  staff_id    TEXT REFERENCES staff(id),
  event_id    TEXT REFERENCES event(id),
  kind        TEXT NOT NULL,   -- ref_item interaction_kind
  occurred_at TEXT NOT NULL,
  duration_min INTEGER CHECK (duration_min IS NULL OR duration_min >= 0),
  purpose     TEXT,
  outcome     TEXT,
  details     TEXT CHECK (details IS NULL OR json_valid(details)),  -- structured visit template
  next_step   TEXT,
  next_due    TEXT,
  next_done_on TEXT,
  CHECK (company_id IS NOT NULL OR partner_id IS NOT NULL)
) STRICT;
CREATE INDEX interaction_company ON interaction(company_id, occurred_at);
CREATE INDEX interaction_partner ON interaction(partner_id, occurred_at);
CREATE INDEX interaction_due ON interaction(next_due) WHERE next_due IS NOT NULL AND next_done_on IS NULL;
CREATE INDEX interaction_company_due ON interaction(company_id, next_due) WHERE next_due IS NOT NULL AND next_done_on IS NULL;
CREATE INDEX interaction_staff ON interaction(staff_id, occurred_at);

CREATE TABLE event_participant (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  event_id    TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  company_id  TEXT REFERENCES company(id),
  partner_id  TEXT REFERENCES partner(id),
  person_id   TEXT REFERENCES person(id),
  outcome     TEXT,
  CHECK ((company_id IS NOT NULL) + (partner_id IS NOT NULL) + (person_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX event_participant_event ON event_participant(event_id);

-- Placements: person x firm x opportunity, from proposal to end.
CREATE TABLE placement (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id        TEXT,
  deleted_at     TEXT,
  person_id      TEXT NOT NULL REFERENCES person(id),
  company_id     TEXT NOT NULL REFERENCES company(id),
  opportunity_id TEXT REFERENCES opportunity(id),
  staff_id       TEXT REFERENCES staff(id),
  stage          TEXT NOT NULL DEFAULT 'proposed' CHECK (stage IN ('proposed', 'presented', 'meeting', 'immersion', 'contract', 'ended', 'refused', 'withdrawn')),
  kind           TEXT CHECK (kind IN ('immersion', 'contract')),
  immersion_type TEXT CHECK (immersion_type IN ('discovery', 'skills')),
  objectives     TEXT,
  contract_type  TEXT,          -- ref_item contract_type
  proposed_on    TEXT NOT NULL,
  start_date     TEXT,
  planned_end    TEXT,
  end_date       TEXT,
  weekly_hours   REAL CHECK (weekly_hours IS NULL OR (weekly_hours > 0 AND weekly_hours <= 48)),
  trial_days     INTEGER,
  tutor_id       TEXT REFERENCES contact(id),
  employer_contact_id TEXT REFERENCES contact(id),
  refusal_reason TEXT,
  end_reason     TEXT,          -- ref_item rupture_cause
  ended_by       TEXT CHECK (ended_by IN ('employer', 'person', 'structure', 'term')),
  evaluation     TEXT CHECK (evaluation IS NULL OR json_valid(evaluation)),  -- immersion end grid
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  CHECK (planned_end IS NULL OR start_date IS NULL OR planned_end >= start_date)
) STRICT;
CREATE INDEX placement_person ON placement(person_id);
CREATE INDEX placement_company ON placement(company_id);
CREATE INDEX placement_opportunity ON placement(opportunity_id);

-- Follow-up in employment.
CREATE TABLE followup (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  deleted_at   TEXT,
  person_id    TEXT NOT NULL REFERENCES person(id),
  placement_id TEXT REFERENCES placement(id),
  staff_id     TEXT REFERENCES staff(id),
  label        TEXT NOT NULL,
  due_on       TEXT NOT NULL,
  done_on      TEXT,
  mode         TEXT CHECK (mode IN ('on_site', 'phone', 'mail', 'office', 'video')),
  tripartite   INTEGER NOT NULL DEFAULT 0,
  participants TEXT,
  record       TEXT CHECK (record IS NULL OR json_valid(record)),  -- structured template
  factors      TEXT CHECK (factors IS NULL OR json_valid(factors)),
  responses    TEXT CHECK (responses IS NULL OR json_valid(responses)),
  notes        TEXT
) STRICT;
CREATE INDEX followup_due ON followup(due_on) WHERE done_on IS NULL;
CREATE INDEX followup_person ON followup(person_id);
CREATE INDEX followup_placement ON followup(placement_id);

CREATE TABLE alert (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  deleted_at   TEXT,
  person_id    TEXT NOT NULL REFERENCES person(id),
  placement_id TEXT REFERENCES placement(id),
  company_id   TEXT REFERENCES company(id),
  raised_by    TEXT NOT NULL CHECK (raised_by IN ('person', 'tutor', 'company', 'counsellor')),
  risk_level   INTEGER NOT NULL CHECK (risk_level BETWEEN 1 AND 3),
  opened_on    TEXT NOT NULL,
  factors      TEXT CHECK (factors IS NULL OR json_valid(factors)),
  actions      TEXT,
  resolved_on  TEXT,
  resolution   TEXT,
  staff_id     TEXT REFERENCES staff(id)
) STRICT;
CREATE INDEX alert_open ON alert(opened_on) WHERE resolved_on IS NULL;
CREATE INDEX alert_person ON alert(person_id);

-- Partnerships: the structure with a firm or a partner.
CREATE TABLE partnership (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  deleted_at   TEXT,
  company_id   TEXT REFERENCES company(id),
  partner_id   TEXT REFERENCES partner(id),
  cooperation_type TEXT NOT NULL,   -- ref_item cooperation_type
  instrument   TEXT,                -- ref_item instrument
  start_date   TEXT NOT NULL,
  end_date     TEXT,
  review_on    TEXT,
  our_staff_id TEXT REFERENCES staff(id),
  their_contact_id TEXT REFERENCES contact(id),
  roadmap      TEXT,
  CHECK ((company_id IS NOT NULL) + (partner_id IS NOT NULL) = 1),
  CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX partnership_company ON partnership(company_id);
CREATE INDEX partnership_partner ON partnership(partner_id);

CREATE TABLE partnership_review (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id        TEXT,
  partnership_id TEXT NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
  reviewed_on    TEXT NOT NULL,
  summary        TEXT
) STRICT;

-- Referrals (prescriptions) received from partners.
CREATE TABLE referral (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  partner_id  TEXT NOT NULL REFERENCES partner(id),
  person_id   TEXT REFERENCES person(id),
  received_on TEXT NOT NULL,
  notes       TEXT
) STRICT;
CREATE INDEX referral_partner ON referral(partner_id);

-- Free notes on any record.
CREATE TABLE note (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  deleted_at   TEXT,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('company', 'contact', 'person', 'partner', 'placement')),
  subject_id   TEXT NOT NULL,
  staff_id     TEXT REFERENCES staff(id),
  title        TEXT,
  body         TEXT NOT NULL
) STRICT;
CREATE INDEX note_subject ON note(subject_kind, subject_id);

-- Questionnaires: Annexe 3 diagnostic grid, Annexe 5 engagement survey...
CREATE TABLE questionnaire_template (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  code        TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  definition  TEXT NOT NULL CHECK (json_valid(definition))
) STRICT;

CREATE TABLE questionnaire_response (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  deleted_at   TEXT,
  template_id  TEXT NOT NULL REFERENCES questionnaire_template(id),
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('company', 'structure', 'staff', 'person')),
  subject_id   TEXT NOT NULL,
  respondent   TEXT,
  answered_on  TEXT NOT NULL,
  answers      TEXT NOT NULL CHECK (json_valid(answers))
) STRICT;
CREATE INDEX questionnaire_response_subject ON questionnaire_response(subject_kind, subject_id);

-- Action plan (Annexe 2): activities planned by month.
CREATE TABLE action_plan_item (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  parent_id   TEXT REFERENCES action_plan_item(id),
  activity    TEXT NOT NULL,
  lead        TEXT,
  objective   TEXT,
  tasks       TEXT,
  participation TEXT,
  indicators  TEXT,
  start_month TEXT,
  end_month   TEXT
) STRICT;

-- Targets set by funders or the board, to compare with actuals.
CREATE TABLE target (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  indicator   TEXT NOT NULL,
  year        INTEGER NOT NULL,
  antenna_id  TEXT REFERENCES site(id),
  value       REAL NOT NULL
) STRICT;

-- Full-text search over firms, contacts, people, partners and notes.
-- search_map ties a record to its row in the index, so that an edit
-- replaces the entry by rowid instead of scanning the index.
CREATE VIRTUAL TABLE search_index USING fts5(
  kind, ref_id UNINDEXED, title, detail,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TABLE search_map (
  ref_id    TEXT PRIMARY KEY NOT NULL,
  fts_rowid INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
