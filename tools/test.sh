#!/bin/sh
# Build eligo three times and test each: release (the whole suite, valgrind
# included), AddressSanitizer + UndefinedBehaviorSanitizer (the whole suite),
# and clang with libFuzzer (each fuzz target for 15 seconds from its seeds and
# regression inputs).  Installs what is missing first.
set -eu
cd "$(dirname "$0")/.."
EXTRA_PACKAGES="clang libclang-rt-dev strace"
. tools/deps.sh
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DELG_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize --output-on-failure -j"$jobs"
CC=clang cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DELG_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$jobs"
ctest --test-dir build-fuzz -L fuzz --output-on-failure
