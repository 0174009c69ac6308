#!/usr/bin/env bash
# Runs the foundation benchmark: starts PostgreSQL and the server, creates an institution,
# then measures Health.Check and GetInstitution with 64 calls in flight in one run.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
eb_install_dependencies
eb_build
eb_db_start
EDUBADGES_DATABASE_URL=$(eb_db_fresh edubadges_bench)
export EDUBADGES_DATABASE_URL
mkdir -p "$EB_VAR"
TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label bench 2>/dev/null)
eb_server_start EDUBADGES_LOG_LEVEL=warn ${EB_BENCH_ENV:-}
trap 'eb_server_stop' EXIT
name=$("$EB_BUILD/client/edubadges" --server "$EB_SERVER" --token "$TOKEN" institution create-institution \
  @"$EB_ROOT/tools/demo/institutions/01-uu.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])')
"$EB_BUILD/tools/bench/rpc_ratio" "$EB_SERVER" "$TOKEN" "$name" "${1:-5}"
