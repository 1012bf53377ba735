-- The diagnostic of the employer-relations service (Annexe 3 of seed 004)
-- as a questionnaire: the grids live in questionnaire_template (code
-- "grid/version", the definition is the grid file of data/diagnostic),
-- every member of staff answers on their own, one row per question saved
-- as they go, and the consolidated answers of other structures, imported
-- from their files, are kept one row per structure and grid so that a
-- second import replaces the first.  Their ids are derived from what
-- they answer (grid, member, question; grid, structure), so that two
-- antennas writing the same answer name the same row.

CREATE TABLE diagnostic_answer (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  template_id TEXT NOT NULL REFERENCES questionnaire_template(id),
  staff_id    TEXT NOT NULL REFERENCES staff(id),
  question    TEXT NOT NULL,
  answer      TEXT NOT NULL CHECK (json_valid(answer)),
  UNIQUE (template_id, staff_id, question)
) STRICT;

CREATE TABLE diagnostic_structure (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id        TEXT,
  deleted_at     TEXT,
  template_id    TEXT NOT NULL REFERENCES questionnaire_template(id),
  structure_key  TEXT NOT NULL,   -- the other structure's own id
  structure_name TEXT NOT NULL,
  exported_at    TEXT NOT NULL,
  respondents    INTEGER NOT NULL CHECK (respondents >= 0),
  consolidated   TEXT NOT NULL CHECK (json_valid(consolidated)),
  UNIQUE (template_id, structure_key)
) STRICT;

-- PMSMP: a period of one month at most, renewable once (Code du travail,
-- D. 5135-2); the renewal's new end is kept beside the first one.
ALTER TABLE placement ADD COLUMN renewed_until TEXT;
