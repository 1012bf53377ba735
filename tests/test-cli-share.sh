#!/bin/sh
# test-cli-share.sh — passerelle share on the command line: two structures
# agree a frame, a pack goes from one to the other, and what is refused is
# said with its exit code.
set -eu

. "$(dirname "$0")/cli-lib.sh"

echo "1..9"

P="$PASSERELLE"
expect () { # expect RC DESCRIPTION PATTERN
  if [ "$rc" -eq "$1" ] && cat "$tmp/out" "$tmp/err" | grep -q -- "$3"; then ok "$2"; else not_ok "$2 (rc=$rc)"; fi
}

"$P" demo "$tmp/a.db" >/dev/null
"$P" demo "$tmp/b.db" >/dev/null
ka=$("$P" share key --database "$tmp/a.db")
kb=$("$P" share key --database "$tmp/b.db")
if [ -n "$ka" ] && [ "$ka" != "$kb" ]; then ok "each structure has its own key"; else not_ok "each structure has its own key"; fi

run "$P" share export --partner "Cap emploi 46" --output "$tmp/p.psl-share" --database "$tmp/a.db"
expect 1 "no pack without a frame" "Aucun cadre de confidentialité"

run "$P" share frame --partner "Cap emploi 46" --from 01/12/2026 --to 31/12/2099 --database "$tmp/a.db"
expect 2 "a frame without the partner's key is bad usage" "partner-key"

run "$P" share frame --partner "Cap emploi 46" --from 01/12/2026 --to 31/12/2099 --partner-key "$kb" \
    --firms --opportunities --profiles --signed-by "Anne Delpech" --database "$tmp/a.db"
expect 0 "a frame is recorded" "est enregistré"
"$P" share frame --partner "France Travail Figeac" --from 01/12/2026 --to 31/12/2099 --partner-key "$ka" \
    --firms --opportunities --profiles --database "$tmp/b.db" >/dev/null

# The frame printed to be signed: what it lets go, and who signs.
run "$P" report frame --partner "Cap emploi 46" --output "$tmp/frame.pdf" --database "$tmp/a.db"
if [ "$rc" -eq 0 ] && pdftotext "$tmp/frame.pdf" - | tr '\n' ' ' | grep -q "Cadre de confidentialité.*Anne Delpech"; then
  ok "the frame prints to be signed"
else
  not_ok "the frame prints to be signed (rc=$rc)"
fi
run "$P" report frame --partner "Nulle part" --output "$tmp/none.pdf" --database "$tmp/a.db"
if [ "$rc" -eq 1 ] && [ ! -e "$tmp/none.pdf" ] && [ -s "$tmp/err" ]; then
  ok "no frame with an unknown partner, and no file"
else
  not_ok "no frame with an unknown partner, and no file (rc=$rc)"
fi

run "$P" share export --partner "Cap emploi 46" --output "$tmp/p.psl-share" --database "$tmp/a.db"
expect 0 "the pack is written" "ne le remettez"
firm=$(sqlite3 -readonly "$tmp/a.db" "SELECT legal_name FROM company ORDER BY legal_name LIMIT 1;")
if grep -a -q -- "$firm" "$tmp/p.psl-share"; then not_ok "the pack holds nothing in clear"; else ok "the pack holds nothing in clear"; fi

run "$P" share import "$tmp/p.psl-share" --database "$tmp/b.db"
expect 0 "the partner reads it" "France Travail Figeac"

exit $([ "$failed" -eq 0 ] && echo 0 || echo 1)
