#!/usr/bin/env bash
# Runs a Windows program of the cross build under Wine: the CMAKE_CROSSCOMPILING_EMULATOR of
# build/windows, so ctest runs every test through it. The Wine prefix is private to the build folder
# (INVITEDESK_WINEPREFIX, set by test-windows.sh); DLLs come from the SDK and the MinGW runtime.
#
# Wine 8.0 (Debian's) sometimes does not end a Qt process after main() has returned: the last thread
# waits in the loader's shutdown forever (seen with tests that ran threads and sockets; a winedbg
# attach is refused because the process is already exiting). So a Qt Test program's output is
# watched: once it has printed its "Finished testing" line, it gets a grace period to end by itself,
# and is then ended by this runner, with the exit code its Totals line implies (0 when nothing failed).
# The runner says so on stderr, so such an ending is never silent.
set -uo pipefail
: "${INVITEDESK_WINEPREFIX:?run through packaging/windows/test-windows.sh (./test --windows)}"
export WINEPREFIX=$INVITEDESK_WINEPREFIX WINEDEBUG=${WINEDEBUG:--all} WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
export WINEPATH=${INVITEDESK_WINEPATH:-}
grace_seconds=${INVITEDESK_WINE_EXIT_GRACE:-15}

log=$(mktemp /tmp/invitedesk-wine-run.XXXXXX)
trap 'rm -f "$log"' EXIT
# Output to a file, not to ctest's pipe: Wine's desktop process, started by the first program that
# opens a window, would inherit the pipe and keep ctest waiting for its end.
wine "$@" >"$log" 2>&1 </dev/null &
pid=$!
shown=0
show_new_output() {
  local size
  size=$(stat -c %s "$log")
  if [ "$size" -gt "$shown" ]; then
    tail -c +"$((shown + 1))" "$log" | head -c "$((size - shown))"
    shown=$size
  fi
}
finished_at=
while kill -0 "$pid" 2>/dev/null; do
  show_new_output
  if [ -z "$finished_at" ] && grep -q '^\*\*\*\*\*\*\*\*\* Finished testing of ' "$log"; then
    finished_at=$SECONDS
  fi
  if [ -n "$finished_at" ] && [ $((SECONDS - finished_at)) -ge "$grace_seconds" ]; then
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    show_new_output
    failed=$(sed -n 's/^Totals: [0-9]* passed, \([0-9]*\) failed.*/\1/p' "$log" | tail -n 1)
    note="wine-run: $(basename "$1") printed its results but did not end within ${grace_seconds} s (Wine exit hang); ended by the runner, ${failed:-?} failed"
    echo "$note" >&2
    [ -z "${INVITEDESK_WINE_RUN_LOG:-}" ] || echo "$note" >>"$INVITEDESK_WINE_RUN_LOG"
    [ "${failed:-1}" = 0 ] && exit 0
    exit 1
  fi
  sleep 0.5
done
wait "$pid"
status=$?
show_new_output
exit $status
