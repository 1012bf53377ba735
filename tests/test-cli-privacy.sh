#!/bin/sh
# test-cli-privacy.sh — passerelle privacy and report person-data on the
# command line: a demonstration file works with its key beside it and holds
# no confidential text in clear; retention, erasure, the journal and the
# record of processing, and every bad input said in French.
set -eu

. "$(dirname "$0")/cli-lib.sh"

echo "1..28"

P="$PASSERELLE"
db="$tmp/d.db"

expect () { # expect RC DESCRIPTION PATTERN: the last command's code and stderr+stdout
  if [ "$rc" -eq "$1" ] && cat "$tmp/out" "$tmp/err" | grep -q -- "$3"; then ok "$2"; else not_ok "$2 (rc=$rc)"; fi
}

"$P" demo "$db" >/dev/null
# 1: the key beside the demonstration file, for its owner only
if [ "$(stat -c %a "$db.key")" = 600 ]; then ok "a demonstration file keeps its key beside it, 0600"; else not_ok "key beside"; fi

# 2: whoever made the demonstration is its direction
run "$P" privacy whoami --database "$db"
expect 0 "the login is tied to a staff member of direction" "Direction"

# 3-4: a person's data, as JSON, with the confidential part opened; and not one text of it in the file
someone=$(sql "$db" "SELECT person_id FROM person_sensitive ORDER BY person_id LIMIT 1;")
run "$P" report person-data --person "$someone" --output "$tmp/p.json" --database "$db"
if [ "$rc" -eq 0 ] && grep -q '"format" : "passerelle-person-data-1"' "$tmp/p.json"; then ok "report person-data writes the JSON"; else not_ok "person-data JSON (rc=$rc)"; fi
detail=$(grep -m1 '"detail"' "$tmp/p.json" | sed 's/.*"detail" : "\(.*\)",\{0,1\}$/\1/' | cut -c1-30)
if [ -n "$detail" ] && ! strings "$db" | grep -qF -- "$detail"; then
  ok "the confidential text read in the export is not in the file ($detail…)"
else
  not_ok "strings of the database finds the confidential text ($detail)"
fi

# 5-6: the access document as PDF; a wrong ending said
run "$P" report person-data --person "$someone" --output "$tmp/p.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/p.pdf" - | grep -q "Vos données détenues par la structure"; then ok "the access document is printed"; else not_ok "access document (rc=$rc)"; fi
run "$P" report person-data --person "$someone" --output "$tmp/p.txt" --database "$db"
expect 2 "a person's data only as .pdf or .json" ".pdf ou .json"

# 7: without its key, the file says where to give it
mv "$db.key" "$tmp/saved.key"
run "$P" report person-data --person "$someone" --output "$tmp/q.json" --database "$db"
expect 1 "without the key, the message says which file is missing" "fichier de clé"
# 8: a key file others may read is refused
cp "$tmp/saved.key" "$tmp/open.key"; chmod 644 "$tmp/open.key"
run "$P" report person-data --person "$someone" --output "$tmp/q.json" --database "$db" --key-file "$tmp/open.key"
expect 1 "a key file readable by others is refused" "chmod 600"
# 9: the key given with --key-file, and said
chmod 600 "$tmp/saved.key"
run "$P" report person-data --person "$someone" --output "$tmp/q.json" --database "$db" --key-file "$tmp/saved.key"
expect 0 "the key given with --key-file is used, and said" "pas dans un trousseau"
mv "$tmp/saved.key" "$db.key"

# Every report of the Rapports page that takes a period, over last year and this one, as tables.
figures () { # figures NAME: the reports' tables into $tmp/NAME.txt
  : >"$tmp/$1.txt"
  for period in "01/01/2025 31/12/2025" "01/01/2026 31/12/2026"; do
    set -- "$1" $period
    for report in activity followup map; do
      "$P" report "$report" --from "$2" --to "$3" --output "$tmp/r.csv" --database "$db" >/dev/null 2>&1 || echo "failed $report" >>"$tmp/$1.txt"
      cat "$tmp/r.csv" >>"$tmp/$1.txt"
    done
  done
}
figures before

