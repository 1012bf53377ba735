-- Values an import could not store as valid, kept beside their record for
-- checking.  A firm named in a file is never refused: what does not fit (a
-- SIRET with a wrong check digit, a sector not in the list, a date that
-- cannot be read) waits here with the reason and the line it came from, and
-- the record shows "à vérifier" until the value is corrected or the mark
-- dismissed.  The rows carry id, updated_at and site_id, so the mark
-- travels to the other sites with the firm it belongs to.
CREATE TABLE import_review (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id       TEXT,
  record_table  TEXT NOT NULL CHECK (record_table IN ('company', 'contact', 'person', 'interaction')),
  record_id     TEXT NOT NULL,
  field         TEXT NOT NULL,   -- the column the value was meant for
  value         TEXT,            -- as the file wrote it
  reason        TEXT NOT NULL,   -- in the user's words, as said at import
  source        TEXT             -- the file and its line
) STRICT;
CREATE INDEX import_review_record ON import_review(record_table, record_id);
