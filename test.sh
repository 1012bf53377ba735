#!/bin/sh
# Installs what the tests need, builds Passerelle, and runs the whole test
# suite headless (Xvfb and a private session bus), in a throw-away home.
#   ./test.sh [SUITE…]              in ./build
#   ./test.sh --sanitize [SUITE…]   in ./build-asan, built with AddressSanitizer and
#                                   UndefinedBehaviorSanitizer (slow: not part of the default run)
#   ./test.sh --package             builds the Debian package in a scratch copy and checks
#                                   what it installs (slow: not part of the default run)
set -eu
cd "$(dirname "$0")"
if [ "${1:-}" = "--package" ]; then
  sh tools/install-deps.sh package
  sh tools/build-package.sh
  # The last released version (0.2.0), to check the upgrade from it.
  sh tools/build-package.sh --ref 5d9ae98daf
  # Installed in a fresh Debian 12 as on a new desktop (needs root and Debian's archive).
  sh tools/check-install.sh "$(ls -t dist/passerelle_*.deb | head -1)" dist/older/passerelle_0.2.0_amd64.deb
  exit
fi
sh tools/install-deps.sh test
build=build
if [ "${1:-}" = "--sanitize" ]; then
  shift
  build=build-asan
  if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" -Dwerror=true -Db_sanitize=address,undefined
  fi
  ninja -C "$build"
  # Leaks of the libraries' own caches are suppressed (tests/lsan.supp);
  # any undefined behaviour stops the test that meets it.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0"
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export GDK_DEBUG=gl-disable
else
  sh tools/build.sh
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

status=0
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- meson test -C "$build" --print-errorlogs "$@" || status=$?

# One closing line that any reader of the log understands.
python3 - "$build/meson-logs/testlog.json" <<'PY'
import json, sys
results = [json.loads(line)["result"] for line in open(sys.argv[1]) if line.strip()]
passed = sum(r in ("OK", "EXPECTEDFAIL") for r in results)
skipped = sum(r == "SKIP" for r in results)
print(f"{passed} passed, {len(results) - passed - skipped} failed, {skipped} skipped")
PY
exit $status
