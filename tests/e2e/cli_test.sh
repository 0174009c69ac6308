#!/usr/bin/env bash
# The CLI end to end: help lists a sub-command per unary RPC, JSON in and out, a readable error
# with field violations and a non-zero exit, token from flag or environment.
source "$(dirname "$0")/env.sh" "$1" cli
cli() { "$EB_BUILD/client/edubadges" --server "$EB_SERVER" "$@"; }

help=$(cli help)
for cmd in "institution create-institution" "institution get-institution" "institution list-institutions" \
           "institution update-institution" "institution archive-institution" \
           "institution delete-institution" "tag create-tag" "vocabulary list-vocabularies" "health check"; do
  expect_contains "$help" "$cmd" "help"
done

# Streaming methods are not offered: the CLI makes unary calls only.
case "$help" in *"health watch"*) fail "help lists the streaming health watch" ;; esac
set +e
err=$(cli health watch 2>&1); rc=$?
set -e
[ $rc -eq 2 ] || fail "a streaming method is a usage error (exit $rc)"
expect_contains "$err" "streaming method" "health watch"
for timeout in abc -5 1e10 0 2.5 3601; do
  set +e
  err=$(cli --timeout "$timeout" health check 2>&1); rc=$?
  set -e
  [ $rc -eq 2 ] || fail "--timeout $timeout is a usage error (exit $rc)"
  expect_contains "$err" "--timeout must be a whole number of seconds" "--timeout $timeout"
done
expect_contains "$(cli --timeout 3600 health check)" "SERVING" "--timeout 3600"

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
# The server refuses a bad listen address at start-up; flags may come before the command.
server_bin="$EB_BUILD/server/edubadges-server"
for address in 127.0.0.1:99999 127.0.0.1: :50051 127.0.0.1:5x 127.0.0.1:-1 '[::1]' '[]:1'; do
  set +e
  err=$(timeout 10 "$server_bin" serve --listen "$address" 2>&1); rc=$? # a server that starts is stopped
  set -e
  [ $rc -eq 2 ] || fail "--listen $address: exit 2 expected (got $rc)"
  expect_contains "$err" "port from 0 to 65535" "--listen $address"
done
"$server_bin" --statement-timeout-ms 5000 migrate 2>>"$EB_VAR/server.log" || fail "a flag before the command"
# The master key: missing, unreadable by others only, not 64 hex characters -> a start-up error.
bad_key="$EB_VAR/bad.key"
for content in "" "0011" "zz$(printf '0%.0s' $(seq 62))"; do
  rm -f "$bad_key"; (umask 077; printf "%s" "$content" >"$bad_key")
  set +e
  err=$(EDUBADGES_LISTEN=127.0.0.1:0 timeout 10 "$server_bin" serve --master-key-file "$bad_key" 2>&1); rc=$?
  set -e
  [ $rc -eq 1 ] || fail "bad master key '$content': exit 1 expected (got $rc)"
  expect_contains "$err" "not 64 hexadecimal characters" "bad master key"
done
chmod 644 "$bad_key"
set +e
err=$(EDUBADGES_LISTEN=127.0.0.1:0 timeout 10 "$server_bin" serve --master-key-file "$bad_key" 2>&1)
err_none=$(EDUBADGES_MASTER_KEY_FILE= EDUBADGES_LISTEN=127.0.0.1:0 timeout 10 "$server_bin" serve 2>&1); rc=$?
set -e
expect_contains "$err" "chmod 600" "a master key readable by others"
[ $rc -eq 2 ] || fail "no master key: exit 2 expected (got $rc)"
expect_contains "$err_none" "no master key" "no master key"

# An HBO micro-credential with every EU field, created through the CLI, reads back as sent.
demo="$(dirname "$0")/../../tools/demo/catalog"
name_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])'; }
fill() { # file placeholder value: the demo request with the placeholder and the image filled in
  python3 - "$demo/$1" "$2" "$3" "$(base64 -w0 "$demo/badge.svg")" <<'PY'
import sys
print(open(sys.argv[1]).read().replace(sys.argv[2], sys.argv[3]).replace("__IMAGE__", sys.argv[4]))
PY
}
hu=$(cli --token "$TOKEN" institution create-institution '{"institution": {"identifier": "hu.nl",
  "displayName": {"nl": "Hogeschool Utrecht"}, "description": {"nl": "Hogeschool"}, "sector": "SECTOR_HBO",
  "countryCode": "NL", "regionCode": "NL-UT", "microCredentialsEnabled": true}}' | name_of)
