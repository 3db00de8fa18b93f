#!/usr/bin/env bash
# `npm run demo`: a HaloPSA + n8n playground in one command. Installs Node 24 and n8n 2.41.1 into .cache/
# (first run only), builds and installs this package into a demo n8n user folder, starts the Halo simulator,
# imports the credential and the example workflows, starts n8n on 127.0.0.1 and prints where to go.
# Ctrl-C stops everything it started. Point it at a real tenant with HALO_URL etc. (see README).
# `bash scripts/demo.sh --screenshots` (`npm run screenshots`) prepares the same and regenerates docs/images/
# with Debian's chromium instead (scripts/screenshots.mjs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '\033[1m[demo]\033[0m %s\n' "$*" >&2; }

say "building the package"
npm run build >/dev/null

# shellcheck source=scripts/runtime.sh
source "$ROOT/scripts/runtime.sh"
ensure_n8n

DEMO="$ROOT/.cache/demo"
USER_FOLDER="$DEMO/user"
rm -rf "$USER_FOLDER" && mkdir -p "$USER_FOLDER/.n8n/nodes" "$DEMO/logs"
say "packing and installing n8n-nodes-halopsa into the demo n8n"
rm -f "$DEMO"/n8n-nodes-halopsa-*.tgz
npm pack --silent --pack-destination "$DEMO" >/dev/null
npm install --prefix "$USER_FOLDER/.n8n/nodes" --omit=peer --omit=dev --no-audit --no-fund --loglevel=error "$DEMO"/n8n-nodes-halopsa-*.tgz >&2

export E2E_N8N_MODULES="$N8N_MODULES" E2E_USER_FOLDER="$USER_FOLDER" E2E_LOG_DIR="$DEMO/logs"
if [ "${1:-}" = "--screenshots" ]; then
  # shellcheck source=scripts/chromium.sh
  source "$ROOT/scripts/chromium.sh"
  ensure_chromium
  exec node "$ROOT/scripts/screenshots.mjs"
fi
exec node "$ROOT/scripts/demo.mjs"
