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

echo "1..$n"
[ "$failed" -eq 0 ]
