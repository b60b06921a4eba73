#!/usr/bin/env bash
# Runs a Windows program of the cross build under Wine: the CMAKE_CROSSCOMPILING_EMULATOR of
# build/windows, so ctest runs every test through it. The Wine prefix is private to the build folder
# (INVITEDESK_WINEPREFIX, set by test-windows.sh); DLLs come from the SDK and the MinGW runtime.
set -euo pipefail
: "${INVITEDESK_WINEPREFIX:?run through packaging/windows/test-windows.sh (./test --windows)}"
export WINEPREFIX=$INVITEDESK_WINEPREFIX WINEDEBUG=${WINEDEBUG:--all} WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
export WINEPATH=${INVITEDESK_WINEPATH:-}
exec wine "$@"
