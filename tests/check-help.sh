#!/bin/sh
# yelp-check CHECK on every page of the help; yelp-check prints what is wrong
# but exits 0 for "links" and "media", so any output fails the test.
set -eu
yelp_check=$1 check=$2 dir=$3
cd "$dir"
out=$("$yelp_check" "$check" *.page 2>&1) || { printf '%s\n' "$out"; exit 1; }
[ -z "$out" ] || { printf '%s\n' "$out"; exit 1; }
