#!/usr/bin/env bash
# Installs (once, into the ignored .cache/ folder) the Node 24 and n8n 2.41.1 that the real-n8n tier,
# the demo and the benchmark need. Source it; it exports PATH and N8N_BIN. Safe to call repeatedly:
# a finished install is detected by a marker file and reused.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${HALOPSA_CACHE:-$ROOT/.cache}"
NODE_DIR="$CACHE/node24"
N8N_DIR="$CACHE/n8n"
N8N_VERSION="2.41.1"

log() { printf '[runtime] %s\n' "$*" >&2; }

# Runs a long command, printing how long it has been running every 15 s so a first install never looks hung.
with_progress() {
  local label="$1"; shift
  local started=$SECONDS
  ( while sleep 15; do log "$label... $((SECONDS - started)) s"; done ) &
  local ticker=$!
  local status=0
  "$@" || status=$?
  kill "$ticker" 2>/dev/null || true
  wait "$ticker" 2>/dev/null || true
  return "$status"
}

ensure_node24() {
  if [ ! -x "$NODE_DIR/node_modules/node/bin/node" ]; then
    log "installing Node 24 from the npm registry into $NODE_DIR"
    mkdir -p "$NODE_DIR"
    (cd "$NODE_DIR" && [ -f package.json ] || echo '{"private":true}' > "$NODE_DIR/package.json")
    (cd "$NODE_DIR" && npm install --no-save --no-audit --no-fund node@24 >&2)
  fi
  export PATH="$NODE_DIR/node_modules/node/bin:$PATH"
  # The machine's npmrc points nodedir at Node 20's headers; native builds need Node 24's.
  local headers
  headers="$(ls -d "$NODE_DIR"/node_modules/node/node_modules/node-linux-* 2>/dev/null | head -n1 || true)"
  [ -n "$headers" ] && export npm_config_nodedir="$headers"
  log "node $(node --version)"
}

ensure_n8n() {
  ensure_node24
  local marker="$N8N_DIR/.installed-$N8N_VERSION"
  if [ ! -f "$marker" ]; then
    local install_started=$SECONDS
    log "installing n8n $N8N_VERSION into $N8N_DIR (a few minutes the first time)"
    mkdir -p "$N8N_DIR"
    cp "$ROOT/scripts/n8n-runtime/package.json" "$N8N_DIR/package.json"
    [ -f "$ROOT/scripts/n8n-runtime/package-lock.json" ] && cp "$ROOT/scripts/n8n-runtime/package-lock.json" "$N8N_DIR/package-lock.json"
    # --ignore-scripts: one dependency's install script downloads a binary (no internet here) and would
    # roll back the whole install; sqlite3 is then compiled from source.
    with_progress "installing n8n" bash -c "cd '$N8N_DIR' && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >&2"
    with_progress "compiling sqlite3" bash -c "cd '$N8N_DIR' && npm rebuild sqlite3 >&2"
    log "n8n $N8N_VERSION installed in $((SECONDS - install_started)) s"
    touch "$marker"
  fi
  export N8N_BIN="$N8N_DIR/node_modules/.bin/n8n"
  export N8N_MODULES="$N8N_DIR/node_modules"
}
