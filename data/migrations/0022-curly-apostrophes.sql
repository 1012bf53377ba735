-- The labels the program ships are French text: written with the
-- typographic apostrophe (’), as the translations and the documents are.
-- Only words a person reads change, never a code; every site runs the
-- same statements, so the rows stay alike without travelling again.
UPDATE ref_list SET label = replace(label, '''', '’') WHERE label LIKE '%''%';
UPDATE ref_item SET label = replace(label, '''', '’') WHERE label LIKE '%''%';
UPDATE questionnaire_template SET title = replace(title, '''', '’') WHERE title LIKE '%''%';
UPDATE questionnaire_template SET definition = replace(definition, '''', '’') WHERE definition LIKE '%''%';
UPDATE followup_template SET label = replace(label, '''', '’') WHERE label LIKE '%''%';
UPDATE followup_template SET steps = replace(steps, '''', '’') WHERE steps LIKE '%''%';