# 10-11: retention, first as a preview that changes nothing, then for real
# (the demo ran the rules on the day it was made: those two years gone
# then are anonymised already, and counted apart)
already=$(sql "$db" "SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL;")
run "$P" privacy retention --dry-run --today 2030-01-01 --database "$db"
reached=$(grep -c "anonymisée$" "$tmp/out" || true)
if [ "$rc" -eq 0 ] && [ "$reached" -gt 0 ] && [ "$(sql "$db" "SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL;")" = "$already" ]; then
  ok "retention --dry-run says who ($reached people) and changes nothing"
else
  not_ok "retention --dry-run (rc=$rc, $reached)"
fi
run "$P" privacy retention --today 2030-01-01 --database "$db"
if [ "$rc" -eq 0 ] && [ "$(sql "$db" "SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL;")" = "$((already + reached))" ]; then
  ok "retention anonymises the people it said"
else
  not_ok "retention (rc=$rc)"
fi

# 19: the same figures after the retention run
figures after_retention
if cmp -s "$tmp/before.txt" "$tmp/after_retention.txt" && [ "$(wc -l <"$tmp/before.txt")" -gt 20 ]; then
  ok "every report gives the same figures after the retention run"
else
  not_ok "reports changed by the retention run"; diff "$tmp/before.txt" "$tmp/after_retention.txt" | head -20 | sed 's/^/# /'
fi

# 12-14: erasure refused while a contract runs, asked to be confirmed, done
working=$(sql "$db" "SELECT person_id FROM placement WHERE stage = 'contract' AND end_date IS NULL AND deleted_at IS NULL LIMIT 1;")
run "$P" privacy erase --person "$working" --database "$db"
expect 1 "an erasure is refused while a contract is in progress" "contrat avec"
free=$(sql "$db" "SELECT id FROM person WHERE anonymised_on IS NULL AND deleted_at IS NULL AND id NOT IN (SELECT person_id FROM placement WHERE stage = 'contract') AND id IN (SELECT person_id FROM placement WHERE start_date IS NOT NULL) LIMIT 1;")
run "$P" privacy erase --person "$free" --database "$db"
if [ "$rc" -eq 3 ] && grep -q "Partira" "$tmp/out" && [ "$(sql "$db" "SELECT anonymised_on IS NULL FROM person WHERE id = '$free';")" = 1 ]; then
  ok "without --confirm, what goes and what stays is said, nothing erased"
else
  not_ok "erase without --confirm (rc=$rc)"
fi
run "$P" privacy erase --person "$free" --confirm --database "$db"
if [ "$rc" -eq 0 ] && [ "$(sql "$db" "SELECT first_name FROM person WHERE id = '$free';")" = Anonyme ]; then ok "erase --confirm anonymises"; else not_ok "erase --confirm (rc=$rc)"; fi

# 20: and after erasing someone who had placements
figures after_erasure
if cmp -s "$tmp/before.txt" "$tmp/after_erasure.txt"; then
  ok "every report gives the same figures after an erasure"
else
  not_ok "reports changed by an erasure"; diff "$tmp/before.txt" "$tmp/after_erasure.txt" | head -20 | sed 's/^/# /'
fi

# 15-16: the journal, exported; a bad period said
run "$P" privacy audit --from 01/01/2020 --to 31/12/2035 --output "$tmp/journal.csv" --database "$db"
if [ "$rc" -eq 0 ] && grep -q "Effacement sur demande" "$tmp/journal.csv" && grep -q "Lecture de la partie confidentielle\|Export de données" "$tmp/journal.csv"; then
  ok "the audit journal is exported with the erasure and the export"
else
  not_ok "audit export (rc=$rc)"
fi
run "$P" privacy audit --from hier --to 31/12/2035 --output "$tmp/journal.csv" --database "$db"
expect 2 "a period that is not dates is said" "--from"

# 17: the record of processing
run "$P" privacy record --output "$tmp/registre.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/registre.pdf" - | grep -q "Registre des traitements"; then ok "the record of processing is printed"; else not_ok "record (rc=$rc)"; fi

# 18: a role that is not one is refused
run "$P" privacy role --staff "$(sql "$db" "SELECT first_name || ' ' || last_name FROM staff WHERE role = 'cip' LIMIT 1;")" --role chef --database "$db"
expect 1 "an unknown role is refused" "Donnez un rôle"

