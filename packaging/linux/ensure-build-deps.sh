#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages InviteDesk needs to build, run and test, but only those that
# are missing, so a second run costs a fraction of a second. Elsewhere it prints what is needed.
# Sourced by ./run and ./test; also usable alone.
set -euo pipefail

INVITEDESK_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
  qt6-svg-dev qtkeychain-qt6-dev libqrencode-dev libgl-dev libsqlite3-dev sqlite3
)
INVITEDESK_TEST_PACKAGES=(xvfb xauth bsdutils dbus dbus-x11 gnome-keyring libsecret-tools desktop-file-utils appstream dpkg-dev rpm file)

invitedesk_ensure_packages() {
  local wanted=("$@") missing=() pkg
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "InviteDesk: this system has no apt/dpkg. Install the equivalents of these Debian packages:" >&2
    printf '  %s\n' "${wanted[@]}" >&2
    echo "then build with: cmake --preset ci && cmake --build --preset ci" >&2
    return 1
  fi
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "InviteDesk: installing missing packages: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "InviteDesk: not root and no sudo; install as root: apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

invitedesk_build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  invitedesk_ensure_packages "${INVITEDESK_BUILD_PACKAGES[@]}" "${INVITEDESK_TEST_PACKAGES[@]}"
fi
