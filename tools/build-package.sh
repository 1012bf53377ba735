#!/bin/sh
# Builds the Debian package from the committed sources in a scratch copy
# (dpkg-buildpackage writes beside the source tree), and lists and checks
# what it installs.  The .deb is left in ./dist.
#   sh tools/build-package.sh
#   sh tools/build-package.sh --ref REF   an earlier version, from the commit
#       REF, to check the upgrade from it: left in ./dist/older, built once.
set -eu
cd "$(dirname "$0")/.."
top=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p dist "$scratch/src"
ref=
if [ "${1:-}" = "--ref" ]; then
  ref=${2:?"--ref needs a commit"}
  git rev-parse --verify -q "$ref^{commit}" > /dev/null \
    || { echo "No commit $ref in this clone (a shallow clone lacks the history: git fetch --unshallow)." >&2; exit 1; }
fi

# A missing build dependency is named by dpkg-checkbuilddeps before anything is built.
if ! dpkg-checkbuilddeps 2>"$scratch/deps"; then
  cat "$scratch/deps" >&2
  echo "Install them with: sudo apt-get build-dep ./   (or sh tools/install-deps.sh package)" >&2
  exit 1
fi

if [ -n "$ref" ]; then
  git archive "$ref" | tar -xf - -C "$scratch/src"
  version=$(dpkg-parsechangelog -l "$scratch/src/debian/changelog" -S Version)
  deb="passerelle_${version}_$(dpkg-architecture -qDEB_HOST_ARCH).deb"
  mkdir -p dist/older
  if [ ! -f "dist/older/$deb" ]; then
    (cd "$scratch/src" && dpkg-buildpackage -us -uc -b) > "$scratch/build.log" 2>&1 || {
      tail -40 "$scratch/build.log" >&2; exit 1; }
    cp "$scratch/$deb" dist/older/
  fi
  echo "dist/older/$deb"
  exit 0
fi

# The working tree as it is (committed or not), without the build folders.
tar --exclude=./build --exclude=./build-asan --exclude=./dist --exclude=./.git -cf - . \
  | tar -xf - -C "$scratch/src"
(cd "$scratch/src" && dpkg-buildpackage -us -uc -b) > "$scratch/build.log" 2>&1 || {
  tail -40 "$scratch/build.log" >&2; exit 1; }

version=$(dpkg-parsechangelog -l debian/changelog -S Version)
deb="passerelle_${version}_$(dpkg-architecture -qDEB_HOST_ARCH).deb"
cp "$scratch/$deb" dist/
echo "dist/$deb"

# What the package must hold: the program, its desktop file and metainfo,
# both icons, the schema, the French catalogue and the help with its pictures.
dpkg-deb -c "dist/$deb" | awk '{ print $6 }' | sed 's|^\./|/|' > "$scratch/contents"
status=0
for path in /usr/bin/passerelle \
            /usr/share/applications/io.github.passerelle.Passerelle.desktop \
            /usr/share/metainfo/io.github.passerelle.Passerelle.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.passerelle.Passerelle.svg \
            /usr/share/icons/hicolor/symbolic/apps/io.github.passerelle.Passerelle-symbolic.svg \
            /usr/share/glib-2.0/schemas/io.github.passerelle.Passerelle.gschema.xml \
            /usr/share/locale/fr/LC_MESSAGES/passerelle.mo \
            /usr/share/help/C/passerelle/index.page \
            /usr/share/help/C/passerelle/premier-demarrage.page \
            /usr/share/help/C/passerelle/figures/accueil.png; do
  grep -qx "$path" "$scratch/contents" || { echo "missing from the package: $path" >&2; status=1; }
done
if grep -q '/usr/bin/passerelle-bench' "$scratch/contents"; then
  echo "the benchmark is in the package" >&2; status=1
fi

# The installed files validate as the desktop reads them.
dpkg-deb -x "dist/$deb" "$scratch/root"
desktop-file-validate "$scratch/root/usr/share/applications/io.github.passerelle.Passerelle.desktop" || status=1
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/io.github.passerelle.Passerelle.metainfo.xml" || status=1
glib-compile-schemas --strict --dry-run "$scratch/root/usr/share/glib-2.0/schemas" || status=1
msgunfmt "$scratch/root/usr/share/locale/fr/LC_MESSAGES/passerelle.mo" | grep -q 'Bienvenue dans Passerelle' \
  || { echo "the French catalogue lacks the first start" >&2; status=1; }
dpkg-deb -f "dist/$deb" Depends | grep -q 'libadwaita-1-0' \
  || { echo "the package does not depend on libadwaita" >&2; status=1; }
"$scratch/root/usr/bin/passerelle" --version | grep -qx "passerelle $(echo "$version" | sed 's/-.*//')" \
  || { echo "the program's version is not the package's" >&2; status=1; }
[ $status -eq 0 ] && echo "package contents: OK"
exit $status
