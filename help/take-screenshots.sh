#!/bin/sh
# Takes the help's pictures (help/C/figures/*.png) from the program itself,
# on the demo database and on a new empty file, under Xvfb at 1366 × 768, so
# that they show the program as it is.  Run after building:
#   sh help/take-screenshots.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
figures=help/C/figures
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$figures" "$scratch/config/glib-2.0/settings" "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"

"$build/src/passerelle" demo "$scratch/demo.db" >/dev/null

export GSETTINGS_SCHEMA_DIR="$PWD/$build/data" GSETTINGS_BACKEND=keyfile
export PASSERELLE_LOCALEDIR="$PWD/$build/po" LANG=C.UTF-8 LANGUAGE=fr
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/runtime" GSK_RENDERER=cairo GDK_DEBUG=gl-disable NO_AT_BRIDGE=1
export FONTCONFIG_FILE="$PWD/tests/fonts.conf"

# Waits for the program's window, then for its page to be drawn, 30 s at most.
cat > "$scratch/shoot.sh" <<'SHOT'
#!/bin/sh
set -eu
out=$1; shift
"$@" &
pid=$!
deadline=$(( $(date +%s) + 30 ))
until xwininfo -root -tree | grep -q '"Passerelle'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "no window for $out" >&2; kill $pid; exit 1; }
  sleep 0.2
done
# The page has loaded when the screen is not blank and stays the same over
# three looks in a row (pages read their data on a worker thread).
same=0
: > "$out.a.png"
while [ "$same" -lt 3 ] && [ "$(date +%s)" -lt "$deadline" ]; do
  sleep 0.7
  import -window root "$out.b.png"
  if [ "$(convert "$out.b.png" -format '%[fx:standard_deviation>0.01]' info:)" = 1 ] \
     && cmp -s "$out.a.png" "$out.b.png"; then
    same=$((same + 1))
  else
    same=0
  fi
  mv "$out.b.png" "$out.a.png"
done
cp "$out.a.png" "$out.b.png"
kill $pid; wait $pid 2>/dev/null || true
# Half size: the help's column is narrow.
convert "$out.b.png" -resize 50% "$out"
rm -f "$out.a.png" "$out.b.png"
SHOT

shoot() {  # page database figure
  cat > "$scratch/config/glib-2.0/settings/keyfile" <<KEYS
[io/github/passerelle/Passerelle]
last-page='$1'
window-width=1366
window-height=768
KEYS
  xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" dbus-run-session -- \
    sh "$scratch/shoot.sh" "$figures/$3.png" "$build/src/passerelle" --database "$2"
  echo "$figures/$3.png"
}

shoot home "$scratch/demo.db" accueil
shoot schedule "$scratch/demo.db" echeancier
shoot companies "$scratch/demo.db" entreprises
shoot people "$scratch/demo.db" personnes
shoot placements "$scratch/demo.db" mises-en-relation
shoot map "$scratch/demo.db" carte
shoot reports "$scratch/demo.db" rapports
shoot home "$scratch/new.db" bienvenue
