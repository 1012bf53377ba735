-- Volunteer mentors (parrainage, seed 001: "Le parrain fait bénéficier le
-- demandeur d'emploi de sa compétence, de son réseau personnel et
-- professionnel"): retired people, employees or heads of firms from
-- outside the structure, whom they follow and when, and their meetings.
-- A mentor's notes are the staff's own, never printed for a firm.
CREATE TABLE mentor (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  deleted_at    TEXT,
  name          TEXT NOT NULL,
  situation     TEXT,            -- retired, employee, head, other
  employer      TEXT,            -- the firm they come from, as they say it
  company_id    TEXT REFERENCES company(id),   -- that firm, when it is in the network
  trade         TEXT,            -- their trade or competence
  phone         TEXT,
  email         TEXT,
  availability  TEXT,
  notes         TEXT
) STRICT;

CREATE TABLE mentorship (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  deleted_at    TEXT,
  mentor_id     TEXT NOT NULL REFERENCES mentor(id),
  person_id     TEXT NOT NULL REFERENCES person(id),
  started_on    TEXT NOT NULL,
  ended_on      TEXT,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
) STRICT;
CREATE INDEX mentorship_mentor ON mentorship(mentor_id);
CREATE INDEX mentorship_person ON mentorship(person_id);

CREATE TABLE mentor_meeting (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  deleted_at    TEXT,
  mentorship_id TEXT NOT NULL REFERENCES mentorship(id),
  held_on       TEXT NOT NULL,
  kind          TEXT NOT NULL,   -- in_person, phone, firm_visit, workshop
  note          TEXT
) STRICT;
CREATE INDEX mentor_meeting_mentorship ON mentor_meeting(mentorship_id);

-- The local economic watch (Annexe 3, I.B: "Assurer une veille prospective
-- sur l'environnement économique local"): settlements, closures,
-- extensions and projects read in the local press or in studies, tied to a
-- firm of the network or named until it is one, and what each became: an
-- opportunity, a visit.
CREATE TABLE watch_entry (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id        TEXT,
  deleted_at     TEXT,
  kind           TEXT NOT NULL,  -- settlement, closure, extension, project
  noted_on       TEXT NOT NULL,
  source         TEXT,
  summary        TEXT NOT NULL,
  commune        TEXT,
  company_id     TEXT REFERENCES company(id),
  firm_name      TEXT,           -- a firm not yet in the network
  opportunity_id TEXT REFERENCES opportunity(id),
  interaction_id TEXT REFERENCES interaction(id)
) STRICT;
CREATE INDEX watch_entry_company ON watch_entry(company_id);

-- An opportunity the watch brought says so (question 9 counts them).  The
-- list is editable: a structure that already made this code keeps its own.
INSERT OR IGNORE INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('5d0a8e4b-23c1-5f7e-9a61-0c4f3b7e2d18', 'opportunity_origin', 'veille', 'Veille économique locale', NULL, '', 5, 0);
