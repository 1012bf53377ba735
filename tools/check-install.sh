#!/bin/sh
# Installs the package in a fresh Debian 12 root, as on a new desktop, and
# checks that it works there: the version, a headless command that makes the
# user's file under ~/.local/share/passerelle/, the window opened from the
# desktop file's Exec line under Xvfb (a screenshot of the first start, in
# French), and an upgrade to a later version that keeps the user's file.
#   sh tools/check-install.sh [dist/passerelle_VERSION_ARCH.deb [OLDER.deb]]
# With an older package (built from an earlier version by
# tools/build-package.sh --ref), the user's file is made by the older
# program and the upgrade is the real one: its migrations and their backup.
# Needs root (debootstrap, chroot) and Debian's archive.  The downloaded base
# system is kept in /var/cache/passerelle-check; the root is new each time.
# The screenshot is left in dist/check-install-first-start.png.
set -eu
cd "$(dirname "$0")/.."
top=$PWD
deb=${1:-$(ls -t dist/passerelle_*.deb 2>/dev/null | head -1)}
older=${2:-}
mirror=${PASSERELLE_MIRROR:-http://deb.debian.org/debian}
cache=/var/cache/passerelle-check
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  echo "No package to install: build it first with ./test.sh --package (or sh tools/build-package.sh)." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Installing in a fresh Debian 12 root needs root (debootstrap, chroot): run this as root." >&2
  exit 1
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }

