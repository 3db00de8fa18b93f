#!/usr/bin/env bash
# The Debian packages the test tiers need, in one place. Source it, then
# `ensure_debian_packages <package>…`: installs the missing ones with apt-get in a single call (root, or sudo
# when not root). Already-installed packages cost one `dpkg -s` each.
#   queue-mode tier: postgresql redis-server haproxy      browser tier: chromium
TEST_DEBIAN_PACKAGES=(postgresql redis-server haproxy chromium)

ensure_debian_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  printf '[debian] installing %s (apt-get)\n' "${missing[*]}" >&2
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >&2
}
