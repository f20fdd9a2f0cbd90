#!/bin/sh
# The installed library as a program outside the project meets it: install
# into a fresh prefix (not the configured one: the library must find its
# tables from its own place), check that libeligo.so exports exactly the
# functions the public headers declare, build tests/installed/screen_sample.c
# with `pkg-config eligo` alone, and check that it screens as the tool does.
#   installed_library.sh BUILD_DIR CMAKE CC PKG_CONFIG [EXTRA_CFLAGS]  (from the source tree)
set -eu
build=$1 cmake=$2 cc=$3 pkg_config=$4 extra=${5:-}
work=$build/installed-test
rm -rf "$work"
"$cmake" --install "$build" --prefix "$work/prefix" >/dev/null
lib=$(find "$work/prefix" -name 'libeligo.so.*.*.*')
pc=$(find "$work/prefix" -name eligo.pc)
fail() { echo "installed_library: $*" >&2; exit 1; }
[ -n "$lib" ] && [ -n "$pc" ] || fail "no libeligo.so or eligo.pc installed"

export PKG_CONFIG_PATH="$(dirname "$pc")"
# the declarations as the compiler sees them (comments gone), each header included
for h in "$work/prefix/include/eligo/"*.h; do echo "#include <eligo/$(basename "$h")>"; done |
    # shellcheck disable=SC2046 # word splitting of the flags is meant
    $cc -E -P $($pkg_config --cflags eligo) -x c - >"$work/headers.i"
grep -o '\belg_[a-z0-9_]*[[:space:]]*(' "$work/headers.i" | tr -d ' (' | sort -u >"$work/declared"
nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sort >"$work/exported"
diff "$work/declared" "$work/exported" >&2 || fail "exported functions differ from the declared ones (< declared, > exported)"

# shellcheck disable=SC2046,SC2086 # word splitting of the flags is meant
$cc -std=c11 -Wall -Wextra -Werror $extra -o "$work/screen_sample" tests/installed/screen_sample.c \
    $($pkg_config --cflags --libs eligo) || fail "the sample does not build against the installed library"

export LD_LIBRARY_PATH="$(dirname "$lib")"
unset ELIGO_DATA_DIR
tables=$(cd "$work/prefix/share/eligo" && pwd -P)
for post in rules/posts/251816.json fixtures/notices/250717.txt; do
    if [ "${post%.json}" != "$post" ]; then given="--post $post"; else given="--notice $post --notice-date-order dmy"; fi
    "$work/screen_sample" fixtures/candidates/sample.csv "$post" >"$work/library.csv" 2>"$work/library.err" ||
        { cat "$work/library.err" >&2; fail "the sample failed on $post"; }
    grep -qx "tables: $tables" "$work/library.err" || fail "tables not read from $tables: $(head -1 "$work/library.err")"
    # shellcheck disable=SC2086
    "$build/eligo" screen -c fixtures/candidates/sample.csv $given -f csv -o "$work/tool.csv" 2>/dev/null
    cmp "$work/library.csv" "$work/tool.csv" || fail "the library's report on $post differs from eligo screen's"
    grep -q ": eligible [0-9]*, review [0-9]*, ineligible [0-9]*$" "$work/library.err" || fail "no counts for $post"
done
# a library found through a relative LD_LIBRARY_PATH (loaded as ./lib/..., a
# name relative to the directory the program started in) finds them too
src=$(pwd)
rel_lib=$(cd "$work/prefix" && dirname "$(find . -name 'libeligo.so.*.*.*')")
(cd "$work/prefix" && LD_LIBRARY_PATH=$rel_lib "$work/screen_sample" "$src/fixtures/candidates/sample.csv" \
    "$src/rules/posts/251816.json" >/dev/null 2>"$work/relative.err") ||
    { cat "$work/relative.err" >&2; fail "the sample failed with LD_LIBRARY_PATH=$rel_lib"; }
grep -qx "tables: $tables" "$work/relative.err" ||
    fail "with LD_LIBRARY_PATH=$rel_lib, tables not read from $tables: $(head -1 "$work/relative.err")"
# a program installed in another prefix that holds other tables (another
# eligo's, say /usr/local/share/eligo) still gets those of its library
mkdir -p "$work/other/bin" "$work/other/share/eligo"
cp -R "$work/prefix/share/eligo/reference" "$work/other/share/eligo/"
cp "$work/screen_sample" "$work/other/bin/"
"$work/other/bin/screen_sample" fixtures/candidates/sample.csv rules/posts/251816.json >/dev/null 2>"$work/other.err" ||
    { cat "$work/other.err" >&2; fail "the sample failed from another prefix"; }
grep -qx "tables: $tables" "$work/other.err" ||
    fail "from another prefix, tables not read from $tables: $(head -1 "$work/other.err")"
echo "installed library: $(basename "$lib"), $(wc -l <"$work/exported") functions, reports as the tool's"