scratch=$(mktemp -d /var/tmp/passerelle-check.XXXXXX)
root=$scratch/root
cleanup () {
  for m in var/cache/apt/archives dev/shm dev/pts sys proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# A fresh base system; its packages are downloaded once.
mkdir -p "$cache"
if [ ! -f "$cache/bookworm-minbase.tgz" ]; then
  echo "Downloading Debian 12 (once)…"
  debootstrap --variant=minbase --make-tarball="$cache/bookworm-minbase.tgz.part" \
    bookworm "$scratch/tarball" "$mirror" > "$scratch/debootstrap.log" 2>&1 || {
    tail -20 "$scratch/debootstrap.log" >&2; exit 1; }
  mv "$cache/bookworm-minbase.tgz.part" "$cache/bookworm-minbase.tgz"
fi
echo "Making a fresh Debian 12 root…"
debootstrap --variant=minbase --unpack-tarball="$cache/bookworm-minbase.tgz" \
  bookworm "$root" "$mirror" > "$scratch/debootstrap.log" 2>&1 || {
  tail -20 "$scratch/debootstrap.log" >&2; exit 1; }
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs shm "$root/dev/shm"
# The packages downloaded are kept for the next run (the root is new anyway).
mkdir -p "$cache/archives/partial"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat > "$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF

in_root () { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
# As the desktop's user, in French, with no keyring in this bare root.
as_user () {
  chroot --userspec=camille:camille "$root" env -i PATH=/usr/bin:/bin HOME=/home/camille \
    LANG=fr_FR.UTF-8 PASSERELLE_NO_KEYRING=1 "$@"
}

echo "Installing $(basename "$deb") and what it depends on…"
cp "$deb" "$root/tmp/"
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > "$root/etc/apt/apt.conf.d/keep-cache"
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
in_root apt-get update -q > "$scratch/apt.log" 2>&1 || { tail -20 "$scratch/apt.log" >&2; exit 1; }
# What a desktop has and the check uses: the French locale, an X server,
# a session bus, a screenshot, sqlite3 to look into the user's file.
in_root apt-get install -y -q locales xvfb xauth x11-apps x11-utils dbus sqlite3 procps \
  > "$scratch/apt.log" 2>&1 || { tail -20 "$scratch/apt.log" >&2; exit 1; }
sed -i 's/^# *fr_FR.UTF-8 UTF-8/fr_FR.UTF-8 UTF-8/' "$root/etc/locale.gen"
in_root locale-gen > /dev/null
in_root apt-get install -y -q "/tmp/$(basename "$deb")" > "$scratch/apt.log" 2>&1 || {
  tail -20 "$scratch/apt.log" >&2; exit 1; }
in_root useradd -m -s /bin/sh camille

status=0
fail () { echo "check-install: $*" >&2; status=1; }
version=$(dpkg-deb -f "$deb" Version)

# 1. The version, as the package says.
got=$(as_user passerelle --version) || fail "passerelle --version failed"
[ "$got" = "passerelle ${version%%-*}" ] || fail "passerelle --version says “$got”, the package is $version"

# 2. A headless command makes the user's own file, and writes into it.
userdb=/home/camille/.local/share/passerelle/passerelle.db
printf 'Raison sociale;Commune\nBoulangerie Lemoine;Figeac\n' > "$root/home/camille/firmes.csv"
in_root chown camille:camille /home/camille/firmes.csv
as_user passerelle import firms /home/camille/firmes.csv > "$scratch/import.log" 2>&1 \
  || { cat "$scratch/import.log" >&2; fail "importing a firm into the user's file failed"; }
[ -f "$root$userdb" ] || fail "no file under ~/.local/share/passerelle/ after a first command"
schema () { in_root sqlite3 "$userdb" "PRAGMA user_version;"; }
new_schema=$(schema)
firms () { in_root sqlite3 "$userdb" "SELECT legal_name FROM company WHERE deleted_at IS NULL ORDER BY legal_name;"; }
[ "$(firms)" = "Boulangerie Lemoine" ] || fail "the imported firm is not in the user's file: “$(firms)”"
as_user passerelle report activity --from 2026-01-01 --to 2026-12-31 --output /home/camille/activite.pdf > "$scratch/report.log" 2>&1 \
  || { cat "$scratch/report.log" >&2; fail "the activity report could not be printed"; }

# 3. The window, from the launcher's command line, on a new file: the
# first start greets the user in French.
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/io.github.passerelle.Passerelle.desktop" \
            | head -1 | sed 's/ %[A-Za-z]//g')
rm -f "$root$userdb"*
as_user sh -c "Xvfb :57 -screen 0 1366x768x24 -nolisten tcp >/tmp/xvfb.log 2>&1 & echo \$! >/tmp/xvfb.pid
  i=0; until xdpyinfo -display :57 >/dev/null 2>&1; do i=\$((i+1)); [ \$i -lt 300 ] || exit 1; sleep 0.1; done
  DISPLAY=:57 dbus-run-session -- $exec_line >/tmp/window.log 2>&1 & echo \$! >/tmp/window.pid" \
  || fail "Xvfb did not start in the Debian 12 root"
# The window is up when X knows it by its title and it has drawn something.
shot=$top/dist/check-install-first-start.png
i=0
while :; do
  i=$((i + 1))
  if as_user sh -c 'xwininfo -display :57 -root -tree | grep -q "Passerelle"' 2>/dev/null \
     && as_user xwd -display :57 -root -silent > "$scratch/shot.xwd" 2>/dev/null \
     && convert "xwd:$scratch/shot.xwd" "$shot" 2>/dev/null \
     && [ "$(convert "$shot" -format '%k' info:)" -gt 50 ]; then
    break
  fi
  [ $i -lt 600 ] || { fail "no Passerelle window after 60 s"; cat "$root/tmp/window.log" >&2; break; }
  sleep 0.1
done
[ -f "$root$userdb" ] || fail "the window did not make the user's file under ~/.local/share/passerelle/"
# The program opens the assistant on a file that holds no work and whose
# first start was never taken past its welcome (psl-first-start.c).
work=$(in_root sqlite3 "$userdb" "SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM company)
  + (SELECT count(*) FROM person) + (SELECT count(*) FROM partner)
  + (SELECT count(*) FROM meta WHERE key = 'first_start.step' AND value <> 'welcome');" 2>/dev/null || echo error)
[ "$work" = 0 ] || fail "the new file made by the window does not start with the assistant ($work)"
# The window closed, and the program with it, before the file is used again.
kill "$(cat "$root/tmp/window.pid")" 2>/dev/null || true
in_root pkill -x passerelle 2>/dev/null || true
i=0
while in_root pgrep -x passerelle > /dev/null; do
  i=$((i + 1)); [ $i -lt 300 ] || { fail "the program did not stop"; break; }; sleep 0.1
done
kill "$(cat "$root/tmp/xvfb.pid")" 2>/dev/null || true
echo "screenshot of the first start: $shot"

# 4. An upgrade keeps the user's file.  From an older package, the file is
# made by the older program and the newer one migrates it, keeping a backup
# as private as the file; without one, the same program under a later
# version number checks at least what the package manager does.
printf 'Raison sociale;Commune\nBoulangerie Lemoine;Figeac\nGarage du Célé;Cajarc\n' > "$root/home/camille/firmes2.csv"
in_root chown camille:camille /home/camille/firmes2.csv
if [ -n "$older" ]; then
  cp "$older" "$root/tmp/passerelle_older.deb"
  in_root dpkg -r passerelle > "$scratch/apt.log" 2>&1 || { tail -20 "$scratch/apt.log" >&2; fail "removing the package failed"; }
  rm -f "$root$userdb"*
  in_root apt-get install -y -q /tmp/passerelle_older.deb > "$scratch/apt.log" 2>&1 || {
    tail -20 "$scratch/apt.log" >&2; fail "the older package did not install"; }
  older_version=$(in_root dpkg-query -W -f '${Version}' passerelle)
  as_user passerelle import firms /home/camille/firmes2.csv > "$scratch/import.log" 2>&1 \
    || { cat "$scratch/import.log" >&2; fail "the older program could not import"; }
  before=$(firms); old_schema=$(schema)
  in_root apt-get install -y -q "/tmp/$(basename "$deb")" > "$scratch/apt.log" 2>&1 || {
    tail -20 "$scratch/apt.log" >&2; fail "the upgrade from $older_version did not install"; }
  [ "$(in_root dpkg-query -W -f '${Version}' passerelle)" = "$version" ] || fail "the upgrade to $version is not installed"
  # The first command that writes migrates the file (a report only reads
  # it, and asks for the file to be opened once in the window before).
  printf 'Raison sociale;Commune\nScierie du Ségala;Latronquière\n' > "$root/home/camille/firmes3.csv"
  in_root chown camille:camille /home/camille/firmes3.csv
  as_user passerelle import firms /home/camille/firmes3.csv > "$scratch/import.log" 2>&1 \
    || { cat "$scratch/import.log" >&2; fail "the upgraded program cannot write into the user's file"; }
  as_user passerelle report activity --from 2026-01-01 --to 2026-12-31 --output /home/camille/activite2.pdf \
    > "$scratch/report.log" 2>&1 || { cat "$scratch/report.log" >&2; fail "the upgraded program cannot read the user's file"; }
  before=$(printf '%s\nScierie du Ségala\n' "$before" | LC_ALL=C sort)
  [ "$(schema)" = "$new_schema" ] || fail "the user's file is at schema $(schema) after the upgrade, not $new_schema (was $old_schema)"
  backup=$(ls "$root/home/camille/.local/share/passerelle/" | grep "^passerelle.db.avant-v.*\.bak$" | head -1)
  if [ "$old_schema" = "$new_schema" ]; then
    [ -z "$backup" ] || fail "a backup $backup was made though the schema did not change"
  elif [ -z "$backup" ]; then
    fail "no backup of the user's file before its migration"
  else
    mode=$(stat -c %a "$root/home/camille/.local/share/passerelle/$backup")
    [ "$mode" = 600 ] || fail "the backup $backup is readable by others (mode $mode)"
  fi
  echo "upgrade from $older_version to $version: schema $old_schema → $(schema), backup $backup"
else
  as_user passerelle import firms /home/camille/firmes2.csv > /dev/null 2>&1 || true
  before=$(firms)
  newer=$scratch/newer
  dpkg-deb -R "$deb" "$newer"
  sed -i "s/^Version: .*/Version: ${version}+upgrade1/" "$newer/DEBIAN/control"
  dpkg-deb -b "$newer" "$root/tmp/passerelle_upgrade.deb" > /dev/null
  in_root apt-get install -y -q /tmp/passerelle_upgrade.deb > "$scratch/apt.log" 2>&1 || {
    tail -20 "$scratch/apt.log" >&2; fail "the upgrade did not install"; }
  [ "$(in_root dpkg-query -W -f '${Version}' passerelle)" = "${version}+upgrade1" ] || fail "the upgrade is not installed"
  as_user passerelle report activity --from 2026-01-01 --to 2026-12-31 --output /home/camille/activite2.pdf > /dev/null 2>&1 \
    || fail "the upgraded program cannot open the user's file"
fi
[ -n "$before" ] && [ "$(firms)" = "$before" ] || fail "the upgrade lost the user's data: “$(firms)”, was “$before”"

[ $status -eq 0 ] && echo "install on a fresh Debian 12: OK"
exit $status
