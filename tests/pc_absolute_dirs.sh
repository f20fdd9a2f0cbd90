#!/bin/sh
# eligo.pc when the install directories are given as absolute paths (as
# GNUInstallDirs allows and some packagers do: -DCMAKE_INSTALL_LIBDIR=
# /opt/eligo/lib64): installed where it was configured, it must name that
# libdir and includedir.  Configures a scratch tree only (nothing is built).
#   pc_absolute_dirs.sh BUILD_DIR CMAKE PKG_CONFIG  (from the source tree)
set -eu
build=$1 cmake=$2 pkg_config=$3
work=$build/pc-absolute-test
rm -rf "$work"
prefix=$work/opt/eligo
fail() { echo "pc_absolute_dirs: $*" >&2; exit 1; }
"$cmake" -S . -B "$work/build" -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR="$prefix/lib64" \
    -DELG_BUILD_TESTS=OFF >/dev/null ||
    fail "cannot configure with absolute install directories"
mkdir -p "$prefix/lib64/pkgconfig"
cp "$work/build/eligo.pc" "$prefix/lib64/pkgconfig/"
for var in libdir:lib64 includedir:include; do
    got=$(PKG_CONFIG_PATH="$prefix/lib64/pkgconfig" "$pkg_config" --variable="${var%%:*}" eligo)
    [ "$(realpath -m "$got")" = "$prefix/${var#*:}" ] || fail "${var%%:*} is $got; expected $prefix/${var#*:}"
done
rm -rf "$work"
echo "eligo.pc: libdir and includedir as configured"
