#!/bin/sh
# test-cli-hardening.sh — the passerelle program refuses what would lose or
# expose data, and says what is true.  Run by meson with PASSERELLE set to
# the built program; prints TAP (the plan at the end).
set -eu

. "$(dirname "$0")/cli-lib.sh"

printf 'Raison sociale;SIRET;Code postal\nBoulangerie Delmas;73282932000074;46100\n' >"$tmp/firms.csv"
db="$tmp/base.db"
run "$PASSERELLE" import firms "$tmp/firms.csv" --database "$db"

# Dates are read day first whatever the desktop's language.
LANGUAGE=en run "$PASSERELLE" report activity --from 13/01/2026 --to 31/01/2026 --output "$tmp/en.csv" --database "$db"
if [ "$rc" -eq 0 ] && [ -s "$tmp/en.csv" ]; then
  ok "an English desktop reads 13/01/2026 as the 13th of January"
else
  not_ok "an English desktop reads 13/01/2026 as the 13th of January (rc=$rc)"
fi
run "$PASSERELLE" report activity --from 01/01/2026xyz --to 31/01/2026 --output "$tmp/xyz.csv" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "01/01/2026" "$tmp/err" && [ ! -e "$tmp/xyz.csv" ]; then
  ok "a date followed by other characters is refused"
else
  not_ok "a date followed by other characters is refused (rc=$rc)"
fi

# Messages that say what is true.
run "$PASSERELLE" export calendar --output "$tmp/c.pdf" --database "$db"
if [ "$rc" -eq 2 ] && grep -q "\.ics" "$tmp/err" && [ ! -e "$tmp/c.pdf" ]; then
  ok "a calendar is not written into a .pdf"
else
  not_ok "a calendar is not written into a .pdf (rc=$rc)"
fi
run "$PASSERELLE" export map --output "$tmp/m.png" --database "$db"
if [ "$rc" -eq 2 ] && grep -q -- "--view target" "$tmp/err" && [ ! -e "$tmp/m.png" ]; then
  ok "a map picture without --view asks which one"
else
  not_ok "a map picture without --view asks which one (rc=$rc)"
fi
run "$PASSERELLE" export map --view target --output "$tmp/m.dot" --database "$db"
if [ "$rc" -eq 2 ] && grep -q "réseau" "$tmp/err" && [ ! -e "$tmp/m.dot" ]; then
  ok "the target is not written as DOT, which holds the network"
else
  not_ok "the target is not written as DOT, which holds the network (rc=$rc)"
fi
run "$PASSERELLE" raport activity
if [ "$rc" -eq 2 ] && grep -q "« raport »" "$tmp/err" && ! grep -qi "display\|affichage" "$tmp/err"; then
  ok "an unknown command is named as such, not as a missing display"
else
  not_ok "an unknown command is named as such, not as a missing display (rc=$rc)"
fi
mkdir "$tmp/dossier.db"
run "$PASSERELLE" report positioning --output "$tmp/p.pdf" --database "$tmp/dossier.db"
if [ "$rc" -eq 1 ] && grep -q "est un dossier" "$tmp/err"; then
  ok "a folder given as database is said to be a folder"
else
  not_ok "a folder given as database is said to be a folder (rc=$rc)"
fi
: >"$tmp/vide.db"
run "$PASSERELLE" report positioning --output "$tmp/p.pdf" --database "$tmp/vide.db"
if [ "$rc" -eq 1 ] && grep -q "est vide" "$tmp/err" && ! grep -q "ancienne" "$tmp/err" && [ ! -s "$tmp/vide.db" ]; then
  ok "an empty file is said to be empty, and stays empty"
else
  not_ok "an empty file is said to be empty, and stays empty (rc=$rc)"
fi
firm=$(sql "$db" "SELECT id FROM company LIMIT 1")
run "$PASSERELLE" report candidate --person personne-inconnue --company "$firm" --output "$tmp/cv.pdf" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "pas de personne d’identifiant « personne-inconnue »" "$tmp/err" && ! grep -q "accord" "$tmp/err"; then
  ok "an unknown person is said not to exist, not to have refused"
else
  not_ok "an unknown person is said not to exist, not to have refused (rc=$rc)"
fi
# flock(1) holds the lock a Passerelle window would hold, for as long as the command in it runs.
before=$(checksum "$db")
run flock "$db" "$PASSERELLE" import firms "$tmp/firms.csv" --database "$db"
if [ "$rc" -eq 1 ] && grep -q "dans une fenêtre ou une commande" "$tmp/err" && [ "$before" = "$(checksum "$db")" ]; then
  ok "a command refused by the lock names a window or a command"
else
  not_ok "a command refused by the lock names a window or a command (rc=$rc)"
fi
rm -f "$db-wal" "$db-shm"   # left by the sqlite3 shell of sql above, a reader too
run "$PASSERELLE" report positioning --output "$tmp/p.pdf" --database "$db"
if [ "$rc" -eq 0 ] && [ ! -e "$db-wal" ] && [ ! -e "$db-shm" ]; then
  ok "a report leaves no -wal or -shm file beside the file it read"
else
  not_ok "a report leaves no -wal or -shm file beside the file it read (rc=$rc)"
fi
run "$PASSERELLE" report bilan --output "$tmp/x.pdf" --database "$db"
if grep -q "^passerelle report : " "$tmp/err" && ! grep -q "^passerelle report: " "$tmp/err"; then
  ok "French messages put a space before the colon after the command"
else
  not_ok "French messages put a space before the colon after the command"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
