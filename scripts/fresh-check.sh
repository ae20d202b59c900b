#!/usr/bin/env bash
# The README's two commands as a newcomer meets them: a fresh clone of this repository's HEAD in a
# temporary folder, the data mirror beside it as ../shared, an empty ./dashboard cache (so Node 24
# and every npm package are installed from scratch), then `./dashboard build` and
# `./dashboard test`. Run before a release: bash scripts/fresh-check.sh [--keep]
# Chromium is whatever this machine has: on a machine without it, `./dashboard test` installs it.
#
# Environment: FRESH_DIR (default: a new folder under ${TMPDIR:-/tmp}), SHARED (the folder holding
# ees/, default ../shared beside this checkout).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$(cd "$here/.." && pwd)/shared}"
[ -d "$shared/ees" ] || { echo "fresh-check: no data mirror at $shared/ees; set SHARED to the folder holding ees/" >&2; exit 1; }
keep=0
[ "${1:-}" = --keep ] && keep=1

root="${FRESH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/dashboard-fresh.XXXXXX")}"
mkdir -p "$root"
cleanup() { if [ "$keep" = 0 ]; then rm -rf "$root"; else echo "fresh-check: kept $root" >&2; fi; }
trap cleanup EXIT

echo "fresh-check: cloning $(git -C "$here" rev-parse --short HEAD) into $root/main" >&2
git clone --quiet "$here" "$root/main"
ln -s "$shared" "$root/shared"
export DASHBOARD_CACHE="$root/cache"
unset EES_MIRROR
cd "$root/main"
start=$(date +%s)
./dashboard build
./dashboard test
git_status=$(git status --porcelain)
if [ -n "$git_status" ]; then
  echo "fresh-check: the build or the tests changed tracked files or left untracked ones:" >&2
  echo "$git_status" >&2
  exit 1
fi
echo "fresh-check: passed in $(( $(date +%s) - start )) s; git status clean" >&2
