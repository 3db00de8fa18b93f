#!/usr/bin/env bash
# Installs everything the real-n8n, queue-mode and browser tiers need — both n8n lines with their Node
# (scripts/runtime.sh) and the Debian packages (scripts/debian.sh) — without running any test. `npm test`
# starts it in the background so the downloads overlap the lint, build and in-process tiers; each tier's own
# script still checks (and would install) what it needs, so every tier also runs on its own.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/debian.sh
source "$ROOT/scripts/debian.sh"
T0=$SECONDS
# apt and npm do not share a lock: the Debian packages install alongside the n8n installs.
ensure_debian_packages "${TEST_DEBIAN_PACKAGES[@]}" &
APT_PID=$!
# The two n8n lines one after the other (each compiles sqlite3; two at once would starve the other tiers).
(source "$ROOT/scripts/runtime.sh" && ensure_n8n 2) && (source "$ROOT/scripts/runtime.sh" && ensure_n8n 1)
wait "$APT_PID"
printf '[prepare] runtimes and Debian packages ready in %d s\n' "$((SECONDS - T0))" >&2
