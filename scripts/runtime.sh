#!/usr/bin/env bash
# Installs (once, into the ignored .cache/ folder) a Node and an n8n for the real-n8n tier, the demo and the
# benchmark. Source it, then `ensure_n8n [2|1]`: it exports PATH (that Node first), N8N_BIN, N8N_MODULES and
# N8N_VERSION. Safe to call repeatedly: a finished install is detected by a marker file and reused.
#
# The n8n versions the package is tested on (one place; README "Tests" and test/e2e/README.md describe them):
#   2  n8n 2.41.1  on Node 24 → .cache/n8n    (newest 2.x that installs here; 2.41.3 misses a dependency on the
#                                               registry; n8n ≥ 2.39 needs Node ≥ 24). The demo and bench use it.
#   1  n8n 1.123.81 on Node 22 → .cache/n8n-1 (the last 1.x; its engines allow Node ≤ 22, which several of its
#                                               dependencies also ask for). Its package.json overrides xlsx
#                                               with the registry's 0.18.5: n8n 1.x pulls xlsx from a CDN.
# Each is pinned by scripts/n8n-runtime*/package-lock.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${HALOPSA_CACHE:-$ROOT/.cache}"

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

# ensure_node <major>: Node <major> from the npm registry, first on PATH.
ensure_node() {
  local major="$1"
  local dir="$CACHE/node$major"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    log "installing Node $major from the npm registry into $dir"
    mkdir -p "$dir"
    [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
    (cd "$dir" && npm install --no-save --no-audit --no-fund "node@$major" >&2)
  fi
  export PATH="$dir/node_modules/node/bin:$PATH"
  # The machine's npmrc points nodedir at the system Node's headers; native builds need this Node's.
  local headers
  headers="$(ls -d "$dir"/node_modules/node/node_modules/node-linux-* 2>/dev/null | head -n1 || true)"
  [ -n "$headers" ] && export npm_config_nodedir="$headers"
  log "node $(node --version)"
}

# Kept for callers of the earlier single-version script.
ensure_node24() { ensure_node 24; }

# ensure_n8n [2|1] (default 2): that n8n, installed from its committed lockfile, and its Node.
ensure_n8n() {
  local line="${1:-2}" node_major n8n_dir spec_dir
  case "$line" in
    2) N8N_VERSION="2.41.1";   node_major=24; n8n_dir="$CACHE/n8n";   spec_dir="$ROOT/scripts/n8n-runtime" ;;
    1) N8N_VERSION="1.123.81"; node_major=22; n8n_dir="$CACHE/n8n-1"; spec_dir="$ROOT/scripts/n8n-runtime-1" ;;
    *) log "unknown n8n line '$line' (use 2 or 1)"; return 2 ;;
  esac
  ensure_node "$node_major"
  local marker="$n8n_dir/.installed-$N8N_VERSION"
  if [ ! -f "$marker" ]; then
    local install_started=$SECONDS
    log "installing n8n $N8N_VERSION into $n8n_dir (a few minutes the first time)"
    mkdir -p "$n8n_dir"
    cp "$spec_dir/package.json" "$n8n_dir/package.json"
    [ -f "$spec_dir/package-lock.json" ] && cp "$spec_dir/package-lock.json" "$n8n_dir/package-lock.json"
    # --ignore-scripts: one dependency's install script downloads a binary (no internet here) and would
    # roll back the whole install; sqlite3 is then compiled from source.
    with_progress "installing n8n" bash -c "cd '$n8n_dir' && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >&2"
    with_progress "compiling sqlite3" bash -c "cd '$n8n_dir' && npm rebuild sqlite3 >&2"
    log "n8n $N8N_VERSION installed in $((SECONDS - install_started)) s"
    touch "$marker"
  fi
  export N8N_VERSION
  export N8N_BIN="$n8n_dir/node_modules/.bin/n8n"
  export N8N_MODULES="$n8n_dir/node_modules"
}
