#!/usr/bin/env bash
# eligo beside DuckDB on the same screening job (bench/README.md).
#
#   bench/compare.sh [ROWS] [RUNS]        (defaults: 1000000 candidates, 5 runs each)
#
# Generates the candidate file (seed 1), then alternately runs
#   eligo screen  - every candidate against all five seed posts, CSV report to a file, 2 threads
#   DuckDB (npm @duckdb/node-api, 2 threads) - post 251816 in SQL (bench/duckdb_251816.mjs), CSV written
# prints both medians and the ratio, and checks that both give the same status
# to every candidate on 251816.  BUILD (default build/) is the cmake build
# directory; OUT (default bench/out/) holds the files.  Times are wall-clock:
# eligo's whole process, DuckDB's query (node's start-up and the lookup
# tables excluded).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD:-$root/build}
out=${OUT:-$here/out}
rows=${1:-1000000}
runs=${2:-5}
mkdir -p "$out" "$here/.duckdb"

if [ ! -x "$build/eligo" ] || [ ! -x "$build/bench/eligo-bench" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j2 >/dev/null
fi
if [ ! -d "$here/.duckdb/node_modules/@duckdb/node-api" ]; then
    [ -f "$here/.duckdb/package.json" ] || echo '{"private": true}' > "$here/.duckdb/package.json"
    (cd "$here/.duckdb" && npm install --no-audit --no-fund @duckdb/node-api@1.5.6-r.1 >/dev/null)
fi

csv="$out/candidates-$rows.csv"
[ -f "$csv" ] || "$build/bench/eligo-bench" --write-csv "$csv" --rows "$rows" --seed 1 >/dev/null
echo "file: $csv ($(stat -c %s "$csv") bytes, $rows candidates)"

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
eligo_times=()
duck_times=()
for i in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$build/eligo" screen -c "$csv" -f csv -o "$out/eligo.csv" -j 2 2>/dev/null
    t1=$(date +%s.%N)
    e=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}')
    d=$(node "$here/duckdb_251816.mjs" run "$csv" "$out/duckdb.csv" 2 | sed 's/.*"query_s":\([0-9.]*\).*/\1/')
    printf 'run %d: eligo %.3f s (5 posts), duckdb %.3f s (1 post)\n' "$i" "$e" "$d"
    eligo_times+=("$e")
    duck_times+=("$d")
done
em=$(printf '%s\n' "${eligo_times[@]}" | median)
dm=$(printf '%s\n' "${duck_times[@]}" | median)
printf 'median: eligo %.3f s for 5 posts, duckdb %.3f s for 1 post; duckdb / eligo = %.2f\n' "$em" "$dm" \
    "$(awk -v a="$dm" -v b="$em" 'BEGIN {print a / b}')"

echo "checking every candidate's status on 251816 ..."
node "$here/duckdb_251816.mjs" check "$out/duckdb.csv" "$out/eligo.csv"
