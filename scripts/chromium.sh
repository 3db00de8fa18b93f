#!/usr/bin/env bash
# Debian's `chromium` for the browser tier (test/e2e/editor.e2e.test.mjs) and `npm run screenshots`:
# puppeteer-core drives it, so no browser is downloaded from Google. Source it and call `ensure_chromium`
# (exports CHROMIUM_PATH), or run it to install only. Installs with apt-get when missing (root, or sudo).
ensure_chromium() {
  local bin
  bin="${CHROMIUM_PATH:-$(command -v chromium || true)}"
  if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    local started=$SECONDS sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    printf '[chromium] installing Debian'"'"'s chromium (apt-get)\n' >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
    printf '[chromium] installed in %s s\n' "$((SECONDS - started))" >&2
    bin="$(command -v chromium)"
  fi
  export CHROMIUM_PATH="$bin"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  ensure_chromium
  "$CHROMIUM_PATH" --version
fi
