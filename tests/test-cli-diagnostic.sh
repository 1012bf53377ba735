#!/bin/sh
# test-cli-diagnostic.sh — passerelle diagnostic and the two documents of
# the service between structures: a structure's answers exported, imported
# once and replaced the second time, bad files refused and said, the
# comparison and an immersion convention printed.
set -eu

. "$(dirname "$0")/cli-lib.sh"

echo "1..13"

P="$PASSERELLE"

expect () { # expect RC DESCRIPTION PATTERN: the last command's code and stderr+stdout
  if [ "$rc" -eq "$1" ] && cat "$tmp/out" "$tmp/err" | grep -q -- "$3"; then ok "$2"; else not_ok "$2 (rc=$rc)"; fi
}

"$P" demo "$tmp/figeac.db" >/dev/null
"$P" demo "$tmp/rodez.db" >/dev/null

# 1-4: the second structure sends its answers; sent again, they replace the first
run "$P" diagnostic export --output "$tmp/rodez.psl-diag" --database "$tmp/rodez.db"
if [ "$rc" -eq 0 ] && grep -q '"grid_version" : 1' "$tmp/rodez.psl-diag"; then ok "export writes the file"; else not_ok "export writes the file (rc=$rc)"; fi
run "$P" diagnostic import "$tmp/rodez.psl-diag" --database "$tmp/figeac.db"
expect 0 "import reads another structure's answers" "sont importées"
run "$P" diagnostic import "$tmp/rodez.psl-diag" --database "$tmp/figeac.db"
expect 0 "imported again, they replace the first" "remplacent"
if [ "$(sql "$tmp/figeac.db" "SELECT count(*) FROM diagnostic_structure")" = 1 ]; then
  ok "one structure, not two"; else not_ok "one structure, not two"; fi

# 5-9: bad files and usage
sed 's/"grid_version" : 1/"grid_version" : 99/' "$tmp/rodez.psl-diag" > "$tmp/v99.psl-diag"
run "$P" diagnostic import "$tmp/v99.psl-diag" --database "$tmp/figeac.db"
expect 1 "an unknown grid version is refused" "version 99 du questionnaire"
run "$P" diagnostic export --output "$tmp/figeac.psl-diag" --database "$tmp/figeac.db"
run "$P" diagnostic import "$tmp/figeac.psl-diag" --database "$tmp/figeac.db"
expect 1 "a structure's own file is refused" "propres réponses"
printf 'pas un diagnostic' > "$tmp/bad.psl-diag"
run "$P" diagnostic import "$tmp/bad.psl-diag" --database "$tmp/figeac.db"
expect 1 "a file that is not a diagnostic is refused" "n’est pas un diagnostic"
run "$P" diagnostic export --database "$tmp/figeac.db"
expect 2 "export needs its file" "psl-diag"
run "$P" diagnostic compare --database "$tmp/figeac.db"
expect 2 "an unknown action is said" "action inconnue"

# 10-11: the comparison printed, and its tables
run "$P" report diagnostic --output "$tmp/diagnostic.pdf" --database "$tmp/figeac.db"
if [ "$rc" -eq 0 ] && [ -s "$tmp/diagnostic.pdf" ]; then ok "the comparison prints"; else not_ok "the comparison prints (rc=$rc)"; fi
run "$P" report diagnostic --output "$tmp/diagnostic.csv" --database "$tmp/figeac.db"
if [ "$rc" -eq 0 ] && grep -q "Mission locale" "$tmp/diagnostic.csv"; then ok "its tables go to CSV"; else not_ok "its tables go to CSV (rc=$rc)"; fi

# 12-13: the immersion convention
id=$(sql "$tmp/figeac.db" "SELECT id FROM placement WHERE kind = 'immersion' AND deleted_at IS NULL LIMIT 1")
run "$P" report convention --placement "$id" --output "$tmp/convention.pdf" --database "$tmp/figeac.db"
if [ "$rc" -eq 0 ] && [ -s "$tmp/convention.pdf" ]; then ok "an immersion's convention prints"; else not_ok "an immersion's convention prints (rc=$rc)"; fi
id=$(sql "$tmp/figeac.db" "SELECT id FROM placement WHERE kind = 'contract' AND deleted_at IS NULL LIMIT 1")
run "$P" report convention --placement "$id" --output "$tmp/contract.pdf" --database "$tmp/figeac.db"
expect 1 "a contract has no convention" "immersion seulement"

[ "$failed" -eq 0 ]
