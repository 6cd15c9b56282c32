#!/usr/bin/env bash
# Makes sure Debian's chromium and chromedriver are present for the browser tests.
# Installs them when missing and this machine can (Debian, root); otherwise stops with a clear message.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[vakwijzer] chromium/chromedriver ontbreken: installeren met apt-get (eenmalig, ~30 s)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  echo "[vakwijzer] $(/usr/bin/chromium --version 2>/dev/null) geïnstalleerd."
  exit 0
fi
cat >&2 <<'MSG'
[vakwijzer] De browsertests hebben Debian's chromium en chromedriver nodig (/usr/bin/chromium, /usr/bin/chromedriver).
Installeer ze als root:   apt-get install -y chromium chromium-driver
of sla de integratietests over met -DskipITs.
MSG
exit 1
