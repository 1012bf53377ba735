#!/bin/sh
# Fails if a translatable string of the program has no French translation:
# the strings are extracted afresh from the sources listed in POTFILES.in,
# merged with fr.po, and every message must be translated and not fuzzy.
set -eu
src="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"
xgettext --from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --files-from="$tmp/files" --output="$tmp/passerelle.pot" 2>"$tmp/xgettext.log"
msgmerge --quiet --no-fuzzy-matching po/fr.po "$tmp/passerelle.pot" -o "$tmp/fr.po"
stats=$(msgfmt --statistics -o /dev/null "$tmp/fr.po" 2>&1)
echo "fr.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "Missing French translations:" >&2
    msgattrib --untranslated --no-obsolete "$tmp/fr.po" | grep '^msgid' | head -50 >&2
    exit 1 ;;
esac
msgfmt --check -o /dev/null po/fr.po
# French typography, the same in every message: curly apostrophes, and a
# space before the colon after a command's name ("passerelle report : …").
awk '/^msgstr/ { s = 1 } /^(msgid|msgctxt|#)/ { s = 0 }
     s && (/[[:alpha:]]'"'"'[[:alpha:]]/ || /passerelle [a-z-]+:/) { print "po/fr.po:" NR ": " $0; bad = 1 }
     END { exit bad }' po/fr.po || { echo "French punctuation differs from the rest (above)" >&2; exit 1; }
