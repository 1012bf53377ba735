# cli-lib.sh — what the shell tests of the passerelle program share: a
# throw-away home, TAP lines, and running the program with its output kept.
# Sourced; PASSERELLE is the built program.

: "${PASSERELLE:?set PASSERELLE to the passerelle program}"

unset DISPLAY WAYLAND_DISPLAY || true
export GSETTINGS_BACKEND=memory

tmp=$(mktemp -d "${TMPDIR:-/tmp}/psl-test-cli-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
# Keep the program away from the user's own files.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
mkdir -p "$HOME"

n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  if [ -s "$tmp/out" ]; then sed 's/^/# stdout: /' "$tmp/out"; fi
  if [ -s "$tmp/err" ]; then sed 's/^/# stderr: /' "$tmp/err"; fi
  : >"$tmp/out"
  : >"$tmp/err"
}

# sql FILE QUERY: one value from an existing database, without ever creating it.
sql () {
  if [ -f "$1" ]; then sqlite3 -readonly "$1" "$2" 2>/dev/null || echo 0; else echo 0; fi
}

checksum () {
  if [ -f "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo missing; fi
}

# run CMD...: runs it, keeps its output in $tmp/out and $tmp/err, sets $rc.
run () {
  rc=0
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
}
