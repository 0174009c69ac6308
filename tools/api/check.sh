#!/usr/bin/env bash
# API hygiene of proto/: buf lint with the rules of buf.yaml (AIP-style naming and a comment
# on every service, method, message, field and enum value), then buf breaking (FILE rules:
# wire, JSON and generated-code compatibility) against the API that last landed on main:
#  - tools/api/baseline.binpb, an image of that API committed in the repository, so the check
#    needs no git history (shallow clones) and works on the very first run; it is refreshed
#    deliberately with tools/api/update-baseline.sh, never by the check;
#  - and, when EDUBADGES_API_BASE_REF names a commit (e.g. the target branch of a merge
#    request), proto/ as of that commit too, unless the baseline was refreshed since that
#    commit (a break accepted deliberately).
# Usage: check.sh [workspace]   (a directory with buf.yaml and proto/; default: this checkout)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
workspace=$(cd "${1:-$root}" && pwd)
baseline="$here/baseline.binpb"
buf() { bash "$here/buf.sh" "$@"; }

buf lint "$workspace" --error-format=msvs
echo "buf lint: clean"

[ -f "$baseline" ] || { echo "error: no API baseline $baseline; create it with tools/api/update-baseline.sh" >&2; exit 1; }
if ! buf breaking "$workspace" --against "$baseline" --exclude-imports --error-format=msvs; then
  echo "error: breaking change against the API baseline (tools/api/baseline.binpb). Restore" \
    "compatibility, or, if the break is deliberate, run tools/api/update-baseline.sh and say why" \
    "in the commit message." >&2
  exit 1
fi
echo "buf breaking: no breaking change against tools/api/baseline.binpb"

if [ -n "${EDUBADGES_API_BASE_REF:-}" ]; then
  git -C "$root" cat-file -e "$EDUBADGES_API_BASE_REF^{commit}" 2>/dev/null ||
    { echo "error: EDUBADGES_API_BASE_REF=$EDUBADGES_API_BASE_REF is not a commit of this clone (shallow?)" >&2; exit 1; }
  if git -C "$root" cat-file -e "$EDUBADGES_API_BASE_REF:tools/api/baseline.binpb" 2>/dev/null &&
    ! git -C "$root" show "$EDUBADGES_API_BASE_REF:tools/api/baseline.binpb" | cmp -s - "$baseline"; then
    echo "buf breaking: the baseline was refreshed since $EDUBADGES_API_BASE_REF; compared with the baseline only"
    exit 0
  fi
  old=$(mktemp -d)
  trap 'rm -rf "$old"' EXIT
  git -C "$root" archive "$EDUBADGES_API_BASE_REF" proto | tar -x -C "$old"
  buf breaking "$workspace" --against "$old/proto" --exclude-imports --error-format=msvs
  echo "buf breaking: no breaking change against $EDUBADGES_API_BASE_REF"
fi
