#!/usr/bin/env bash
# The CLI end to end: help lists a sub-command per RPC, JSON in and out, a readable error
# with field violations and a non-zero exit, token from flag or environment.
source "$(dirname "$0")/env.sh" "$1" cli
cli() { "$EB_BUILD/client/edubadges" --server "$EB_SERVER" "$@"; }

help=$(cli help)
for cmd in "institution create-institution" "institution get-institution" "institution list-institutions" \
           "institution update-institution" "institution archive-institution" \
           "institution delete-institution" "tag create-tag" "vocabulary list-vocabularies" "health check"; do
  expect_contains "$help" "$cmd" "help"
done

out=$(cli --token "$TOKEN" institution create-institution '{"institution": {"identifier": "hanze.nl",
  "displayName": {"nl": "Hanzehogeschool Groningen"}, "description": {"en": "University of applied sciences"},
  "sector": "SECTOR_HBO", "countryCode": "NL", "regionCode": "NL-GR"}}')
expect_contains "$out" '"identifier": "hanze.nl"' "create"
name=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])' <<<"$out")

out=$(EDUBADGES_TOKEN="$TOKEN" cli institution get-institution "{\"name\": \"$name\"}")
expect_contains "$out" '"etag": "v1"' "get with the token from the environment"

set +e
err=$(cli --token "$TOKEN" institution create-institution '{"institution": {"identifier": "x", "sector": "SECTOR_XX"}}' 2>&1)
rc=$?
[ $rc -eq 2 ] || fail "a bad enum name is a usage error (exit $rc)"
expect_contains "$err" "institution.sector" "bad enum"
err=$(cli --token "$TOKEN" institution create-institution '{"institution": {"identifier": "x"}}' 2>&1)
rc=$?
set -e
[ $rc -eq 1 ] || fail "a refused call exits with 1 (got $rc)"
expect_contains "$err" "INVALID_ARGUMENT" "refused call"
expect_contains "$err" "  - institution.identifier: must be a domain name" "violation list"
expect_contains "$err" "  - institution.country_code: is required" "violation list"

set +e
err=$(cli institution list-institutions '{}' 2>&1); rc=$?
set -e
[ $rc -eq 1 ] || fail "no token: exit 1"
expect_contains "$err" "UNAUTHENTICATED" "no token"
echo "cli_test: passed"
