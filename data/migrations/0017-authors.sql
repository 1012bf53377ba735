-- Who created and last changed a firm's record, as 0013 did for people:
-- a firm's sheet says "created by X on …, changed by Y on …".  A firm's
-- journal already names who had each contact (interaction.staff_id).
ALTER TABLE company ADD COLUMN created_by TEXT;
ALTER TABLE company ADD COLUMN updated_by TEXT;
