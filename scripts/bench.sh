#!/usr/bin/env bash
# npm run bench [-- --quick | --only 1,3 | --json out.json | --repeats N]
# Side-by-side benchmark of n8n's built-in HaloPSA node and this package's node (docs/benchmark.md).
# Needs Node 24 + n8n 2.41.1 (for n8n-nodes-base): installed once into .cache/ by scripts/runtime.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=runtime.sh
source "$ROOT/scripts/runtime.sh"
ensure_n8n # PATH (Node 24) and N8N_MODULES (holds n8n-nodes-base)

if [ ! -f "$ROOT/dist/nodes/HaloPsa/HaloPsa.node.js" ] || [ ! -f "$ROOT/dist/credentials/HaloPsaApi.credentials.js" ]; then
  echo "[bench] dist/ is missing: npm run build" >&2
  npm run build >&2
fi

exec node "$ROOT/scripts/bench/run.mjs" "$@"
