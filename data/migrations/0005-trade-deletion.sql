-- A firm's trades are deleted as everything else is: marked, so that the
-- deletion can be undone.
ALTER TABLE company_trade ADD COLUMN deleted_at TEXT;
