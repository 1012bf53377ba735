-- Social clauses of public contracts (clauses sociales d'insertion, seed
-- 002's economic cooperation): a public buyer awards a contract to a firm
-- of the network, which owes a number of hours of work to people in
-- insertion between the contract's start and end.  The structure places
-- its people on it and counts their hours; the balance is hours done
-- against hours owed.  Both tables travel between the structure's sites.
CREATE TABLE clause_contract (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  deleted_at  TEXT,
  company_id  TEXT NOT NULL REFERENCES company(id),
  title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  lot         TEXT CHECK (lot IS NULL OR length(lot) <= 100),
  buyer       TEXT NOT NULL CHECK (length(trim(buyer)) BETWEEN 1 AND 200),
  reference   TEXT CHECK (reference IS NULL OR length(reference) <= 100),
  starts_on   TEXT NOT NULL,
  ends_on     TEXT NOT NULL,
  hours_owed  REAL NOT NULL CHECK (hours_owed > 0 AND hours_owed <= 1000000),
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX clause_contract_company ON clause_contract(company_id);

-- Hours a person of the structure worked on the contract over a period,
-- through their placement at the firm when there is one.
CREATE TABLE clause_hours (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id      TEXT,
  deleted_at   TEXT,
  contract_id  TEXT NOT NULL REFERENCES clause_contract(id),
  person_id    TEXT NOT NULL REFERENCES person(id),
  placement_id TEXT REFERENCES placement(id),
  from_on      TEXT NOT NULL,
  to_on        TEXT NOT NULL,
  hours        REAL NOT NULL CHECK (hours > 0 AND hours <= 100000),
  CHECK (to_on >= from_on)
) STRICT;
CREATE INDEX clause_hours_contract ON clause_hours(contract_id);
CREATE INDEX clause_hours_person ON clause_hours(person_id);
