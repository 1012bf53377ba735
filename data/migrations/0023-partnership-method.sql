-- The partnership method of the FNARS guide (seed 002), seven steps from the
-- analysis of the territory to "faire vivre et essaimer", followed on one
-- partnership.  What the existing records already hold is not copied here:
-- the exchanges are the interactions and events with the partner or firm,
-- the roadmap is partnership.roadmap, the pilot and the formal instrument are
-- the partnership's, the reviews are partnership_review.  This row keeps only
-- what the method adds.
--
-- Its id is the partnership's own id: two sites that start the method on the
-- same partnership write the same row, which their exchange merges instead of
-- doubling.
CREATE TABLE partnership_method (
  id                 TEXT PRIMARY KEY NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id            TEXT,
  deleted_at         TEXT,
  territory_needs    TEXT,    -- step 1: needs and stakes of the territory (external analysis)
  structure_analysis TEXT,    -- step 2: the structure's strengths and weaknesses (internal analysis)
  strategy           TEXT,    -- step 3: the actions hoped for, with whom, in what order
  cooperation_kind   TEXT CHECK (cooperation_kind IS NULL OR cooperation_kind IN
                       ('parcours', 'cooperation_economique', 'prestations', 'creation_activite',
                        'mecenat', 'partage_expertise')),
  cooperation_logic  TEXT CHECK (cooperation_logic IS NULL OR cooperation_logic IN
                       ('publique', 'marchande', 'reciprocite')),
  exchanges          TEXT,    -- step 4: what the meetings brought out, beyond the interactions recorded
  coordination       TEXT,    -- step 6: bodies of coordination and follow-up, evaluation tools
  launched_on        TEXT,    -- step 6: the day the action(s) started
  spreading          TEXT,    -- step 7: new ambitions, communication, spreading the action
  CHECK (launched_on IS NULL OR launched_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
