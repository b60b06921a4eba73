#!/usr/bin/env bash
# Builds the Windows SDK InviteDesk cross-compiles against, from sources, with MinGW-w64 (GCC, posix
# threads): qtbase 6.4.2 (Core, Gui, Widgets, Network with Schannel, Sql with SQLite, Test), QtWebSockets,
# QtHttpServer and QtNetworkAuth 6.4.2, QtKeychain (Windows Credential Manager) and libqrencode.
# Host tools (moc, rcc, uic, lrelease) are Debian's own Qt 6.4.2.
#
#   packaging/windows/build-sdk.sh [--qthttpserver SRC] [--qtwebsockets SRC] [--qtnetworkauth SRC]
#                                  [--qtkeychain SRC]
#
# SRC is a source folder, or a git directory (bare or not) holding the release tag; without it the
# public repository is cloned (needs internet). Debian's qt6-base, sqlite3 and qrencode sources come
# through `apt-get source` (a deb-src entry is added when missing).
#
# Everything lands in $INVITEDESK_WINDOWS_SDK (default ~/.cache/invitedesk/windows-sdk-6.4.2), sources and
# build trees under its work/ folder; each step leaves a stamp, so a second run reuses what is done.
# First run here (2 cores): qtbase ~25 minutes on a quiet machine (61 minutes measured while four other
# builds shared the cores), the add-on modules, QtKeychain and libqrencode ~6 minutes more; 2.5 GB of
# disk for sources and build trees (work/, removable afterwards) and 101 MB for the SDK itself.
set -euo pipefail
shopt -s inherit_errexit # a failure inside $(…) ends the script too
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../linux/ensure-build-deps.sh"

QT_VERSION=6.4.2
QTKEYCHAIN_TAG=v0.13.2
sdk=${INVITEDESK_WINDOWS_SDK:-$HOME/.cache/invitedesk/windows-sdk-$QT_VERSION}
work=$sdk/work
jobs=$(nproc 2>/dev/null || echo 2)

