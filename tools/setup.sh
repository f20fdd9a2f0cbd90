#!/bin/sh
# Install what eligo needs on Debian 12, build it, and screen the bundled
# sample against the five bundled posts.  Safe to run again.
set -eu
cd "$(dirname "$0")/.."
. tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
./build/eligo screen --candidates fixtures/candidates/sample.csv
