#!/bin/sh
# Install what eligo needs on Debian 12, build it, and screen the bundled
# sample against the five bundled posts.  Safe to run again.
set -eu
cd "$(dirname "$0")/.."
PACKAGES="cmake gcc make pkg-config libcsv-dev libcjson-dev libglib2.0-dev libcmocka-dev valgrind"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
./build/eligo screen --candidates fixtures/candidates/sample.csv