faculty=$(fill hu-faculty.json __INSTITUTION__ "$hu" | cli --token "$TOKEN" faculty create-faculty - | name_of)
issuer=$(fill hu-issuer.json __FACULTY__ "$faculty" | cli --token "$TOKEN" issuer create-issuer - | name_of)
request=$(fill hu-micro-credential.json __ISSUER__ "$issuer")
created=$(cli --token "$TOKEN" badge-class create-badge-class - <<<"$request")
badge=$(name_of <<<"$created")
got=$(cli --token "$TOKEN" badge-class get-badge-class "{\"name\": \"$badge\"}")
python3 - "$request" "$created" "$got" <<'PY' || fail "the micro-credential does not read back as sent"
import json, sys
sent = json.loads(sys.argv[1])["badgeClass"]
created, got = json.loads(sys.argv[2]), json.loads(sys.argv[3])
del sent["image"]
wrong = {k: (v, got.get(k)) for k, v in sent.items() if got.get(k) != v}
assert not wrong, wrong
assert created == got, "create and get differ"
assert got["image"]["mediaType"] == "image/svg+xml" and got["issuerCountryCode"] == "NL"
assert got["qualityAssurance"]["name"].startswith("Kwaliteitskader"), got.get("qualityAssurance")
PY
# CSV: every page of a management query, formulas neutralised (a draft named like a formula).
cli --token "$TOKEN" badge-class create-badge-class "{\"badgeClass\": {\"issuer\": \"$issuer\",
  \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\", \"displayName\": \"=HYPERLINK(\\\"http://x\\\")\",
  \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"draft\": true}}" >/dev/null
csv=$(cli --token "$TOKEN" --csv insights list-badge-class-overview "{\"institution\": \"$hu\", \"pageSize\": 1}")
python3 - "$csv" "$badge" <<'PY' || fail "the CSV export of the badge class overview"
import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.argv[1])))
assert rows[0][:2] == ["institution", "institution_display_name.nl"], rows[0]
assert len(rows) == 3, rows  # the header and one row from each of two pages
names = {r[rows[0].index("badge_class")]: r[rows[0].index("badge_class_display_name")] for r in rows[1:]}
assert sys.argv[2] in names, names
assert "'=HYPERLINK(\"http://x\")" in names.values(), names
assert not any(c[:1] in "=+-@" for r in rows for c in r if c), rows
PY
# Login: an API client's credentials become a saved token (mode 0600) that later commands
# use; logout revokes and forgets it; a wrong secret is refused.
export EDUBADGES_TOKEN_FILE="$EB_VAR/login/token"
inst=$(cli --token "$TOKEN" institution create-institution '{"institution": {"identifier": "windesheim.nl",
  "displayName": {"nl": "Windesheim"}, "description": {"nl": "Hogeschool"}, "sector": "SECTOR_HBO",
  "countryCode": "NL", "sisIntegrationEnabled": true}}' | name_of)
client=$(cli --token "$TOKEN" api-client create-api-client "{\"apiClient\": {\"institution\": \"$inst\",
  \"kind\": \"API_CLIENT_KIND_SIS\", \"displayName\": \"Osiris\"}}")
client_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["apiClient"]["clientId"])' <<<"$client")
secret=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["clientSecret"])' <<<"$client")
cli --token "$TOKEN" staff create-membership "{\"membership\": {\"member\": \"apiClients/$client_id\",
  \"node\": \"$inst\", \"permissions\": [\"PERMISSION_READ\"]}}" >/dev/null
set +e
err=$(cli login --client-id "$client_id" --client-secret wrong 2>&1); rc=$?
set -e
[ $rc -eq 1 ] || fail "a wrong secret is refused (exit $rc)"
expect_contains "$err" "INVALID_CLIENT" "login with a wrong secret"
# a token file left readable by others (an old copy, a careless editor) is made private
mkdir -p "$(dirname "$EDUBADGES_TOKEN_FILE")"
echo stale >"$EDUBADGES_TOKEN_FILE"
chmod 644 "$EDUBADGES_TOKEN_FILE"
out=$(EDUBADGES_CLIENT_SECRET="$secret" cli login --client-id "$client_id")
expect_contains "$out" "logged in as apiClients/$client_id" "login"
[ "$(stat -c %a "$EDUBADGES_TOKEN_FILE")" = 600 ] || fail "the saved token is readable by others"
expect_contains "$(cli institution get-institution "{\"name\": \"$inst\"}")" '"windesheim.nl"' "a call with the saved token"
saved=$(cat "$EDUBADGES_TOKEN_FILE")
expect_contains "$(cli logout)" "logged out" "logout"
[ ! -e "$EDUBADGES_TOKEN_FILE" ] || fail "logout leaves the token file"
set +e
err=$(cli --token "$saved" auth get-caller 2>&1); rc=$?
set -e
[ $rc -eq 1 ] || fail "a revoked token is refused (exit $rc)"
expect_contains "$err" "UNAUTHENTICATED" "the token after logout"
unset EDUBADGES_TOKEN_FILE

# Every line the server wrote (it migrated one database three times) is a JSON object.
python3 - "$EB_VAR/server.log" <<'PY' || fail "the server log has lines that are not JSON"
import json, sys
bad = []
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        assert isinstance(json.loads(line), dict)
    except (ValueError, AssertionError):
        bad.append(line.rstrip())
assert not bad, bad
PY
echo "cli_test: passed"
