-- The tolerance of "done on time" is a rule of the structure, so that every
-- site counts its follow-ups alike: it moves from this computer's meta to
-- the structure's record, which travels between the sites.
ALTER TABLE structure ADD COLUMN followup_tolerance_days INTEGER
  CHECK (followup_tolerance_days BETWEEN 0 AND 60);

UPDATE structure
   SET followup_tolerance_days = (SELECT CAST(value AS INTEGER) FROM meta
                                   WHERE key = 'followup_tolerance_days'
                                     AND value GLOB '[0-9]*' AND CAST(value AS INTEGER) BETWEEN 0 AND 60)
 WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'followup_tolerance_days');

DELETE FROM meta WHERE key = 'followup_tolerance_days';
