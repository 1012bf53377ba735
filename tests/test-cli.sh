#!/bin/sh
# test-cli.sh — the passerelle program on the command line, with no display.
# Run by meson with PASSERELLE set to the built program; prints TAP.
set -eu

. "$(dirname "$0")/cli-lib.sh"

total=54
echo "1..$total"

# 1-2: --help works with no display and names the demo command
run "$PASSERELLE" --help
if [ "$rc" -eq 0 ]; then ok "--help exits 0 with no display"; else not_ok "--help exits 0 with no display (rc=$rc)"; fi
if grep -q "demo" "$tmp/out"; then ok "--help names the demo command"; else not_ok "--help names the demo command"; fi
# The privacy line of --help names each privacy command the program accepts
# (listed here by hand from psl-cli-privacy.c), bind with its two options.
privacy_line=$(grep -E "^  privacy " "$tmp/out" || true)
missing=""
for name in retention erase audit record setup recover whoami role bind; do
  echo "$privacy_line" | grep -Eq "[ |]$name(\||\$)" || missing="$missing $name"
done
if [ -z "$missing" ] && grep -q -- "bind --account" "$tmp/out"; then
  ok "--help names every privacy command, bind included"
else
  not_ok "--help names every privacy command, bind included (missing:$missing)"
fi

# report --help names every report, one line each with what it is; the
# names are the ones the command accepts, listed here by hand.
run "$PASSERELLE" report --help
missing=""
for name in action-plan activity campaign candidate commitment company followup pathway map positioning; do
  grep -Eq "^  $name +[[:alpha:]].{10,}" "$tmp/out" || missing="$missing $name"
done
if [ "$rc" -eq 0 ] && [ -z "$missing" ]; then ok "report --help names each report on a line with what it is"; else not_ok "report --help names each report on a line with what it is (rc=$rc, missing:$missing)"; fi
lines=$(grep -Ec "^  (action-plan|activity|campaign|candidate|commitment|company|followup|pathway|map|positioning) " "$tmp/out" || true)
if [ "$lines" -eq 10 ]; then ok "report --help gives one line to each report"; else not_ok "report --help gives one line to each report ($lines lines)"; fi

# The usage lines of "report" and "privacy" alone speak French: the words
# to replace in capitals are translated like every option's.
run "$PASSERELLE" report
if [ "$rc" -eq 2 ] && grep -q "FICHIER.pdf" "$tmp/err" && grep -q -- "--antenna NOM" "$tmp/err" \
   && ! grep -Eq "FILE|NAME|TEXT\b" "$tmp/err"; then
  ok "report alone lists each report's options in French"
else
  not_ok "report alone lists each report's options in French (rc=$rc)"
fi
run "$PASSERELLE" privacy
if [ "$rc" -eq 2 ] && grep -q -- "--staff NOM" "$tmp/err" && ! grep -Eq "NAME" "$tmp/err"; then
  ok "privacy alone lists its commands in French"
else
  not_ok "privacy alone lists its commands in French (rc=$rc)"
fi

# 3: --version
run "$PASSERELLE" --version
if [ "$rc" -eq 0 ] && grep -qx "passerelle $PASSERELLE_VERSION" "$tmp/out"; then
  ok "--version prints the build's version"
else
  not_ok "--version prints the build's version (rc=$rc)"
fi

# 4-5: demo fills a new file
run "$PASSERELLE" demo "$tmp/d.db"
if [ "$rc" -eq 0 ] && [ -f "$tmp/d.db" ]; then ok "demo FILE exits 0"; else not_ok "demo FILE exits 0 (rc=$rc)"; fi

companies=$(sql "$tmp/d.db" 'SELECT count(*) FROM company;')
people=$(sql "$tmp/d.db" 'SELECT count(*) FROM person;')
if [ "${companies:-0}" -gt 0 ] && [ "${people:-0}" -gt 0 ]; then
  ok "the demo file has companies ($companies) and people ($people)"
else
  not_ok "the demo file has companies and people (companies=$companies people=$people)"
fi

