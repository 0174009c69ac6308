#!/usr/bin/env bash
# Runs the pinned buf CLI (tools/api/package-lock.json) from the repository root, installing
# it with npm under var/tools/api on first use. Usage: bash tools/api/buf.sh <buf arguments>.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/tools/api"
dest="$root/var/tools/api"
if ! cmp -s "$here/package-lock.json" "$dest/package-lock.json" || [ ! -x "$dest/node_modules/.bin/buf" ]; then
  command -v npm >/dev/null || { echo "error: npm is needed for buf (tools/api)" >&2; exit 1; }
  mkdir -p "$dest"
  cp "$here/package.json" "$here/package-lock.json" "$dest/"
  (cd "$dest" && npm ci --no-audit --no-fund --silent >/dev/null)
fi
cd "$root"
exec "$dest/node_modules/.bin/buf" "$@"
