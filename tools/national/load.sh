#!/usr/bin/env bash
# Loads the synthetic national dataset (tools/national/generate.sql) into a fresh database
# of the private cluster, then rebuilds the insights counters and analyses the tables.
# A tool to run by hand (minutes for 10 million assertions), never part of the tests.
# Usage: tools/national/load.sh [assertions (10000000)] [learners (2000000)]
# The database is $EB_NATIONAL_DB (default edubadges_national); its URL is printed last.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
eb_install_dependencies
eb_build
eb_db_start
url=$(eb_db_fresh "${EB_NATIONAL_DB:-edubadges_national}")
EDUBADGES_DATABASE_URL=$url "$EB_BUILD/server/edubadges-server" migrate 2>/dev/null
SECONDS=0
# replica mode: no triggers and no foreign-key checks while the rows go in
psql "$url" -q -v assertions="${1:-10000000}" -v learners="${2:-2000000}" \
  -c 'SET session_replication_role = replica' -c 'SET work_mem = '"'256MB'" -f "$here/generate.sql"
eb_say "generated in ${SECONDS}s; rebuilding the insights counters"
psql "$url" -q -c 'SELECT insight_rebuild()' -c 'VACUUM ANALYZE'
psql "$url" -At -c "SELECT format('%s institutions, %s faculties, %s issuers, %s badge classes, %s learners, %s assertions, %s direct awards, %s requests',
  (SELECT count(*) FROM institutions), (SELECT count(*) FROM faculties), (SELECT count(*) FROM issuers),
  (SELECT count(*) FROM badge_classes), (SELECT count(*) FROM learners), (SELECT count(*) FROM assertions),
  (SELECT count(*) FROM direct_awards), (SELECT count(*) FROM badge_requests))" >&2
eb_say "loaded in ${SECONDS}s"
echo "$url"