# 6: the file is a Passerelle database at the latest version, left clean
appid=$(sql "$tmp/d.db" 'PRAGMA application_id;')
fk=$(sql "$tmp/d.db" 'SELECT count(*) FROM pragma_foreign_key_check;')
if [ "$appid" = "1347636293" ] && [ "$fk" = 0 ]; then
  ok "the demo file is a sound Passerelle database"
else
  not_ok "the demo file is a sound Passerelle database (application_id=$appid, foreign key errors=$fk)"
fi

# The demonstration keeps the retention rules: it opens with nobody left to
# anonymise, and the confidential parts of those who left long ago erased.
run "$PASSERELLE" privacy retention --dry-run --database "$tmp/d.db"
anonymised=$(sql "$tmp/d.db" 'SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL OR confidential_erased_on IS NOT NULL;')
if [ "$rc" -eq 0 ] && grep -q "^0 " "$tmp/out" && [ "${anonymised:-0}" -gt 0 ]; then
  ok "the demo file keeps the retention rules ($anonymised reached, none due)"
else
  not_ok "the demo file keeps the retention rules (rc=$rc, $(head -1 "$tmp/out"), anonymised=$anonymised)"
fi

# 7-8: demo refuses to overwrite an existing file without --force
before=$(checksum "$tmp/d.db")
run "$PASSERELLE" demo "$tmp/d.db"
after=$(checksum "$tmp/d.db")
if [ "$before" != missing ] && [ "$rc" -ne 0 ]; then ok "demo on an existing file fails without --force"; else not_ok "demo on an existing file fails without --force"; fi
if [ "$before" != missing ] && [ "$before" = "$after" ] && [ -s "$tmp/err" ]; then
  ok "the existing file is left unchanged, with a message"
else
  not_ok "the existing file is left unchanged, with a message"
fi

# 9: demo with no file fails
run "$PASSERELLE" demo
if [ "$rc" -ne 0 ] && [ -s "$tmp/err" ]; then ok "demo without a file fails with a message"; else not_ok "demo without a file fails with a message (rc=$rc)"; fi

# 10: demo never touches a file that is not a database
printf 'nom;prenom\nDupont;Elise\n' >"$tmp/list.csv"
before=$(checksum "$tmp/list.csv")
run "$PASSERELLE" demo "$tmp/list.csv"
after=$(checksum "$tmp/list.csv")
if [ "$rc" -ne 0 ] && [ "$before" = "$after" ]; then
  ok "demo refuses a file that is not a database, untouched"
else
  not_ok "demo refuses a file that is not a database, untouched (rc=$rc)"
fi

# 11-14: importing firms from a CSV file, headless
printf 'Raison sociale;SIRET;Code postal\nBoulangerie Delmas;73282932000074;46100\nGarage;12345678901234;46100\n' >"$tmp/firms.csv"
run "$PASSERELLE" import firms "$tmp/firms.csv" --database "$tmp/import.db"
if [ "$rc" -eq 3 ] && grep -q "ligne 3" "$tmp/out" && grep -q "^importées.: 2," "$tmp/out"; then
  ok "import reports the imported rows and the one to check, exit 3"
else
  not_ok "import reports the imported rows and the one to check, exit 3 (rc=$rc)"
fi
if [ "$(sqlite3 "$tmp/import.db" 'select count(*) from company where identifier is null')" = 1 ] &&
   [ "$(sqlite3 "$tmp/import.db" 'select count(*) from import_review')" = 1 ]; then
  ok "both rows are saved, the wrong SIRET kept to check"
else
  not_ok "both rows are saved, the wrong SIRET kept to check"
fi
printf 'Raison sociale;Ville\n"Pas fermé;Figeac\n' >"$tmp/broken.csv"
run "$PASSERELLE" import firms "$tmp/broken.csv" --database "$tmp/import.db"
if [ "$rc" -eq 1 ] && [ -s "$tmp/err" ] && [ "$(sqlite3 "$tmp/import.db" 'select count(*) from company')" = 2 ]; then
  ok "a broken file fails with a message and changes nothing"
else
  not_ok "a broken file fails with a message and changes nothing (rc=$rc)"
fi
run "$PASSERELLE" import suppliers "$tmp/firms.csv" --database "$tmp/import.db"
if [ "$rc" -eq 2 ]; then ok "import of an unknown kind is a usage error"; else not_ok "import of an unknown kind is a usage error (rc=$rc)"; fi

