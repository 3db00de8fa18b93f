#!/usr/bin/env bash
# Debian's `chromium` for the browser tier (test/e2e/editor.e2e.test.mjs) and `npm run screenshots`:
# puppeteer-core drives it, so no browser is downloaded from Google. Source it and call `ensure_chromium`
# (exports CHROMIUM_PATH), or run it to install only. Installs through scripts/debian.sh when missing.
ensure_chromium() {
  local bin
  bin="${CHROMIUM_PATH:-$(command -v chromium || true)}"
  if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    # shellcheck source=scripts/debian.sh
    source "$(dirname "${BASH_SOURCE[0]}")/debian.sh"
    ensure_debian_packages chromium
    bin="$(command -v chromium)"
  fi
  export CHROMIUM_PATH="$bin"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  ensure_chromium
  "$CHROMIUM_PATH" --version
fi
