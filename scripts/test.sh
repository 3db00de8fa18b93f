#!/usr/bin/env bash
# `npm test`: every tier, in order. The installs the later tiers need (scripts/prepare-tests.sh: n8n 2.x and
# 1.x with their Node, Debian packages) run in the background meanwhile, which saves several minutes on a
# fresh machine; their log is printed when they are awaited.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T0=$SECONDS
PREP_LOG="$(mktemp "${TMPDIR:-/tmp}/halopsa-prepare.XXXXXX")"
bash scripts/prepare-tests.sh >"$PREP_LOG" 2>&1 &
PREP_PID=$!
trap 'kill "$PREP_PID" 2>/dev/null || true; rm -f "$PREP_LOG"' EXIT
phase() { printf '\n[test] %s (%d s since start)\n' "$*" "$((SECONDS - T0))" >&2; }

phase "lint";  npm run lint
phase "build"; npm run build
phase "scan";  npm run scan
phase "in-process tier"; npm run test:unit
phase "waiting for the runtime installs"
PREP_STATUS=0
wait "$PREP_PID" || PREP_STATUS=$?
if [ "$PREP_STATUS" -ne 0 ]; then
  sed 's/^/  | /' "$PREP_LOG" >&2
  echo "[test] installing the runtimes failed (exit $PREP_STATUS)" >&2
  exit "$PREP_STATUS"
fi
grep -v '\.\.\. [0-9]* s$' "$PREP_LOG" | sed 's/^/  | /' >&2 # the install log without its progress ticks
phase "real-n8n tier"; npm run test:e2e
phase "queue-mode tier"; npm run test:scale
phase "all tiers passed in $((SECONDS - T0)) s"
