-- The people's list opens on its first screen, by name as the list
-- sorts names: case and accents aside ("André" before "Andrieu").  The
-- names' index (person_name) orders accented letters after every other,
-- so its first screen was not the list's.  This index orders those in
-- their pathway by their names folded as the list folds them, with the
-- accented letters of French names taken for their letter: an expression
-- of SQLite's own functions, which any connection can keep up to date.
-- psl-person-list.c orders by the same expression.
CREATE INDEX person_name_folded ON person(lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(last_name || ' ' || first_name, 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'à', 'a'), 'â', 'a'), 'î', 'i'), 'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ç', 'c'), 'œ', 'oe'), 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'À', 'a'), 'Â', 'a'), 'Ç', 'c'), 'Î', 'i'), 'Ô', 'o'), 'Œ', 'oe')))
  WHERE deleted_at IS NULL AND exited_on IS NULL;
