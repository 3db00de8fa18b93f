#!/usr/bin/env bash
# Real-n8n end-to-end tier (`npm run test:e2e`): installs the packed package into a fresh n8n user folder,
# the way users get it, and runs test/e2e/ against a real n8n (CLI and server) and the HaloPSA simulator —
# on each tested n8n line in turn: 2 (n8n 2.41.1) then 1 (n8n 1.123.81); see scripts/runtime.sh.
# Usage: bash scripts/e2e.sh [test files…]   (default: every test/e2e/**/*.test.mjs)
#
# Env: E2E_N8N=2 or E2E_N8N=1 runs one line only (local work); E2E_KEEP=1 keeps the temp folder; E2E_DEBUG=1
# echoes every n8n command; E2E_ARTIFACTS_DIR is where n8n logs are copied when a test fails, and the browser
# tier's screenshots always (default .cache/e2e-logs/n8n-<line>); HALOPSA_CACHE moves the n8n installs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T0=$(date +%s)
say() { printf '[e2e] %s\n' "$*" >&2; }

# The caller normally built already; build if dist/ is missing (with the machine's Node, before the
# runtime puts Node 24 first on PATH).
if [ ! -f dist/nodes/HaloPsa/HaloPsa.node.js ] || [ ! -f dist/credentials/HaloPsaApi.credentials.js ]; then
  say "dist/ is missing: npm run build"
  npm run build >&2
fi

# Both lines, one after the other (each in its own process: each puts its own Node first on PATH). Both run
# even when the first fails, so one CI run shows every version's result.
if [ -z "${E2E_N8N:-}" ]; then
  declare -A RESULT
  for line in 2 1; do
    status=0
    E2E_N8N="$line" bash "$0" "$@" || status=$?
    [ "$status" -ge 128 ] && exit "$status" # interrupted
    RESULT[$line]=$status
  done
  say "n8n 2.x: $([ "${RESULT[2]}" -eq 0 ] && echo passed || echo "FAILED (exit ${RESULT[2]})"); n8n 1.x: $([ "${RESULT[1]}" -eq 0 ] && echo passed || echo "FAILED (exit ${RESULT[1]})"); $(( $(date +%s) - T0 ))s in all"
  [ "${RESULT[2]}" -eq 0 ] && [ "${RESULT[1]}" -eq 0 ]
  exit
fi

# shellcheck source=scripts/runtime.sh
source "$ROOT/scripts/runtime.sh"
ensure_n8n "$E2E_N8N"
# The browser tier (editor.e2e.test.mjs) drives Debian's chromium.
# shellcheck source=scripts/chromium.sh
source "$ROOT/scripts/chromium.sh"
ensure_chromium
say "n8n $N8N_VERSION"
T_RUNTIME=$(date +%s)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/halopsa-e2e.XXXXXX")"
TEST_PID=""
STATUS=1
cleanup() {
  # Kill what this script started (the test runner runs in its own process group; the n8n servers, CLI runs
  # and task runners it spawns are in it too).
  # The group outlives its leader when something (a server a test forgot to stop) is still running.
  if [ -n "$TEST_PID" ] && kill -0 -- "-$TEST_PID" 2>/dev/null; then
    kill -TERM -- "-$TEST_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$TEST_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$TEST_PID" 2>/dev/null || true
  fi
  local dest="${E2E_ARTIFACTS_DIR:-$ROOT/.cache/e2e-logs}/n8n-$E2E_N8N"
  if [ "$STATUS" -ne 0 ] && [ -d "$WORK/logs" ]; then
    rm -rf "$dest" && mkdir -p "$dest" && cp -r "$WORK/logs/." "$dest/" 2>/dev/null || true
    say "n8n logs of this run copied to $dest"
  elif [ -d "$WORK/logs/screenshots" ]; then
    # The browser tier's screenshots are its output, kept also when every test passed.
    rm -rf "$dest" && mkdir -p "$dest" && cp -r "$WORK/logs/screenshots" "$dest/" 2>/dev/null || true
    say "editor screenshots of this run copied to $dest/screenshots"
  fi
  if [ -n "${E2E_KEEP:-}" ]; then
    say "kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Pack exactly what would be published, then install it as a community package.
say "npm pack"
npm pack --silent --pack-destination "$WORK" >"$WORK/pack.out" 2>"$WORK/pack.err" || { cat "$WORK/pack.err" >&2; exit 1; }
TGZ="$(ls "$WORK"/n8n-nodes-halopsa-*.tgz)"
USER_FOLDER="$WORK/user"
mkdir -p "$USER_FOLDER/.n8n/nodes" "$WORK/logs"
say "installing $(basename "$TGZ") into $USER_FOLDER/.n8n/nodes"
npm install --prefix "$USER_FOLDER/.n8n/nodes" --omit=peer --omit=dev --no-audit --no-fund --loglevel=error "$TGZ" >&2
test -f "$USER_FOLDER/.n8n/nodes/node_modules/n8n-nodes-halopsa/package.json"
T_PREP=$(date +%s)

if [ "$#" -gt 0 ]; then TESTS=("$@"); else TESTS=("test/e2e/**/*.test.mjs"); fi
say "node $(node --version): node --test ${TESTS[*]}"
export E2E_N8N_MODULES="$N8N_MODULES"
export E2E_N8N_VERSION="$N8N_VERSION"
export E2E_USER_FOLDER="$USER_FOLDER"
export E2E_LOG_DIR="$WORK/logs"
# Job control puts the runner into its own process group, so cleanup can kill exactly what it started.
set +e -m
node --test --test-concurrency=1 --test-timeout=900000 "${TESTS[@]}" &
TEST_PID=$!
wait "$TEST_PID"
STATUS=$?
set -e +m
T_END=$(date +%s)
say "n8n $N8N_VERSION: runtime $((T_RUNTIME - T0))s, pack+install $((T_PREP - T_RUNTIME))s, tests $((T_END - T_PREP))s, total $((T_END - T0))s — exit $STATUS"
exit "$STATUS"
