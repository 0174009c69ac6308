#!/usr/bin/env bash
# Refreshes tools/api/baseline.binpb, the image of the landed API that tools/api/check.sh
# compares proto/ with (without source info: comments are not part of compatibility). Run it
# deliberately: after a branch landed on main, or with a breaking change that was agreed on
# (the breaking changes are listed first; say why in the commit message).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
baseline="$here/baseline.binpb"
buf() { bash "$here/buf.sh" "$@"; }
if [ -f "$baseline" ]; then
  buf breaking --against "$baseline" --exclude-imports --error-format=msvs || echo "(the breaking changes above are now accepted)"
fi
buf build --exclude-source-info -o "$baseline"
echo "wrote $baseline"
