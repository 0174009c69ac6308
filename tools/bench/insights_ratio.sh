#!/usr/bin/env bash
# Runs the insights benchmark on the synthetic national dataset, which must be loaded
# first (bash tools/national/load.sh: minutes, so it is not done here): starts the server
# on that database and compares every InsightsService query through the server with a
# plain GROUP BY over the awards, in one run.
# Usage: tools/bench/insights_ratio.sh [fast calls per query (200)] [plain runs per query (3)]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
eb_install_dependencies
eb_build
eb_db_start
db=${EB_NATIONAL_DB:-edubadges_national}
url="postgresql:///$db?host=$EB_PG_SOCKET_DIR&user=edubadges"
psql "$url" -Atc "SELECT 1 FROM insight_counts LIMIT 1" >/dev/null 2>&1 ||
  eb_die "no dataset in database $db: load it first with bash tools/national/load.sh"
export EDUBADGES_DATABASE_URL=$url
mkdir -p "$EB_VAR"
TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label insights-bench 2>/dev/null)
eb_server_start EDUBADGES_LOG_LEVEL=warn
trap 'eb_server_stop' EXIT
"$EB_BUILD/tools/bench/insights_ratio" "$EB_SERVER" "$TOKEN" "$url" "${1:-200}" "${2:-3}"
