#!/usr/bin/env bash
# Queue-mode tier (`npm run test:scale`): the packed package in n8n's queue mode — PostgreSQL + Redis, an n8n
# main instance, two workers and two `n8n webhook` processes behind haproxy — against the HaloPSA simulator
# (test/scale/).
#   bash scripts/scale.sh [test files…]        default: every test/scale/**/*.test.mjs
#   bash scripts/scale.sh --bench <out.json> [--burst] [--quick]   the queue-mode benchmark (scripts/bench/scale.mjs;
#                                              --burst: the webhook burst, scripts/bench/webhook-burst.mjs) instead
# Installs PostgreSQL, Redis and haproxy from Debian packages when they are missing (needs root or sudo-less apt),
# and the same Node 24 + n8n 2.41.1 as the e2e tier. Everything it starts is stopped and removed on exit,
# also when a check fails. Env: SCALE_KEEP=1 keeps the temp folder; E2E_ARTIFACTS_DIR as in scripts/e2e.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T0=$(date +%s)
say() { printf '[scale] %s\n' "$*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
haproxy_bin() { command -v haproxy || ls /usr/sbin/haproxy 2>/dev/null || true; }
# The haproxy package's own service stays down where there is no systemd; where there is, it listens on
# nothing (Debian's default configuration has no frontend). The tier runs its own instance.
# shellcheck source=scripts/debian.sh
source "$ROOT/scripts/debian.sh"
ensure_debian_packages postgresql redis-server haproxy
HAPROXY_DIR="$(dirname "$(haproxy_bin)")"
case ":$PATH:" in *":$HAPROXY_DIR:"*) ;; *) export PATH="$PATH:$HAPROXY_DIR" ;; esac
PG_BIN="$(pg_bin)"
T_PACKAGES=$(date +%s)

if [ ! -f dist/nodes/HaloPsa/HaloPsa.node.js ] || [ ! -f dist/credentials/HaloPsaApi.credentials.js ]; then
  say "dist/ is missing: npm run build"
  npm run build >&2
fi

# shellcheck source=scripts/runtime.sh
source "$ROOT/scripts/runtime.sh"
ensure_n8n
T_RUNTIME=$(date +%s)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/halopsa-scale.XXXXXX")"
CLEANUP_LIST="$WORK/cleanup.list"
: >"$CLEANUP_LIST"
RUN_PID=""
STATUS=1
cleanup() {
  # n8n (main, workers, webhook processes) and haproxy run in the runner's process group: stop the group first
  # (they shut down gracefully on SIGTERM), then PostgreSQL and Redis, which daemonize outside it.
  if [ -n "$RUN_PID" ] && kill -0 -- "-$RUN_PID" 2>/dev/null; then
    kill -TERM -- "-$RUN_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$RUN_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$RUN_PID" 2>/dev/null || true
  fi
  while read -r kind target; do
    case "$kind" in
      pg)
        if [ -f "$target/postmaster.pid" ]; then
          if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$target" -m immediate -w stop >/dev/null 2>&1 || true
          else "$PG_BIN/pg_ctl" -D "$target" -m immediate -w stop >/dev/null 2>&1 || true; fi
        fi
        rm -rf "$(dirname "$target")" ;;
      redis|haproxy)
        if [ -f "$target" ]; then kill "$(cat "$target")" 2>/dev/null || true; fi
        rm -rf "$(dirname "$target")" ;;
    esac
  done <"$CLEANUP_LIST"
  if [ "$STATUS" -ne 0 ] && [ -d "$WORK/logs" ]; then
    local dest="${E2E_ARTIFACTS_DIR:-$ROOT/.cache/scale-logs}"
    rm -rf "$dest" && mkdir -p "$dest" && cp -r "$WORK/logs/." "$dest/" 2>/dev/null || true
    say "n8n logs of this run copied to $dest"
  fi
  if [ -n "${SCALE_KEEP:-}" ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "npm pack"
npm pack --silent --pack-destination "$WORK" >"$WORK/pack.out" 2>"$WORK/pack.err" || { cat "$WORK/pack.err" >&2; exit 1; }
TGZ="$(ls "$WORK"/n8n-nodes-halopsa-*.tgz)"
USER_FOLDER="$WORK/user"
mkdir -p "$USER_FOLDER/.n8n/nodes" "$WORK/logs"
npm install --prefix "$USER_FOLDER/.n8n/nodes" --omit=peer --omit=dev --no-audit --no-fund --loglevel=error "$TGZ" >&2
test -f "$USER_FOLDER/.n8n/nodes/node_modules/n8n-nodes-halopsa/package.json"
T_PREP=$(date +%s)

export E2E_N8N_MODULES="$N8N_MODULES" E2E_USER_FOLDER="$USER_FOLDER" E2E_LOG_DIR="$WORK/logs"
export SCALE_PG_BIN="$PG_BIN" SCALE_CLEANUP_LIST="$CLEANUP_LIST"
set +e -m
if [ "${1:-}" = "--bench" ]; then
  node "$ROOT/scripts/bench/scale.mjs" "${@:2}" &
else
  if [ "$#" -gt 0 ]; then TESTS=("$@"); else TESTS=("test/scale/**/*.test.mjs"); fi
  say "node $(node --version): node --test ${TESTS[*]}"
  node --test --test-concurrency=1 --test-timeout=1200000 "${TESTS[@]}" &
fi
RUN_PID=$!
wait "$RUN_PID"
STATUS=$?
set -e +m
T_END=$(date +%s)
say "packages $((T_PACKAGES - T0))s, runtime $((T_RUNTIME - T_PACKAGES))s, pack+install $((T_PREP - T_RUNTIME))s, run $((T_END - T_PREP))s, total $((T_END - T0))s — exit $STATUS"
exit "$STATUS"
