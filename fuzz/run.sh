#!/bin/sh
# Run a libFuzzer target of eligo for a given time.
#
#   sh fuzz/run.sh TARGET SECONDS [LIBFUZZER_OPTION...]
#   sh fuzz/run.sh all SECONDS            # every target, SECONDS each, two at a time
#
# TARGET is load, rules, screen or notice (fuzz/fuzz_TARGET.c).  The build
# (clang, ASan + UBSan + libFuzzer) goes to $ELG_FUZZ_BUILD (default
# build-fuzz/); it is configured and built when needed.  The corpus grows in
# $ELG_FUZZ_BUILD/fuzz-corpus/TARGET and is kept between runs; seeds come from
# fixtures/fuzz/TARGET/ and the fixtures the target reads.  Findings (crash-*,
# timeout-*, oom-*, leak-*) land in $ELG_FUZZ_BUILD/fuzz-artifacts/TARGET/: a
# finding ends the run (exit 1) unless ELG_FUZZ_KEEP_GOING=1, which runs in
# fork mode and collects every finding until the time is up.  ELG_FUZZ_NO_BUILD=1
# skips the build step (use it while another run uses the same build).  Keep each
# finding as fixtures/fuzz/TARGET/regress/NAME once fixed:
# tests/test_fuzz_regressions.c replays them in the regular suite.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${ELG_FUZZ_BUILD:-$ROOT/build-fuzz}
TARGETS="load rules screen"
[ -f "$ROOT/engine/notice.c" ] && TARGETS="$TARGETS notice"

usage() {
    echo "usage: sh fuzz/run.sh TARGET|all SECONDS [LIBFUZZER_OPTION...]  (targets: $TARGETS)" >&2
    exit 1
}
[ $# -ge 2 ] || usage
TARGET=$1
SECONDS_EACH=$2
shift 2
case $SECONDS_EACH in '' | *[!0-9]*) usage ;; esac

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DELG_FUZZ=ON >/dev/null
fi
# ELG_FUZZ_NO_BUILD=1 runs the build as it is: rebuilding under a running
# fuzzer replaces the binary its fork mode starts jobs from
[ "${ELG_FUZZ_NO_BUILD:-0}" = 1 ] || cmake --build "$BUILD" -j"$(nproc)" >/dev/null

if [ "$TARGET" = all ]; then
    # two at a time: one per core on the 2-core machines this runs on
    status=0
    printf '%s\n' $TARGETS | xargs -P 2 -I{} sh "$0" {} "$SECONDS_EACH" "$@" || status=1
    exit $status
fi
case " $TARGETS " in *" $TARGET "*) ;; *) usage ;; esac

FIX=$ROOT/fixtures
case $TARGET in
    load | screen) EXTRA="$FIX/candidates $FIX/candidates/variants $FIX/bad"; MAXLEN=16384 ;;
    rules) EXTRA="$ROOT/rules/posts"; MAXLEN=16384 ;;
    notice) EXTRA=""; MAXLEN=65536 ;;
esac
CORPUS=$BUILD/fuzz-corpus/$TARGET
ARTIFACTS=$BUILD/fuzz-artifacts/$TARGET
LOGS=$BUILD/fuzz-logs
mkdir -p "$CORPUS" "$ARTIFACTS" "$LOGS"
# libFuzzer stops at a missing directory; git keeps no empty regress/
SEEDS=""
for d in "$FIX/fuzz/$TARGET/seeds" "$FIX/fuzz/$TARGET/regress"; do
    if [ -d "$d" ]; then SEEDS="$SEEDS $d"; fi
done
before=$(ls "$ARTIFACTS" | wc -l)

MODE=""
if [ "${ELG_FUZZ_KEEP_GOING:-0}" = 1 ]; then
    MODE="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
fi
LOG=$LOGS/$TARGET.$(date +%Y%m%d-%H%M%S).log
echo "fuzz_$TARGET: $SECONDS_EACH s, log $LOG"
# -timeout: one input taking 10 s is a hang; -rss_limit_mb: memory must stay
# proportional to the data, never to a value in it.
set +e
ELIGO_DATA_DIR=$ROOT/rules ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    "$BUILD/fuzz/fuzz_$TARGET" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -max_len=$MAXLEN -dict="$ROOT/fuzz/$TARGET.dict" -artifact_prefix="$ARTIFACTS/" \
    -print_final_stats=1 $MODE "$@" \
    "$CORPUS" $SEEDS $EXTRA >"$LOG" 2>&1
rc=$?
set -e
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|Done [0-9]+ runs' "$LOG" | sed "s/^/fuzz_$TARGET: /" || true
after=$(ls "$ARTIFACTS" | wc -l)
if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "fuzz_$TARGET: FINDINGS (exit $rc) in $ARTIFACTS; reproduce with" >&2
    echo "  ELIGO_DATA_DIR=$ROOT/rules $BUILD/fuzz/fuzz_$TARGET ARTIFACT" >&2
    grep -E 'ERROR|contract violated|SUMMARY' "$LOG" | head -5 >&2 || true
    exit 1
fi
echo "fuzz_$TARGET: no finding"
