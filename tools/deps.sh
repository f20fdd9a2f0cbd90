#!/bin/sh
# Install the Debian packages eligo needs that are missing (sourced by
# setup.sh and test.sh, which may add EXTRA_PACKAGES; uses sudo when not root).
PACKAGES="cmake gcc make pkg-config libcsv-dev libcjson-dev libglib2.0-dev libcmocka-dev valgrind ${EXTRA_PACKAGES:-}"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
