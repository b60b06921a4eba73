#!/usr/bin/env bash
# Proof that the .rpm is complete: build it with cpack and read its file list and requirements
# (rpm -qpl / rpm -qpR); nothing is installed. The binaries themselves are run by check-deb.sh.
# Usage: check-rpm.sh <build-dir>
set -euo pipefail
build=$(cd "$1" && pwd)
appid=io.github.invitedesk.InviteDesk

# rpmbuild keeps its database and macros under HOME; a throw-away one keeps the user's untouched.
home=$(mktemp -d /tmp/invitedesk-rpm.XXXXXX)
trap 'rm -rf "$home"' EXIT
(cd "$build" && HOME=$home cpack -G RPM >/dev/null)
rpm=$(ls -t "$build"/packages/invitedesk-*.rpm | head -n 1)
echo "built $(basename "$rpm")"

files=$(rpm -qpl "$rpm")
for f in /usr/bin/invitedesk /usr/bin/invitedesk-sandbox \
         /usr/share/applications/$appid.desktop /usr/share/metainfo/$appid.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$appid.svg \
         /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/$appid.png; do
  grep -qxF "$f" <<<"$files" || { echo "missing from the package: $f"; exit 1; }
done
# The package must own only its files, never shared directories such as /usr/bin.
if grep -qxE '/usr|/usr/bin|/usr/share|/usr/share/icons(/hicolor)?' <<<"$files"; then
  echo "the package claims a shared directory:"; grep -xE '/usr|/usr/bin|/usr/share|/usr/share/icons(/hicolor)?' <<<"$files"
  exit 1
fi

requires=$(rpm -qpR "$rpm")
for r in 'libQt6Core\.so\.6' 'libQt6Widgets\.so\.6' 'libQt6HttpServer\.so\.6' 'libqt6keychain\.so' \
         '^qt6-qtbase-gui$' '^qt6-qtbase-sql$' '^qtkeychain-qt6$'; do
  grep -qE "$r" <<<"$requires" || { echo "Requires lacks $r:"; echo "$requires"; exit 1; }
done
echo "rpm contents and requirements: ok"
