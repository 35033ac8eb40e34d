#!/usr/bin/env bash
# Installs everything Kept needs on a fresh machine: Chromium (Debian's package, when no Chromium or
# Chrome is found and apt-get is available), CJK fonts for the Chinese screens (skipped in CI, where
# nothing is looked at), and the npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ] && return 0
  for b in /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$b" ] && return 0
  done
  return 1
}

packages=()
have_browser || packages+=(chromium)
if [ -z "${CI:-}" ] && ! fc-list 2>/dev/null | grep -qi 'CJK'; then packages+=(fonts-noto-cjk); fi

if [ ${#packages[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    echo "▶ installing ${packages[*]} (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
  else
    echo "setup: please install Chromium or Google Chrome (or set CHROME_PATH); apt-get is not available here." >&2
  fi
fi

echo "▶ npm ci"
npm ci --no-audit --no-fund