# 15-20: printed documents, headless
db="$tmp/report.db"
run "$PASSERELLE" import firms "$tmp/firms.csv" --database "$db"
sqlite3 "$db" "INSERT INTO person (id, first_name, last_name, entered_on, project) VALUES
  ('lea', 'Léa', 'Puech', '2025-03-01', 'Vente');
  INSERT INTO commitment (id, person_id, signed_on, objectives) VALUES ('c1', 'lea', '2025-03-05', 'Confirmer le projet');"
firm=$(sql "$db" "select id from company limit 1")
run "$PASSERELLE" report candidate --person lea --company "$firm" --output "$tmp/sheet.pdf" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "accord" "$tmp/err" && [ ! -e "$tmp/sheet.pdf" ]; then
  ok "no candidate sheet without consent: exit 1, the reason, no file"
else
  not_ok "no candidate sheet without consent: exit 1, the reason, no file (rc=$rc)"
fi
sqlite3 "$db" "INSERT INTO consent (id, person_id, scope, given_on) VALUES ('k', 'lea', 'cv_entreprise', '2025-03-01');"
run "$PASSERELLE" report candidate --person lea --company "$firm" --output "$tmp/sheet.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdfinfo "$tmp/sheet.pdf" | grep -q "(A4)" && pdftotext "$tmp/sheet.pdf" - | grep -q "Léa Puech"; then
  ok "the candidate sheet with consent: an A4 PDF with her name"
else
  not_ok "the candidate sheet with consent: an A4 PDF with her name (rc=$rc)"
fi
run "$PASSERELLE" report commitment --commitment c1 --output "$tmp/contract.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/contract.pdf" - | grep -q "Confirmer le projet"; then
  ok "the contract of commitments printed to PDF"
else
  not_ok "the contract of commitments printed to PDF (rc=$rc)"
fi
run "$PASSERELLE" report bilan --output "$tmp/x.pdf" --database "$db"
if [ "$rc" -eq 2 ] && grep -q "bilan" "$tmp/err"; then ok "an unknown report is a usage error that names it"; else not_ok "an unknown report is a usage error that names it (rc=$rc)"; fi
run "$PASSERELLE" report commitment --commitment "" --output "$tmp/empty.pdf" --database "$db"
if [ "$rc" -eq 2 ] && [ ! -e "$tmp/empty.pdf" ]; then ok "an empty identifier is a usage error"; else not_ok "an empty identifier is a usage error (rc=$rc)"; fi
run "$PASSERELLE" report commitment --commitment c1 --output "$tmp/contract.docx" --database "$db"
if [ "$rc" -eq 2 ]; then ok "a report to a file that is not .pdf, .csv or .xlsx is a usage error"; else not_ok "a report to a file that is not .pdf, .csv or .xlsx is a usage error (rc=$rc)"; fi
before=$(checksum "$tmp/contract.pdf")
run "$PASSERELLE" report commitment --commitment c1 --output "$tmp/no-such-folder/contract.pdf" --database "$db"
if [ "$rc" -eq 1 ] && [ -s "$tmp/err" ] && [ "$before" = "$(checksum "$tmp/contract.pdf")" ]; then
  ok "an unwritable path fails with a message, exit 1"
else
  not_ok "an unwritable path fails with a message, exit 1 (rc=$rc)"
fi
run "$PASSERELLE" report followup --from 01/01/2020 --to 31/12/2030 --output "$tmp/suivi.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/suivi.pdf" - | grep -q "Suivi dans l’emploi" && pdfinfo "$tmp/suivi.pdf" | grep -q "A4"; then
  ok "the follow-up report for a period printed to an A4 PDF"
else
  not_ok "the follow-up report for a period printed to an A4 PDF (rc=$rc)"
fi
run "$PASSERELLE" report followup --from 31/02/2026 --to 31/12/2026 --output "$tmp/bad.pdf" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "date" "$tmp/err" && [ ! -e "$tmp/bad.pdf" ]; then
  ok "a report for a day that does not exist fails with a message"
