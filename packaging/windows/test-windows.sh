#!/usr/bin/env bash
# ./test --windows: the whole suite on Windows, from this Linux machine. Builds the MinGW-w64 SDK when
# missing (build-sdk.sh; its options pass through), cross-builds InviteDesk into build/windows with
# warnings as errors, runs every test under Wine (offscreen, a private Wine prefix under
# build/windows), then builds the NSIS installer, installs it silently for the current user, runs the
# installed invitedesk.exe (--version, and a start on the sandbox portal that quits when ready) and
# uninstalls it again. Not part of ./test or CI (it takes ~40 minutes the first time).
#   ./test --windows [build-sdk options] [-- ctest options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source packaging/linux/ensure-build-deps.sh

sdk_args=() ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; ctest_args=("$@"); break ;;
    *) sdk_args+=("$1"); shift ;;
  esac
done

invitedesk_ensure_packages "${INVITEDESK_BUILD_PACKAGES[@]}" wine wine64 fonts-wine nsis xvfb xauth
packaging/windows/build-sdk.sh "${sdk_args[@]}"
sdk=${INVITEDESK_WINDOWS_SDK:-$HOME/.cache/invitedesk/windows-sdk-6.4.2}

# The icon renderer runs on this machine: built from the same sources for Linux.
cmake --preset ci >/dev/null
cmake --build build/ci --target invitedesk-iconrender >/dev/null

build=$root/build/windows
export INVITEDESK_WINEPREFIX=$build/wineprefix
mingw_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
to_windows_path() { echo "Z:${1//\//\\}"; }
export INVITEDESK_WINEPATH="$(to_windows_path "$sdk/bin");$(to_windows_path "$mingw_runtime");$(to_windows_path /usr/x86_64-w64-mingw32/lib)"

PKG_CONFIG_LIBDIR=$sdk/lib/pkgconfig "$sdk/bin/qt-cmake" -S . -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release -DINVITEDESK_WERROR=ON \
  -DINVITEDESK_HOST_ICONRENDER="$root/build/ci/packaging/tools/invitedesk-iconrender" \
  -DINVITEDESK_QT_TRANSLATIONS_DIR=/usr/share/qt6/translations \
  -DCMAKE_CROSSCOMPILING_EMULATOR="$root/packaging/windows/wine-run.sh" >/dev/null
cmake --build "$build"

# A private Wine prefix, made once; every test process of the run shares it.
# Wine does not hand QT_* variables of the Linux environment to Windows programs, so the ones every test
# sets (offscreen platform, test output on stdout) go into the prefix's user environment.
if [ ! -f "$INVITEDESK_WINEPREFIX/.invitedesk-ready" ]; then
  echo "test-windows: creating the Wine prefix $INVITEDESK_WINEPREFIX" >&2
  rm -rf "$INVITEDESK_WINEPREFIX"
  export WINEPREFIX=$INVITEDESK_WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml=
  wineboot -i >/dev/null 2>&1
  wine reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f >/dev/null
  wine reg add 'HKCU\Environment' /v QT_FORCE_STDERR_LOGGING /d 1 /f >/dev/null
  wineserver -w
  unset WINEPREFIX WINEDEBUG WINEDLLOVERRIDES
  touch "$INVITEDESK_WINEPREFIX/.invitedesk-ready"
fi
# Fonts for the offscreen platform, which on Windows reads font files from one folder and without any
# draws every glyph as a box (wider than any real font: the screen-fit tests then measure boxes). Wine's
# Tahoma, the classic Windows interface font, stands in for the fonts of a Windows installation.
mkdir -p "$build/fonts"
cp -u /usr/share/wine/fonts/tahoma.ttf /usr/share/wine/fonts/tahomabd.ttf "$build/fonts/"
env -u DISPLAY WINEPREFIX=$INVITEDESK_WINEPREFIX WINEDEBUG=-all wine reg add 'HKCU\Environment' \
  /v QT_QPA_FONTDIR /d "$(to_windows_path "$build/fonts")" /f >/dev/null 2>&1
# One server for the whole run, not one per test (one may still be running from an earlier run).
WINEPREFIX=$INVITEDESK_WINEPREFIX wineserver -p 600 || true
# Start the prefix's services once before the tests: the first program of a fresh server session did not
# end (seen here) while the services came up beside it.
env -u DISPLAY WINEPREFIX=$INVITEDESK_WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml= wine cmd /c exit

export QT_QPA_PLATFORM=offscreen INVITEDESK_UNDER_WINE=1
# Tests the runner had to end after their results (see wine-run.sh), listed after ctest's summary.
export INVITEDESK_WINE_RUN_LOG=$build/wine-exit-hangs.txt
rm -f "$INVITEDESK_WINE_RUN_LOG"
jobs=$(nproc 2>/dev/null || echo 2)
status=0
# No display: the tests use the offscreen platform, and with an X display Wine's processes may not end
# (seen here: tests that passed never exited while Xvfb was there).
env -u DISPLAY -u WAYLAND_DISPLAY ctest --test-dir "$build" --output-on-failure -j "$jobs" \
  "${ctest_args[@]}" || status=$?
if [ -s "$INVITEDESK_WINE_RUN_LOG" ]; then
  echo "test-windows: $(wc -l <"$INVITEDESK_WINE_RUN_LOG") test(s) ended by the runner after their results:" >&2
  cat "$INVITEDESK_WINE_RUN_LOG" >&2
fi

# The installer: staged install, makensis, silent per-user install, the installed app, uninstall.
echo "test-windows: installer" >&2
rm -rf "$build/stage"
cmake --install "$build" --prefix "$build/stage" >/dev/null
version=$(sed -n 's/^project(InviteDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
mkdir -p "$build/packages"
installer=$build/packages/invitedesk-$version-win64-setup.exe
makensis -V2 -DVERSION="$version" -DSTAGE="$build/stage" -DOUTFILE="$installer" \
  -DICON="$build/packaging/invitedesk.ico" packaging/windows/installer.nsi
echo "test-windows: $(basename "$installer") $(du -h "$installer" | cut -f1)" >&2
WINEPREFIX=$INVITEDESK_WINEPREFIX wineserver -k || true
packaging/windows/check-installer.sh "$installer" "$build/wineprefix-install" || status=$?
exit $status
