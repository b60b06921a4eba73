#!/usr/bin/env bash
# Proof that the .deb is complete: build it, unpack it into a temporary root and run the packaged
# binaries from there (version, help, and a short offscreen start of the window).
# Usage: check-deb.sh <build-dir>
set -euo pipefail
build=$(cd "$1" && pwd)
root=$(mktemp -d /tmp/invitedesk-deb.XXXXXX)
trap 'rm -rf "$root"' EXIT

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/packages/invitedesk_*.deb | head -n 1)
dpkg-deb -x "$deb" "$root"
echo "unpacked $(basename "$deb")"

for f in usr/bin/invitedesk usr/bin/invitedesk-sandbox \
         usr/share/applications/io.github.invitedesk.InviteDesk.desktop \
         usr/share/metainfo/io.github.invitedesk.InviteDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.invitedesk.InviteDesk.svg \
         usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/io.github.invitedesk.InviteDesk.png; do
  [ -e "$root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6core6 || { echo "Depends lacks the Qt runtime"; exit 1; }

version=$("$root/usr/bin/invitedesk" --version)
echo "packaged invitedesk --version: $version"
[[ "$version" == "InviteDesk "* ]] || { echo "unexpected --version output"; exit 1; }
"$root/usr/bin/invitedesk" --help | grep -q -- '--portal' || { echo "--help lacks --portal"; exit 1; }
"$root/usr/bin/invitedesk-sandbox" --help >/dev/null

# A short offscreen start: the window must come up on the sandbox and quit by itself.
home=$(mktemp -d /tmp/invitedesk-deb-home.XXXXXX)
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
  timeout 60 "$root/usr/bin/invitedesk" --sandbox --sandbox-users 50 --quit-when-ready
rm -rf "$home"
echo "packaged start: ok"