else
  not_ok "a report for a day that does not exist fails with a message (rc=$rc)"
fi
run "$PASSERELLE" report followup --from 01/01/2026 --output "$tmp/bad.pdf" --database "$db"
if [ "$rc" -eq 2 ]; then ok "a period without its end is a usage error"; else not_ok "a period without its end is a usage error (rc=$rc)"; fi

# The activity report of a period, as PDF, CSV and XLSX, for an antenna
sqlite3 "$db" "INSERT INTO site (id, name) VALUES ('fig', 'Antenne de Figeac');"
run "$PASSERELLE" report activity --from 01/01/2020 --to 31/12/2030 --antenna "antenne de figeac" --output "$tmp/bilan.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/bilan.pdf" - | grep -q "Bilan d’activité" && pdftotext "$tmp/bilan.pdf" - | grep -q "Antenne de Figeac"; then
  ok "the activity report for an antenna printed to PDF"
else
  not_ok "the activity report for an antenna printed to PDF (rc=$rc)"
fi
run "$PASSERELLE" report activity --from 01/01/2020 --to 31/12/2030 --output "$tmp/bilan.csv" --database "$db"
if [ "$rc" -eq 0 ] && grep -q '^"Personnes accompagnées — Sexe"' "$tmp/bilan.csv" && grep -q '^"Total";"1";"1"' "$tmp/bilan.csv"; then
  ok "the activity report's tables written as CSV"
else
  not_ok "the activity report's tables written as CSV (rc=$rc)"
fi
run "$PASSERELLE" report activity --from 01/01/2020 --to 31/12/2030 --output "$tmp/bilan.xlsx" --database "$db"
if [ "$rc" -eq 0 ] && /usr/bin/python3 "$(dirname "$0")/xlsx-dump.py" "$tmp/bilan.xlsx" | grep -q "^== Personnes accompagnées — Sexe"; then
  ok "the activity report's tables written as an XLSX workbook"
else
  not_ok "the activity report's tables written as an XLSX workbook (rc=$rc)"
fi
run "$PASSERELLE" report activity --from 01/01/2026 --to 31/12/2026 --antenna "Lune" --output "$tmp/lune.xlsx" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "Lune" "$tmp/err" && [ ! -e "$tmp/lune.xlsx" ]; then
  ok "an unknown antenna is refused with its name, no file"
else
  not_ok "an unknown antenna is refused with its name, no file (rc=$rc)"
fi
# The service's positioning and action plan: no period needed
sqlite3 "$db" "INSERT INTO action_plan_item (id, activity) VALUES ('a1', 'Développement de réseaux d''entreprises');
  INSERT INTO action_plan_item (id, parent_id, activity, lead, start_month, end_month)
  VALUES ('a11', 'a1', 'Échanges de pratiques', 'MLAA', '2026-02', '2026-06');"
run "$PASSERELLE" report action-plan --output "$tmp/plan.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/plan.pdf" - | grep -q "Plan d’action" && pdftotext "$tmp/plan.pdf" - | grep -q "02/2026 –" \
   && pdftotext "$tmp/plan.pdf" - | grep -q "févr."; then
  ok "the action plan printed to PDF with its months"
else
  not_ok "the action plan printed to PDF with its months (rc=$rc)"
fi
run "$PASSERELLE" report action-plan --output "$tmp/plan.csv" --database "$db"
if [ "$rc" -eq 0 ] && grep -q '^"1.1";"Échanges de pratiques";"MLAA";"02/2026 – 06/2026"' "$tmp/plan.csv"; then
  ok "the action plan's table written as CSV"
else
  not_ok "the action plan's table written as CSV (rc=$rc)"
fi
run "$PASSERELLE" report positioning --output "$tmp/positionnement.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/positionnement.pdf" - | grep -q "Positionnement du service" \
   && pdftotext "$tmp/positionnement.pdf" - | grep -q "pas encore rempli"; then
  ok "the positioning, not filled in yet, printed to PDF"
else
  not_ok "the positioning, not filled in yet, printed to PDF (rc=$rc)"
