-- Sharing with partner structures under a confidentiality frame (seed 003:
-- "un cadre de confidentialité" agreed before any sharing).  A frame says
-- with which partner, what may go (firms, their contacts, opportunities
-- open to the partner's candidates, anonymous profiles, named profiles
-- only with the person's consent for that partner), from when to when,
-- and who signed; it travels between the structure's own sites.  The
-- partner's public key, given when the frame is signed, is what packs are
-- sealed for and checked against.
CREATE TABLE share_frame (
  id              TEXT PRIMARY KEY NOT NULL,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  site_id         TEXT,
  deleted_at      TEXT,
  partner_id      TEXT NOT NULL REFERENCES partner(id),
  firms           INTEGER NOT NULL DEFAULT 0 CHECK (firms IN (0, 1)),
  contacts        INTEGER NOT NULL DEFAULT 0 CHECK (contacts IN (0, 1)),
  opportunities   INTEGER NOT NULL DEFAULT 0 CHECK (opportunities IN (0, 1)),
  profiles        INTEGER NOT NULL DEFAULT 0 CHECK (profiles IN (0, 1)),
  named_profiles  INTEGER NOT NULL DEFAULT 0 CHECK (named_profiles IN (0, 1)),
  starts_on       TEXT NOT NULL,
  ends_on         TEXT NOT NULL,
  signed_by       TEXT,
  partner_signed_by TEXT,
  partner_key     TEXT NOT NULL,   -- the partner's public key, base64
  withdrawn_on    TEXT,
  CHECK (ends_on >= starts_on),
  CHECK (contacts = 0 OR firms = 1)
) STRICT;
CREATE INDEX share_frame_partner ON share_frame(partner_id);

-- The last pack read from each partner, whole, as it came: the next one
-- replaces it, a withdrawal empties it, an older one is refused (seq is
-- the time the pack was made, in milliseconds).  Local to the site that
-- read it.
CREATE TABLE share_received (
  frame_id     TEXT PRIMARY KEY NOT NULL,
  seq          INTEGER NOT NULL,
  made_on      TEXT NOT NULL,
  imported_at  TEXT NOT NULL,
  content      TEXT NOT NULL CHECK (json_valid(content))
) STRICT, WITHOUT ROWID;
