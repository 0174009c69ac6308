#!/usr/bin/env bash
# API hygiene of proto/: buf lint with the rules of buf.yaml (AIP-style naming and a comment
# on every service, method, message, field and enum value). Exit status 0 when clean.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/buf.sh" lint
echo "buf lint: clean"