declare -A module_src=()
declare -A module_url=(
  [qthttpserver]=https://github.com/qt/qthttpserver.git
  [qtwebsockets]=https://github.com/qt/qtwebsockets.git
  [qtnetworkauth]=https://github.com/qt/qtnetworkauth.git
  [qtkeychain]=https://github.com/frankosterfeld/qtkeychain.git
)
while [ $# -gt 0 ]; do
  case "$1" in
    --qthttpserver|--qtwebsockets|--qtnetworkauth|--qtkeychain)
      [ $# -ge 2 ] || { echo "build-sdk: $1 needs a folder" >&2; exit 2; }
      module_src[${1#--}]=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-sdk: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

INVITEDESK_WINDOWS_PACKAGES=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  ninja-build cmake pkg-config tcl dpkg-dev git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools
)
invitedesk_ensure_packages "${INVITEDESK_WINDOWS_PACKAGES[@]}"

mkdir -p "$work" "$sdk/stamps"
step_done() { [ -f "$sdk/stamps/$1" ]; }
mark_done() { date -u +%FT%TZ > "$sdk/stamps/$1"; }
say() { echo "build-sdk: $*" >&2; }

# Toolchain: MinGW-w64 with posix threads (std::thread, QThread), static libgcc left to the DLLs.
toolchain=$sdk/mingw-w64-x86_64.cmake
cat > "$toolchain" <<TOOLCHAIN
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $sdk)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
TOOLCHAIN

# Debian sources: qt6-base, sqlite3 (for the amalgamation the +dfsg qtbase lacks), qrencode.
ensure_deb_src() {
  if apt-get source --print-uris qt6-base >/dev/null 2>&1; then return 0; fi
  say "adding a deb-src entry for Debian's suites"
  local sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  local list=/etc/apt/sources.list.d/invitedesk-deb-src.sources
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | "${sudo[@]}" tee "$list" >/dev/null
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | "${sudo[@]}" tee "${list%.sources}.list" >/dev/null
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
}
debian_source() { # name -> prints the unpacked folder
  local name=$1 dir
  # Made first: under pipefail and inherit_errexit, a find in a missing folder would end the script.
  mkdir -p "$work/debsrc"
  dir=$(find "$work/debsrc" -maxdepth 1 -type d -name "$name-[0-9]*" | head -n1)
  if [ -z "$dir" ]; then
    ensure_deb_src
    if ! (cd "$work/debsrc" && apt-get source -qq "$name" >&2); then
      # The mirror may lack the small Debian packaging part (seen here for qrencode: 404) while the
      # upstream tarball arrived, checked against the .dsc's SHA-256 by apt: build from that.
      local orig
      orig=$(find "$work/debsrc" -maxdepth 1 -name "${name}_*.orig.tar.*" ! -name '*-www*' | head -n1)
      [ -n "$orig" ] || { say "apt-get source $name failed and brought no upstream tarball"; exit 1; }
      say "apt-get source $name was incomplete; using the upstream tarball $(basename "$orig")"
      tar -xf "$orig" -C "$work/debsrc"
    fi
    dir=$(find "$work/debsrc" -maxdepth 1 -type d -name "$name-[0-9]*" | head -n1)
  fi
  [ -n "$dir" ] || { say "apt-get source $name gave no folder"; exit 1; }
  echo "$dir"
}

# A Qt module or QtKeychain at its tag, unpacked under work/src/<name>.
module_source() { # name tag
  local name=$1 tag=$2 out=$work/src/$1 src=${module_src[$1]:-}
  if [ -f "$out/.unpacked-$tag" ]; then echo "$out"; return; fi
  rm -rf "$out"; mkdir -p "$out"
  if [ -z "$src" ]; then
    say "cloning ${module_url[$name]} at $tag"
    git clone -q --depth 1 --branch "$tag" "${module_url[$name]}" "$out.git" >&2
    src=$out.git
  fi
  if [ -f "$src/CMakeLists.txt" ] && ! git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
    cp -a "$src/." "$out/"
  else
    git -C "$src" archive --format=tar "$tag" | tar -x -C "$out"
  fi
  rm -rf "$out.git"
  touch "$out/.unpacked-$tag"
  echo "$out"
}

# 1. qtbase
if ! step_done qtbase; then
  qtbase=$(debian_source qt6-base)
  if [ ! -f "$qtbase/src/3rdparty/sqlite/sqlite3.c" ]; then
    sqlite=$(debian_source sqlite3)
    say "generating the SQLite amalgamation from $(basename "$sqlite")"
    mkdir -p "$work/sqlite-build"
    (cd "$work/sqlite-build" && "$sqlite/configure" -q >/dev/null && make -s sqlite3.c >/dev/null)
    mkdir -p "$qtbase/src/3rdparty/sqlite"
    cp "$work/sqlite-build/sqlite3.c" "$work/sqlite-build/sqlite3.h" "$qtbase/src/3rdparty/sqlite/"
  fi
  say "configuring qtbase (log: $work/qtbase-build/configure.log)"
  rm -rf "$work/qtbase-build"; mkdir -p "$work/qtbase-build"
  cmake -S "$qtbase" -B "$work/qtbase-build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$sdk" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_SHARED_LIBS=ON \
    -DFEATURE_dbus=OFF -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_tabletevent=OFF \
    -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=OFF -DFEATURE_sql_odbc=OFF \
    -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF \
    -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF -DFEATURE_xml=ON \
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_freetype=OFF \
    -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
    > "$work/qtbase-build/configure.log" 2>&1 || { tail -40 "$work/qtbase-build/configure.log"; exit 1; }
  say "building qtbase ($jobs jobs; ~25 minutes on 2 cores)"
  cmake --build "$work/qtbase-build" --parallel "$jobs" > "$work/qtbase-build/build.log" 2>&1 \
    || { tail -40 "$work/qtbase-build/build.log"; exit 1; }
  cmake --install "$work/qtbase-build" > /dev/null
  mark_done qtbase
fi

# 2. QtWebSockets (QtHttpServer needs it), QtHttpServer, QtNetworkAuth
for module in qtwebsockets qthttpserver qtnetworkauth; do
  step_done "$module" && continue
  src=$(module_source "$module" "v$QT_VERSION")
  say "building $module"
  rm -rf "$work/$module-build"; mkdir -p "$work/$module-build"
  (cd "$work/$module-build" && "$sdk/bin/qt-configure-module" "$src" -- -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
      > configure.log 2>&1) || { tail -40 "$work/$module-build/configure.log"; exit 1; }
  cmake --build "$work/$module-build" --parallel "$jobs" > "$work/$module-build/build.log" 2>&1 \
    || { tail -40 "$work/$module-build/build.log"; exit 1; }
  cmake --install "$work/$module-build" > /dev/null
  mark_done "$module"
done

# 3. QtKeychain: the Windows Credential Manager backend.
if ! step_done qtkeychain; then
  src=$(module_source qtkeychain "$QTKEYCHAIN_TAG")
  say "building QtKeychain $QTKEYCHAIN_TAG"
  rm -rf "$work/qtkeychain-build"
  "$sdk/bin/qt-cmake" -S "$src" -B "$work/qtkeychain-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$sdk" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF > "$work/qtkeychain.log" 2>&1 || { tail -40 "$work/qtkeychain.log"; exit 1; }
  cmake --build "$work/qtkeychain-build" --parallel "$jobs" >> "$work/qtkeychain.log" 2>&1 \
    || { tail -40 "$work/qtkeychain.log"; exit 1; }
  cmake --install "$work/qtkeychain-build" > /dev/null
  mark_done qtkeychain
fi

# 4. libqrencode (Debian's source; its own CMake build, the library only).
if ! step_done qrencode; then
  src=$(debian_source qrencode)
  say "building libqrencode"
  rm -rf "$work/qrencode-build"
  cmake -S "$src" -B "$work/qrencode-build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$sdk" -DBUILD_SHARED_LIBS=ON -DWITH_TOOLS=NO \
    -DWITH_TESTS=NO > "$work/qrencode.log" 2>&1 || { tail -40 "$work/qrencode.log"; exit 1; }
  cmake --build "$work/qrencode-build" --parallel "$jobs" >> "$work/qrencode.log" 2>&1 \
    || { tail -40 "$work/qrencode.log"; exit 1; }
  cmake --install "$work/qrencode-build" > /dev/null
  # Its CMake build puts the DLL beside the import library; Windows looks for DLLs in bin/.
  mv -f "$sdk/lib/libqrencode.dll" "$sdk/bin/"
  mark_done qrencode
fi

mark_done sdk
say "SDK ready in $sdk ($(du -sh --exclude=work "$sdk" | cut -f1))"