# 21: direction ties another login of this computer, journaled under direction's name, naming both
cip=$(sql "$db" "SELECT first_name || ' ' || last_name FROM staff WHERE role = 'cip' AND active = 1 ORDER BY last_name LIMIT 1;")
me=$(sql "$db" "SELECT staff_id FROM privacy_account LIMIT 1;")
run "$P" privacy bind --account poste-accueil --staff "$cip" --database "$db"
if [ "$rc" -eq 0 ] && grep -q "La session poste-accueil est désormais $cip" "$tmp/out" &&
   [ "$(sql "$db" "SELECT count(*) FROM audit_entry WHERE action = 'account' AND staff_id = '$me' AND detail = 'La session poste-accueil est désormais $cip';")" = 1 ]; then
  ok "direction ties another login, journaled under its own name"
else
  not_ok "privacy bind (rc=$rc)"
fi

# 22-23: a person's pathway and a diary naming people in full are journaled; a diary by initials is not
prints=$(sql "$db" "SELECT count(*) FROM audit_entry WHERE action = 'print' AND person_id = '$working';")
run "$P" report pathway --person "$working" --output "$tmp/parcours.pdf" --database "$db"
if [ "$rc" -eq 0 ] && [ "$(sql "$db" "SELECT count(*) FROM audit_entry WHERE action = 'print' AND person_id = '$working' AND detail = 'Parcours — document interne';")" = $((prints + 1)) ]; then
  ok "report pathway is in the audit journal"
else
  not_ok "report pathway journaled (rc=$rc)"
fi
exports=$(sql "$db" "SELECT count(*) FROM audit_entry WHERE action = 'export';")
run "$P" export calendar --output "$tmp/initiales.ics" --database "$db"
run "$P" export calendar --full-names --output "$tmp/agenda.ics" --database "$db"
if [ "$rc" -eq 0 ] && [ "$(sql "$db" "SELECT count(*) FROM audit_entry WHERE action = 'export';")" = $((exports + 1)) ] &&
   [ "$(sql "$db" "SELECT count(*) FROM audit_entry WHERE action = 'export' AND detail LIKE '%agenda.ics%';")" = 1 ]; then
  ok "export calendar --full-names is in the audit journal, by initials it is not"
else
  not_ok "calendar journaled (rc=$rc)"
fi

# 24: the journal exported is its owner's only
run "$P" privacy audit --from 01/01/2020 --to 31/12/2035 --output "$tmp/journal.xlsx" --database "$db"
if [ "$rc" -eq 0 ] && [ "$(stat -c %a "$tmp/journal.csv")" = 600 ] && [ "$(stat -c %a "$tmp/journal.xlsx")" = 600 ]; then
  ok "the audit journal is written 0600"
else
  not_ok "journal mode $(stat -c %a "$tmp/journal.csv") $(stat -c %a "$tmp/journal.xlsx" 2>/dev/null) (rc=$rc)"
fi

# 25: a period upside down is refused, saying what to do, and nothing written
rm -f "$tmp/envers.csv"
run "$P" privacy audit --from 31/12/2026 --to 01/01/2026 --output "$tmp/envers.csv" --database "$db"
if [ "$rc" -eq 2 ] && grep -q "La période finit avant de commencer : donnez son premier jour avec --from" "$tmp/err" &&
   [ ! -e "$tmp/envers.csv" ]; then
  ok "a reversed period is refused in French"
else
  not_ok "reversed period (rc=$rc)"
fi

# 26-28: under a C locale, privacy speaks French as report does, accents kept
LANG=C LC_ALL= LANGUAGE= run "$P" privacy whoami --database "$db"
expect 0 "whoami in French under LANG=C" "La session .* (Direction)"
LANG=C LC_ALL= LANGUAGE= run "$P" privacy audit --from 31/12/2026 --to 01/01/2026 --output "$tmp/envers.csv" --database "$db"
expect 2 "a refusal in French, with its accents, under LANG=C" "La période finit avant de commencer"
LANG=C LC_ALL= LANGUAGE= run "$P" privacy erase --person nobody --database "$db"
expect 1 "an unknown person said in French under LANG=C" "Cette personne n’est pas dans la base"

[ "$failed" -eq 0 ]
