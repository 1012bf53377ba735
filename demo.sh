#!/bin/sh
# Installs what Passerelle needs, builds it, and opens it on a demo database.
#   ./demo.sh            the demo database (made on first run)
#   ./demo.sh FILE.db    your own database
set -eu
cd "$(dirname "$0")"
sh tools/install-deps.sh run
sh tools/build.sh

data="${XDG_DATA_HOME:-$HOME/.local/share}/passerelle"
database="${1:-$data/demo.db}"
if [ $# -eq 0 ] && [ ! -s "$database" ]; then
  mkdir -p "$data"
  ./build/src/passerelle demo "$database"
fi

# Run from the build tree: schema and translations from there, in French.
export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
export PASSERELLE_LOCALEDIR="$PWD/build/po"
export LANGUAGE="${PASSERELLE_LANGUAGE:-fr}"
case "${LANG:-}" in *UTF-8*|*utf8*) ;; *) export LANG=C.UTF-8 ;; esac
exec ./build/src/passerelle --database "$database"
