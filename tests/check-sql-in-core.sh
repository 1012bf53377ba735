#!/bin/sh
# check-sql-in-core.sh — SQL lives in src/core only.
#
# Fails when a C file of the window, the reports, the drawings, the command
# line or the benchmark (src/gui, src/report, src/draw, src/cli, src/bench,
# src/main.c) calls SQLite (sqlite3_…), includes <sqlite3.h> or core's
# private store header (psl-store-private.h), or holds a string that is an
# SQL statement ("SELECT …", "INSERT …", "PRAGMA …", or a piece of one:
# " FROM table", " WHERE column").  Such a file asks core instead.
#
# Before looking at the tree, the check is run on a scratch folder holding
# one file per kind of violation, and on one clean file: each violation
# must be found and the clean file passed, or the check itself is broken.
#
# Usage: check-sql-in-core.sh SOURCE_ROOT

set -u

root=${1:-.}

# The lines of the C files under the given paths that break the rule,
# as FILE:LINE:TEXT; nothing when all is well.
violations () {
  find "$@" -type f \( -name '*.c' -o -name '*.h' \) -print 2>/dev/null | sort | while read -r file; do
    grep -nHE \
      -e 'sqlite3_' \
      -e '#[[:space:]]*include[[:space:]]*[<"]sqlite3\.h[>"]' \
      -e 'psl-store-private\.h' \
      -e '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|WITH|CREATE|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|VACUUM|ATTACH)([[:space:];"]|\\n|$)' \
      -e '"[^"]*[[:space:]](FROM|WHERE|JOIN)[[:space:]]+[a-z_]+' \
      "$file"
  done
}

# ---- the check checked ----
scratch=$(mktemp -d "${TMPDIR:-/tmp}/check-sql-XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT INT TERM

printf 'static int n (void *db) { return sqlite3_changes (db); }\n' > "$scratch/call.c"
printf '#include <sqlite3.h>\n' > "$scratch/include.h"
printf '#include "psl-store-private.h"\n' > "$scratch/private.c"
printf 'static const char *q = "SELECT id FROM company;";\n' > "$scratch/select.c"
printf 'static const char *q = "  PRAGMA journal_mode = DELETE;";\n' > "$scratch/pragma.c"
printf 'static const char *q = "INSERT INTO t VALUES (1);";\n' > "$scratch/insert.c"
printf 'static const char *q = "WITH x AS (SELECT 1) SELECT * FROM x";\n' > "$scratch/with.c"
printf 'static const char *q = "count(*)"\n  " FROM person WHERE deleted_at IS NULL";\n' > "$scratch/piece.c"
# Words of the window that look like SQL but are not.
printf 'static const char *a = N_("Select a firm");\nstatic const char *b = "BEGIN:VCALENDAR";\nstatic const char *c = N_("Delete the note?");\nstatic const char *d = "Updated from the file";\n' > "$scratch/clean.c"

found=$(violations "$scratch")
for kind in call.c include.h private.c select.c pragma.c insert.c with.c piece.c; do
  if ! printf '%s\n' "$found" | grep -q "/$kind:"; then
    echo "check-sql-in-core.sh is broken: the violation planted in $kind was not found" >&2
    exit 1
  fi
done
if printf '%s\n' "$found" | grep -q '/clean.c:'; then
  echo "check-sql-in-core.sh is broken: a clean file was taken for SQL:" >&2
  printf '%s\n' "$found" | grep '/clean.c:' >&2
  exit 1
fi

# ---- the tree ----
found=$(violations "$root/src/gui" "$root/src/report" "$root/src/draw" "$root/src/cli" "$root/src/bench" "$root/src/main.c")
if [ -n "$found" ]; then
  echo "SQL outside src/core: these lines should ask a function of core instead (see HACKING.md):" >&2
  printf '%s\n' "$found" >&2
  exit 1
fi
echo "No SQL outside src/core."