fi
run "$PASSERELLE" report bilan --from 01/01/2026 --to 31/12/2026 --output "$tmp/x.pdf" --database "$db"
if [ "$rc" -eq 2 ] && grep -q "bilan" "$tmp/err"; then ok "an unknown report is named in the error, exit 2"; else not_ok "an unknown report is named in the error, exit 2 (rc=$rc)"; fi

# 21-23: the coming follow-ups exported for a diary, headless
sqlite3 "$db" "INSERT INTO staff (id, first_name, last_name) VALUES ('cip', 'Salomé', 'Lalbertie');
  INSERT INTO followup (id, person_id, staff_id, label, due_on) VALUES ('f', 'lea', 'cip', 'Un mois', date('now', 'localtime', '+3 days'));"
run "$PASSERELLE" export calendar --staff "salomé lalbertie" --output "$tmp/agenda.ics" --database "$db"
if [ "$rc" -eq 0 ] && grep -q "^BEGIN:VCALENDAR" "$tmp/agenda.ics" && grep -q "UID:followup-f@passerelle" "$tmp/agenda.ics"; then
  ok "export calendar writes the counsellor's follow-ups as iCalendar"
else
  not_ok "export calendar writes the counsellor's follow-ups as iCalendar (rc=$rc)"
fi
run "$PASSERELLE" export calendar --staff "Nobody" --output "$tmp/other.ics" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "Lalbertie" "$tmp/err" && [ ! -e "$tmp/other.ics" ]; then
  ok "an unknown counsellor is refused, naming the team, no file"
else
  not_ok "an unknown counsellor is refused, naming the team, no file (rc=$rc)"
fi
run "$PASSERELLE" export calendar --until "fin juin" --output "$tmp/other.ics" --database "$db"
if [ "$rc" -eq 2 ]; then ok "a last day that is not a date is a usage error"; else not_ok "a last day that is not a date is a usage error (rc=$rc)"; fi

# The partnership map, headless, from the demonstration file (its last twelve months)
run "$PASSERELLE" export map --view target --output "$tmp/cible.png" --database "$tmp/d.db"
if [ "$rc" -eq 0 ] && [ "$(head -c 4 "$tmp/cible.png" | od -An -c | tr -d ' ')" = "211PNG" ] && grep -q "entreprises" "$tmp/out"; then
  ok "the target map drawn to PNG"
else
  not_ok "the target map drawn to PNG (rc=$rc)"
fi
run "$PASSERELLE" export map --view network --output "$tmp/reseau.svg" --database "$tmp/d.db"
if [ "$rc" -eq 0 ] && grep -q "<svg" "$tmp/reseau.svg"; then ok "the network drawn to SVG"; else not_ok "the network drawn to SVG (rc=$rc)"; fi
run "$PASSERELLE" export map --view target --from 01/01/2000 --to 31/12/2100 --rings frequency --output "$tmp/cible.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/cible.pdf" - | grep -q "cible des partenariats" && pdftotext "$tmp/cible.pdf" - | grep -q "Au moins une fois par mois"; then
  ok "the target by how often in touch, for a period, to PDF"
else
  not_ok "the target by how often in touch, for a period, to PDF (rc=$rc)"
fi
run "$PASSERELLE" export map --output "$tmp/reseau.dot" --database "$tmp/d.db"
shown=$(sed -n 's/^Carte de \([0-9]*\) .*/\1/p' "$tmp/out")
nodes=$(dot -Tplain "$tmp/reseau.dot" 2>/dev/null | grep -c "^node " || true)
if [ "$rc" -eq 0 ] && [ -n "$shown" ] && [ "$nodes" -eq $((shown + 1)) ]; then
  ok "the network written as DOT that Graphviz reads ($nodes nodes)"
else
  not_ok "the network written as DOT that Graphviz reads (rc=$rc, shown=$shown, nodes=$nodes)"
