-- Sites that exchange their changes through a shared folder.
--
-- Everything here but the two columns of site is local to one installation
-- and never travels: the changes waiting to be written (outbox), what was
-- applied from each site (ledger), when each column was last written and
-- by whom (clock, which decides concurrent edits the same way everywhere),
-- rows deleted for good (tombstone), firms merged (merge) and the edits
-- that met another site's (conflict).

ALTER TABLE site ADD COLUMN joined_at TEXT;   -- became an installation of the exchange
ALTER TABLE site ADD COLUMN retired_at TEXT;  -- sends nothing more; its records stay

CREATE TABLE sync_outbox (
  seq        INTEGER PRIMARY KEY,
  file_seq   INTEGER,            -- the change file that carries it, once numbered
  numbered_at TEXT,
  known      TEXT,               -- what this site had applied then (JSON: site → number)
  changeset  BLOB NOT NULL
) STRICT;
CREATE INDEX sync_outbox_file ON sync_outbox(file_seq);

CREATE TABLE sync_ledger (
  site_id    TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  applied_at TEXT NOT NULL,
  changes    INTEGER NOT NULL DEFAULT 0,
  file_time  TEXT,               -- when the other site wrote it
  PRIMARY KEY (site_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_clock (
  tbl     TEXT NOT NULL,
  row_id  TEXT NOT NULL,
  col     TEXT NOT NULL,
  at      TEXT NOT NULL,         -- the change's updated_at
  site    TEXT NOT NULL,         -- the site that made it
  seq     INTEGER NOT NULL,      -- in that site's files
  PRIMARY KEY (tbl, row_id, col)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_tombstone (
  tbl     TEXT NOT NULL,
  row_id  TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_merge (
  tbl      TEXT NOT NULL,
  lost_id  TEXT NOT NULL,
  kept_id  TEXT NOT NULL,
  PRIMARY KEY (tbl, lost_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_conflict (
  num           INTEGER PRIMARY KEY,  -- not "id": the row is local, not user data
  detected_at   TEXT NOT NULL,
  tbl           TEXT NOT NULL,
  row_id        TEXT NOT NULL,
  col           TEXT NOT NULL,
  kept_value    TEXT,
  kept_site     TEXT NOT NULL,
  kept_at       TEXT NOT NULL,
  other_value   TEXT,
  other_site    TEXT NOT NULL,
  other_at      TEXT NOT NULL,
  resolved_at   TEXT
) STRICT;
CREATE INDEX sync_conflict_open ON sync_conflict(detected_at) WHERE resolved_at IS NULL;
