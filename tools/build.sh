#!/bin/sh
# Configures (once) and builds Passerelle in ./build.  Warnings are errors.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
  meson setup build -Dwerror=true
fi
ninja -C build
