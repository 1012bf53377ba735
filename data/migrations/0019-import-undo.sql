-- What each import made and filled, so that the last one can be undone for
-- a day: the records it created are deleted again, the empty fields it
-- filled in records already there are emptied again (unless someone has
-- changed them since), and its marks "à vérifier" go.  These tables have no
-- site_id: they stay on the computer that imported.
CREATE TABLE import_run (
  run_id      TEXT PRIMARY KEY NOT NULL, -- no "id": the rows are not records that travel
  started_at  TEXT NOT NULL,            -- UTC; the import's marks are not older
  finished_at TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('firms', 'contacts', 'people', 'journal')),
  source      TEXT,                     -- the file's name
  n_created   INTEGER NOT NULL DEFAULT 0,
  n_merged    INTEGER NOT NULL DEFAULT 0,
  n_to_check  INTEGER NOT NULL DEFAULT 0,
  undone_at   TEXT
) STRICT;

CREATE TABLE import_trace (
  run_id        TEXT NOT NULL REFERENCES import_run(run_id) ON DELETE CASCADE,
  record_table  TEXT NOT NULL CHECK (record_table IN ('company', 'contact', 'person', 'interaction')),
  record_id     TEXT NOT NULL,
  created       INTEGER NOT NULL,       -- 1: made by the import; 0: filled by it
  filled        TEXT                    -- JSON {column: value put} for a record filled
) STRICT;
CREATE INDEX import_trace_run ON import_trace(run_id);
