#!/usr/bin/env bash
# Installs the NSIS installer silently for the current user into a fresh Wine prefix (a computer that
# has never seen InviteDesk or its SDK), checks what it installed (Start-menu entry, uninstaller, "Apps & features" entry, the app's
# files), runs the installed invitedesk.exe (--version; a start on the sandbox portal that quits when
# ready, on a virtual display), uninstalls it and checks that nothing of it is left.
#   packaging/windows/check-installer.sh <installer.exe> <wine prefix folder, made anew>
set -euo pipefail
installer=$1
export WINEPREFIX=$2 WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml=
unset WINEPATH QT_QPA_PLATFORM # the installed app must bring every DLL it needs, and show a window
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1
wineserver -w
fail() { echo "check-installer: FAILED: $*" >&2; exit 1; }
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\InviteDesk'

wine "$installer" /S /CurrentUser
wineserver -w
location=$(wine reg query "$key" /v InstallLocation 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p')
[ -n "$location" ] || fail "no InstallLocation under $key"
unix=$(winepath -u "$location" 2>/dev/null)
echo "check-installer: installed to $location ($(du -sh "$unix" | cut -f1))" >&2
for f in bin/invitedesk.exe bin/invitedesk-sandbox.exe bin/Qt6Core.dll bin/Qt6Widgets.dll bin/libqt6keychain.dll bin/libqrencode.dll \
         bin/qt.conf bin/plugins/platforms/qwindows.dll bin/plugins/sqldrivers/qsqlite.dll \
         bin/plugins/tls/qschannelbackend.dll bin/translations/qtbase_ru.qm uninstall.exe; do
  [ -f "$unix/$f" ] || fail "missing $f"
done
startmenu=$(winepath -u "$(wine cmd /c echo %APPDATA% | tr -d '\r')")/Microsoft/Windows/Start\ Menu/Programs/InviteDesk
[ -f "$startmenu/InviteDesk.lnk" ] || fail "no Start-menu entry in $startmenu"

version=$(wine "$location\\bin\\invitedesk.exe" --version 2>&1 | tr -d '\r')
echo "check-installer: invitedesk.exe --version: $version" >&2
[[ "$version" == *InviteDesk* ]] || fail "--version printed: $version"
# The windows platform plugin on a virtual display: the installed app as a user starts it. Its log
# goes to stderr (QT_FORCE_STDERR_LOGGING, set in the prefix: Wine does not pass QT_* variables on).
wine reg add 'HKCU\Environment' /v QT_FORCE_STDERR_LOGGING /d 1 /f >/dev/null
wineserver -w
log=$(mktemp /tmp/invitedesk-check-installer.XXXXXX)
xvfb-run -a -s "-screen 0 1366x768x24" wine "$location\\bin\\invitedesk.exe" --sandbox --quit-when-ready \
  >"$log" 2>&1 &
app=$!
for _ in $(seq 1 300); do
  grep -q 'window ready:' "$log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 1
done
grep -q 'window ready:' "$log" || { cat "$log" >&2; fail "the installed app did not show the sandbox portal"; }
echo "check-installer: $(grep -m1 -o 'window ready:.*' "$log" | tr -d '\r')" >&2
# It quits by itself once ready; Wine 8.0 sometimes does not end a Qt process after main() returned
# (see wine-run.sh), which is said here and not counted as the app's failure.
for _ in $(seq 1 30); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
if kill -0 "$app" 2>/dev/null; then
  echo "check-installer: the app quit but its process did not end within 30 s (Wine exit hang); ending it" >&2
  wineserver -k
  wait "$app" 2>/dev/null || true
else
  wait "$app" || { cat "$log" >&2; fail "the installed app exited with an error"; }
fi
rm -f "$log"
wineserver -k || true # the X11 desktop process of that display goes with it
echo "check-installer: the installed app started on the sandbox portal and quit when ready" >&2

wine "$unix/uninstall.exe" /S /CurrentUser
wineserver -w
# The uninstaller runs from a temporary copy; wait for it to remove the files.
for _ in $(seq 1 60); do [ -e "$unix/bin" ] || break; sleep 1; done
[ ! -e "$unix/bin" ] || fail "bin/ is still there after uninstalling"
[ ! -e "$startmenu" ] || fail "the Start-menu folder is still there"
! wine reg query "$key" >/dev/null 2>&1 || fail "the uninstall key is still there"
echo "check-installer: uninstalled cleanly" >&2