fi
run "$PASSERELLE" export map --view cloud --output "$tmp/x.png" --database "$tmp/d.db"
if [ "$rc" -eq 2 ] && [ ! -e "$tmp/x.png" ]; then ok "an unknown view is a usage error"; else not_ok "an unknown view is a usage error (rc=$rc)"; fi
run "$PASSERELLE" export map --output "$tmp/x.jpg" --database "$tmp/d.db"
if [ "$rc" -eq 2 ] && grep -q ".dot" "$tmp/err" && [ ! -e "$tmp/x.jpg" ]; then ok "an unknown ending is refused, naming the good ones"; else not_ok "an unknown ending is refused, naming the good ones (rc=$rc)"; fi
run "$PASSERELLE" export map --from 31/12/2026 --to 01/01/2026 --output "$tmp/x.png" --database "$tmp/d.db"
if [ "$rc" -eq 2 ] && [ ! -e "$tmp/x.png" ]; then ok "a period upside down is a usage error"; else not_ok "a period upside down is a usage error (rc=$rc)"; fi
run "$PASSERELLE" export map --view target --antenna "Lune" --output "$tmp/x.png" --database "$tmp/d.db"
if [ "$rc" -eq 1 ] && grep -q "Lune" "$tmp/err" && [ ! -e "$tmp/x.png" ]; then ok "an unknown antenna is refused for the map, no file"; else not_ok "an unknown antenna is refused for the map, no file (rc=$rc)"; fi
run "$PASSERELLE" report map --from 01/01/2000 --to 31/12/2100 --output "$tmp/carte.pdf" --database "$tmp/d.db"
pages=$(pdfinfo "$tmp/carte.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
if [ "$rc" -eq 0 ] && [ "${pages:-0}" -ge 3 ] && pdftotext "$tmp/carte.pdf" - | grep -q "Carte des partenariats" && pdftotext "$tmp/carte.pdf" - | grep -q "Les plus actifs"; then
  ok "the partnership map report printed ($pages pages)"
else
  not_ok "the partnership map report printed (rc=$rc, pages=$pages)"
fi

# The demo's partnership followed with the method, printed as its file;
# an unknown partner and one without a partnership refused, no file.
partner=$(sqlite3 "$tmp/d.db" "SELECT s.partner_id FROM partnership_method m JOIN partnership s ON s.id = m.id;")
run "$PASSERELLE" report partnership --partner "$partner" --output "$tmp/partenariat.pdf" --database "$tmp/d.db"
pdftotext "$tmp/partenariat.pdf" "$tmp/partenariat.txt" 2>/dev/null || true
if [ "$rc" -eq 0 ] && grep -q "Dossier du partenariat" "$tmp/partenariat.txt" \
   && grep -q "Étape 7 : Faire vivre le partenariat" "$tmp/partenariat.txt" \
   && grep -q "Appui au parcours d’insertion" "$tmp/partenariat.txt" && grep -q "Bassin de Figeac" "$tmp/partenariat.txt"; then
  ok "the demo partnership's file printed with its seven steps"
else
  not_ok "the demo partnership's file printed with its seven steps (rc=$rc)"
fi
run "$PASSERELLE" report partnership --partner "Club de la Lune" --output "$tmp/lune.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 1 ] && grep -q "Aucune structure partenaire" "$tmp/err" && [ ! -e "$tmp/lune.pdf" ]; then
  ok "an unknown partner is refused for the partnership's file, no file"
else
  not_ok "an unknown partner is refused for the partnership's file, no file (rc=$rc)"
fi
alone=$(sqlite3 "$tmp/d.db" "SELECT id FROM partner p WHERE NOT EXISTS (SELECT 1 FROM partnership s WHERE s.partner_id = p.id AND s.deleted_at IS NULL) LIMIT 1;")
run "$PASSERELLE" report partnership --partner "$alone" --output "$tmp/seul.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 1 ] && grep -q "aucun partenariat" "$tmp/err" && [ ! -e "$tmp/seul.pdf" ]; then
  ok "a partner without a partnership is refused, saying what to do"
else
  not_ok "a partner without a partnership is refused, saying what to do (rc=$rc)"
fi
run "$PASSERELLE" report partnership --output "$tmp/rien.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 2 ] && grep -q "report partnership --partner" "$tmp/err"; then
  ok "the partnership's file without --partner is a usage error"
else
  not_ok "the partnership's file without --partner is a usage error (rc=$rc)"
fi

if [ "$n" -ne "$total" ]; then
  echo "# planned $total tests, ran $n"
  exit 1
fi
[ "$failed" -eq 0 ]
