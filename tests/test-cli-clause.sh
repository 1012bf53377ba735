#!/bin/sh
# test-cli-clause.sh — passerelle report clause: the statement of a public
# contract's insertion hours, for its buyer, written as PDF, CSV and XLSX;
# refused with the reason and its exit code.
set -eu

. "$(dirname "$0")/cli-lib.sh"

echo "1..9"

P="$PASSERELLE"
expect () { # expect RC DESCRIPTION PATTERN
  if [ "$rc" -eq "$1" ] && cat "$tmp/out" "$tmp/err" | grep -q -- "$3"; then ok "$2"; else not_ok "$2 (rc=$rc)"; fi
}

"$P" demo "$tmp/d.db" >/dev/null
# A contract of our own beside the demonstration's: 500 h owed over 2025,
# Anne-Laure Vidal-Bessières 100 h in February, Rémi Ols 150.5 h in March:
# 250.5 h done, 249.5 h missing, ended short.
firm=$(sql "$tmp/d.db" "SELECT id FROM company WHERE deleted_at IS NULL ORDER BY id LIMIT 1;")
sqlite3 "$tmp/d.db" "
  INSERT INTO person (id, first_name, last_name, entered_on) VALUES
    ('cl-a', 'Anne-Laure', 'Vidal-Bessières', '2024-11-04'), ('cl-b', 'Rémi', 'Ols', '2024-12-02');
  INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES ('cl-bar', 'cl-a', 'sante', '2024-11-04', 'asthme sévère');
  INSERT INTO clause_contract (id, company_id, title, lot, buyer, starts_on, ends_on, hours_owed) VALUES
    ('cl-k', '$firm', 'Restauration scolaire', 'Lot 1 — Plonge', 'Département du Lot', '2025-01-01', '2025-12-31', 500);
  INSERT INTO clause_hours (id, contract_id, person_id, from_on, to_on, hours) VALUES
    ('cl-h1', 'cl-k', 'cl-a', '2025-02-01', '2025-02-28', 100), ('cl-h2', 'cl-k', 'cl-b', '2025-03-01', '2025-03-31', 150.5);"

run "$P" report clause --contract cl-k --output "$tmp/k.pdf" --database "$tmp/d.db"
pdftotext -layout "$tmp/k.pdf" "$tmp/k.txt" 2>/dev/null || true
if [ "$rc" -eq 0 ] && pdfinfo "$tmp/k.pdf" | grep -q "(A4)" && grep -q "État des heures d’insertion" "$tmp/k.txt" \
   && grep -q "Restauration scolaire" "$tmp/k.txt" && grep -q "Département du Lot" "$tmp/k.txt"; then
  ok "the statement prints on A4"
else
  not_ok "the statement prints on A4 (rc=$rc)"
fi
if grep -q "250,5 h" "$tmp/k.txt" && grep -q "249,5 h" "$tmp/k.txt" && grep -q "En retard" "$tmp/k.txt" \
   && grep -q "A.-L. V.-B. .*100 h" "$tmp/k.txt" && grep -q "R. O. .*150,5 h" "$tmp/k.txt" \
   && grep -q "il manque 249,5 h" "$tmp/k.txt"; then
  ok "hours done, left and by person, and the state"
else
  not_ok "hours done, left and by person, and the state"
fi
if grep -q -e "Vidal" -e "Bessières" -e "Anne-Laure" -e "Rémi" -e "asthme" -e "Santé" "$tmp/k.txt"; then
  not_ok "the buyer reads initials only, nothing of a person's file"
else
  ok "the buyer reads initials only, nothing of a person's file"
fi

# The demonstration's contract whose hours are all done.
done_id=$(sql "$tmp/d.db" "SELECT id FROM clause_contract WHERE title LIKE 'Nettoyage%';")
run "$P" report clause --contract "$done_id" --output "$tmp/done.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/done.pdf" - | grep -q "Réalisé"; then
  ok "the demonstration has a contract done"
else
  not_ok "the demonstration has a contract done (rc=$rc)"
fi

run "$P" report clause --contract cl-k --output "$tmp/k.csv" --database "$tmp/d.db"
if [ "$rc" -eq 0 ] && grep -q '"Heures par personne"' "$tmp/k.csv" && grep -q '"R. O.";"01/03/2025";"31/03/2025";"150,5 h"' "$tmp/k.csv"; then
  ok "the tables go to CSV"
else
  not_ok "the tables go to CSV (rc=$rc)"
fi
run "$P" report clause --contract cl-k --output "$tmp/k.xlsx" --database "$tmp/d.db"
if [ "$rc" -eq 0 ] && [ -s "$tmp/k.xlsx" ]; then ok "and to XLSX"; else not_ok "and to XLSX (rc=$rc)"; fi

run "$P" report clause --contract nulle-part --output "$tmp/none.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 1 ] && [ ! -e "$tmp/none.pdf" ] && grep -q "Aucun marché n’a cet identifiant" "$tmp/err"; then
  ok "an unknown contract is said, and no file"
else
  not_ok "an unknown contract is said, and no file (rc=$rc)"
fi

run "$P" report clause --output "$tmp/none.pdf" --database "$tmp/d.db"
expect 2 "the contract is asked for" "report clause --contract ID"
long=$(printf '%0201d' 0)
run "$P" report clause --contract "$long" --output "$tmp/none.pdf" --database "$tmp/d.db"
if [ "$rc" -eq 2 ] && [ ! -e "$tmp/none.pdf" ]; then ok "an over-long identifier is bad usage"; else not_ok "an over-long identifier is bad usage (rc=$rc)"; fi

exit $([ "$failed" -eq 0 ] && echo 0 || echo 1)
