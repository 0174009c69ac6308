#!/usr/bin/env bash
# Status list GETs served as stored vs re-signed, in one run (tools/bench/status_list_get.py):
# starts PostgreSQL and the server, makes an issuer with two credentials (one revoked), and
# GETs its status list N times each way (default 500).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
eb_install_dependencies
eb_build
eb_db_start
EDUBADGES_DATABASE_URL=$(eb_db_fresh edubadges_bench_status)
export EDUBADGES_DATABASE_URL
mkdir -p "$EB_VAR/bench-status"
: >"$EB_VAR/bench-status/server.log"
TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label bench 2>/dev/null)
export TOKEN EDUBADGES_LOG_LEVEL=warn
eb_master_key
python3 "$(dirname "$0")/status_list_get.py" "$EB_BUILD" "$EB_VAR/bench-status" "${1:-500}"
