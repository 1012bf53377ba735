-- Privacy: who is at the keyboard, who wrote what, the audit journal that
-- cannot be edited, the retention rules, and the people anonymised.
--
-- What travels between sites and what stays: a table travels when it has
-- id, updated_at and site_id.  The audit journal travels, so that direction
-- sees the readings of every site; the retention rules travel, so that the
-- structure keeps one policy.  Which account of this desktop is which staff
-- member is a fact of this computer only: privacy_account has no site_id
-- and never leaves it.

CREATE TABLE privacy_account (
  account   TEXT PRIMARY KEY NOT NULL,   -- the operating-system login
  staff_id  TEXT NOT NULL REFERENCES staff(id),
  bound_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;

-- Each reading of a confidential part, each export or print of a person's
-- data, each erasure and each retention run.  Rows are only ever added: the
-- triggers below refuse any change or deletion, whoever asks.  person_id
-- has no foreign key, so that the journal outlives what it speaks of.
CREATE TABLE audit_entry (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  at          TEXT NOT NULL,
  staff_id    TEXT,
  account     TEXT,
  action      TEXT NOT NULL CHECK (action IN ('read_confidential', 'export', 'print', 'erase',
                                               'anonymise', 'retention', 'role', 'account', 'key')),
  person_id   TEXT,
  detail      TEXT
) STRICT;
CREATE INDEX audit_entry_at ON audit_entry(at);
CREATE INDEX audit_entry_person ON audit_entry(person_id, at);
CREATE INDEX audit_entry_staff ON audit_entry(staff_id, at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
  SELECT RAISE(ABORT, 'the audit journal cannot be changed');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
  SELECT RAISE(ABORT, 'the audit journal cannot be changed');
END;

-- How long each kind of data is kept, in months after the person's exit.
-- The ids are fixed so that the same rule made at two sites is one row.
CREATE TABLE retention_rule (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  kind        TEXT NOT NULL UNIQUE CHECK (kind IN ('inactive_person', 'confidential')),
  months      INTEGER NOT NULL CHECK (months > 0 AND months <= 600)
) STRICT;

INSERT INTO retention_rule (id, kind, months) VALUES
  ('8d1c7a52-3f0e-5b55-9a5e-2f6c0c1e0a01', 'inactive_person', 24),
  ('8d1c7a52-3f0e-5b55-9a5e-2f6c0c1e0a02', 'confidential', 6);

-- Who created and last changed the records people write most.
ALTER TABLE person ADD COLUMN created_by TEXT;
ALTER TABLE person ADD COLUMN updated_by TEXT;
ALTER TABLE person ADD COLUMN anonymised_on TEXT;   -- the day its identity was erased
ALTER TABLE person ADD COLUMN confidential_erased_on TEXT;
ALTER TABLE person_sensitive ADD COLUMN created_by TEXT;
ALTER TABLE person_sensitive ADD COLUMN updated_by TEXT;
ALTER TABLE barrier ADD COLUMN created_by TEXT;
ALTER TABLE barrier ADD COLUMN updated_by TEXT;
ALTER TABLE note ADD COLUMN created_by TEXT;
ALTER TABLE note ADD COLUMN updated_by TEXT;
ALTER TABLE followup ADD COLUMN created_by TEXT;
ALTER TABLE followup ADD COLUMN updated_by TEXT;
ALTER TABLE placement ADD COLUMN created_by TEXT;
ALTER TABLE placement ADD COLUMN updated_by TEXT;
ALTER TABLE consent ADD COLUMN created_by TEXT;
ALTER TABLE consent ADD COLUMN updated_by TEXT;

-- The retention run looks for people gone for long, and reaches each one's
-- referrals (without this index, a scan of them all per person).
CREATE INDEX referral_person ON referral(person_id);
CREATE INDEX person_to_anonymise ON person(exited_on) WHERE exited_on IS NOT NULL AND anonymised_on IS NULL;
