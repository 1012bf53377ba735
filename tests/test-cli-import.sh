#!/bin/sh
# test-cli-import.sh — passerelle import undo: the last import of the last
# 24 hours undone headless, what it removed and restored said in French,
# and a clear refusal (exit 1) when there is nothing it may undo.  Run by
# meson with PASSERELLE set to the built program; prints TAP.
set -eu

. "$(dirname "$0")/cli-lib.sh"

db="$tmp/base.db"

# 1: a database with no import yet (made by a dry run, which is no import).
printf 'Raison sociale\nScierie Bras\n' >"$tmp/dry.csv"
"$PASSERELLE" import firms "$tmp/dry.csv" --dry-run --database "$db" >/dev/null
run "$PASSERELLE" import undo --database "$db"
if [ "$rc" -eq 1 ] && grep -q "Aucun import à annuler" "$tmp/err" && [ ! -s "$tmp/out" ]; then
  ok "undo with no import: exit 1, said in French"
else
  not_ok "undo with no import: exit 1, said in French (rc=$rc)"
fi

# 1b: no database at all: said, and none made.
run "$PASSERELLE" import undo --database "$tmp/none.db"
if [ "$rc" -eq 1 ] && grep -q "Aucun import à annuler" "$tmp/err" && [ ! -e "$tmp/none.db" ]; then
  ok "undo with no database: exit 1, no database made"
else
  not_ok "undo with no database: exit 1, no database made (rc=$rc)"
fi

# A first list: Delmas without its commune.  Then a second one that fills
# Delmas's commune and brings two new firms.
printf 'Raison sociale;SIRET;Code postal\nBoulangerie Delmas;73282932000074;46100\n' >"$tmp/a.csv"
printf 'Raison sociale;SIRET;Code postal;Ville\nBoulangerie Delmas;73282932000074;46100;Figeac\nMenuiserie Vidal;;46100;Capdenac\nFerme des Causses;;46500;Gramat\n' >"$tmp/b.csv"
run "$PASSERELLE" import firms "$tmp/a.csv" --database "$db"
run "$PASSERELLE" import firms "$tmp/b.csv" --database "$db"
live="select count(*) from company where deleted_at is null"
if [ "$rc" -eq 0 ] && [ "$(sql "$db" "$live")" = 3 ] &&
   [ "$(sql "$db" "select commune from company where legal_name = 'Boulangerie Delmas'")" = Figeac ]; then
  ok "second list: two firms made, one completed"
else
  not_ok "second list: two firms made, one completed (rc=$rc)"
fi

# 3-4: undone: two removed, one restored, said; Delmas stays without commune.
run "$PASSERELLE" import undo --database "$db"
if [ "$rc" -eq 0 ] && grep -q "^Import annulé : Entreprises depuis «.b\.csv.»" "$tmp/out" &&
   grep -q "^2 fiches retirées$" "$tmp/out" && grep -q "^1 fiche remise comme avant l’import$" "$tmp/out"; then
  ok "undo says what it removed and restored"
else
  not_ok "undo says what it removed and restored (rc=$rc)"
fi
if [ "$(sql "$db" "$live")" = 1 ] &&
   [ "$(sql "$db" "select count(*) from company where legal_name = 'Boulangerie Delmas' and commune is null")" = 1 ]; then
  ok "undo left the database as before the second list"
else
  not_ok "undo left the database as before the second list"
fi

# 5: once only.
before=$(checksum "$db")
run "$PASSERELLE" import undo --database "$db"
if [ "$rc" -eq 1 ] && grep -q "déjà été annulé" "$tmp/err" && [ "$(checksum "$db")" = "$before" ]; then
  ok "a second undo is refused, nothing changed"
else
  not_ok "a second undo is refused, nothing changed (rc=$rc)"
fi

# 6: an import of more than a day ago.
run "$PASSERELLE" import firms "$tmp/b.csv" --database "$db"
sqlite3 "$db" "update import_run set finished_at = case when finished_at = (select max(finished_at) from import_run)
               then '2020-01-01T00:00:00.000Z' else '2019-01-01T00:00:00.000Z' end"
run "$PASSERELLE" import undo --database "$db"
if [ "$rc" -eq 1 ] && grep -q "plus de 24 heures" "$tmp/err" && [ "$(sql "$db" "$live")" = 3 ]; then
  ok "an import more than 24 hours old is not undone, and why is said"
else
  not_ok "an import more than 24 hours old is not undone, and why is said (rc=$rc)"
fi

# 7: a firm it made changed since.
printf 'Raison sociale;Code postal\nScierie Bras;46100\n' >"$tmp/c.csv"
run "$PASSERELLE" import firms "$tmp/c.csv" --database "$db"
sqlite3 "$db" "update company set phone = '05 65 34 00 00' where legal_name = 'Scierie Bras'"
run "$PASSERELLE" import undo --database "$db"
if [ "$rc" -eq 1 ] && grep -q "1 fiche créée par cet import a été modifiée depuis" "$tmp/err" &&
   [ "$(sql "$db" "$live")" = 4 ]; then
  ok "an import whose firm was changed since is not undone, and why is said"
else
  not_ok "an import whose firm was changed since is not undone, and why is said (rc=$rc)"
fi

# 8: bad usage.
run "$PASSERELLE" import undo extra --database "$db"
if [ "$rc" -eq 2 ]; then ok "import undo with a file is a usage error"; else not_ok "import undo with a file is a usage error (rc=$rc)"; fi

echo "1..$n"
[ "$failed" -eq 0 ]
