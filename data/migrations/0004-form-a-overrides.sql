-- Form A (Annexe 4) answers set by hand where the person knows better
-- than the data: one row per firm, year and yes-or-no item.  The value
-- computed from the data stays visible beside it.
CREATE TABLE form_a_override (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id     TEXT,
  company_id  TEXT NOT NULL REFERENCES company(id),
  year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
  item        TEXT NOT NULL CHECK (item IN ('network_personal', 'network_professional', 'outbound', 'inbound',
                                            'regular', 'occasional', 'seasonal', 'still_active')),
  value       INTEGER NOT NULL CHECK (value IN (0, 1)),
  UNIQUE (company_id, year, item)
) STRICT;
