#!/usr/bin/env bash
# Runs the bulk-awarding benchmark: starts PostgreSQL and the server, creates a published
# badge class, then compares 10,000-row bundles with COPY of equivalent rows in one run.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
eb_install_dependencies
eb_build
eb_db_start
EDUBADGES_DATABASE_URL=$(eb_db_fresh edubadges_bench)
export EDUBADGES_DATABASE_URL
mkdir -p "$EB_VAR"
TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label bench 2>/dev/null)
eb_server_start EDUBADGES_LOG_LEVEL=warn
trap 'eb_server_stop' EXIT
eb() { "$EB_BUILD/client/edubadges" --server "$EB_SERVER" --token "$TOKEN" "$@"; }
name_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])'; }
inst=$(eb institution create-institution @"$EB_ROOT/tools/demo/institutions/01-uu.json" | name_of)
faculty=$(eb faculty create-faculty "{\"faculty\": {\"institution\": \"$inst\", \"displayName\": {\"nl\": \"F\"}, \"description\": {\"nl\": \"d\"}}}" | name_of)
issuer=$(eb issuer create-issuer "{\"issuer\": {\"faculty\": \"$faculty\", \"displayName\": {\"nl\": \"I\"}, \"description\": {\"nl\": \"d\"}, \"url\": {\"nl\": \"https://uu.nl\"}, \"email\": \"i@uu.nl\"}}" | name_of)
badge=$(eb badge-class create-badge-class "{\"badgeClass\": {\"issuer\": \"$issuer\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\",
  \"displayName\": \"Bench\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\", \"criteria\": \"c\",
  \"image\": {\"data\": \"$(base64 -w0 "$EB_ROOT/tools/demo/catalog/badge.svg")\"}}}" | name_of)
"$EB_BUILD/tools/bench/bundle_ratio" "$EB_SERVER" "$TOKEN" "$badge" "$EDUBADGES_DATABASE_URL" "${1:-3}"
