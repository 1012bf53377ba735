#!/bin/sh
# Installs the Debian 12 packages Passerelle needs: "run" for the program,
# "package" for building its Debian package too,
# "test" for the program and its test suite.  Installs only what is missing,
# so it can be run again at no cost.
set -eu

run_packages="build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev
  libxlsxwriter-dev libical-dev libcsv-dev libigraph-dev libsodium-dev libsecret-1-dev libzip-dev libxml2-dev
  desktop-file-utils appstream sqlite3 itstool yelp-tools"
test_packages="xvfb xauth dbus dbus-x11 libxml2-utils poppler-utils imagemagick
  at-spi2-core python3-pyatspi python3-openpyxl graphviz fonts-dejavu-core xdotool"

# What building the Debian package, and installing it in a fresh root, need beyond the program's own.
package_packages="debhelper dpkg-dev fakeroot debootstrap"

case "${1:-run}" in
  run)     wanted="$run_packages" ;;
  test)    wanted="$run_packages $test_packages" ;;
  package) wanted="$run_packages $test_packages $package_packages" ;;
  *)       echo "usage: $0 run|test|package" >&2; exit 2 ;;
esac

missing=""
for p in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    "install ok installed") ;;
    *) missing="$missing $p" ;;
  esac
done

[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
