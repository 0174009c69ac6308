#!/usr/bin/env bash
# Open Badges 2.0 hosted verification, checked independently: the catalog and the awards are
# made through the CLI, then ob2_check.py (Python standard library, rules of the 1EdTech OB 2.0
# validator) fetches the hosted documents over HTTP from the running server: a valid public
# assertion whose hashed identity verifies, 410 after revocation, 404 for what is not public.
source "$(dirname "$0")/env.sh" "$1" ob2_hosted
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
demo="$root/tools/demo/catalog"
cli() { "$EB_BUILD/client/edubadges" --server "$EB_SERVER" --token "$TOKEN" "$@"; }
field() { python3 -c 'import json,sys; d = json.load(sys.stdin)
for k in sys.argv[1].split("."): d = d[int(k)] if isinstance(d, list) else d[k]
print(d)' "$1"; }
fill() { # file placeholder value: a demo request with the placeholder and the image filled in
  python3 - "$demo/$1" "$2" "$3" "$(base64 -w0 "$demo/badge.svg")" <<'PY'
import sys
print(open(sys.argv[1]).read().replace(sys.argv[2], sys.argv[3]).replace("__IMAGE__", sys.argv[4]))
PY
}
id_of() { sed 's|.*/||' <<<"$1"; }

# the validator's own fixtures get the validator's verdicts
python3 "$here/ob2_check.py" selftest "$root/tests/fixtures/ob2" || fail "the checker disagrees with the validator's fixtures"

hu=$(cli institution create-institution @"$root/tools/demo/institutions/04-hu.json" | field name)
faculty=$(fill hu-faculty.json __INSTITUTION__ "$hu" | cli faculty create-faculty - | field name)
issuer=$(fill hu-issuer.json __FACULTY__ "$faculty" | cli issuer create-issuer - | field name)
badge=$(fill hu-micro-credential.json __ISSUER__ "$issuer" | cli badge-class create-badge-class - | field name)
second=$(fill hu-micro-credential.json __ISSUER__ "$issuer" | cli badge-class create-badge-class - | field name)
draft=$(cli badge-class create-badge-class "{\"badgeClass\": {\"issuer\": \"$issuer\", \"draft\": true,
  \"badgeClassType\": \"BADGE_CLASS_TYPE_REGULAR\", \"displayName\": \"Concept\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\"}}" | field name)
# a faculty for testing publishes nothing
test_faculty=$(cli faculty create-faculty "{\"faculty\": {\"institution\": \"$hu\", \"visibility\": \"VISIBILITY_TEST\",
  \"displayName\": {\"nl\": \"Testomgeving\"}, \"description\": {\"nl\": \"Om uit te proberen.\"}}}" | field name)
test_issuer=$(fill hu-issuer.json __FACULTY__ "$test_faculty" | sed 's/Leven Lang Ontwikkelen ICT/Test ICT/; s/Lifelong Learning ICT/Test ICT/' |
  cli issuer create-issuer - | field name)
test_badge=$(fill hu-micro-credential.json __ISSUER__ "$test_issuer" | cli badge-class create-badge-class - | field name)

learner() { # eduid e-mail eppn
  local l
  l=$(cli learner upsert-learner "{\"learner\": {\"eduid\": \"$1\", \"email\": \"$2\", \"validatedName\": \"Learner $1\",
    \"accounts\": [{\"eppn\": \"$3\", \"schacHome\": \"hu.nl\"}]}}" | field name)
  cli learner record-consent "{\"learner\": \"$l\", \"consent\": {\"institution\": \"$hu\", \"termsKind\": \"TERMS_KIND_FORMAL\",
    \"termsVersion\": 1}}" >/dev/null
  echo "$l"
}
award() { # badge-class learner eppn public(true|false): the assertion's name
  local bundle a
  bundle=$(cli direct-award create-direct-award-bundle "{\"badgeClass\": \"$1\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\",
    \"source\": \"AWARD_SOURCE_SIS\", \"rows\": [{\"recipient\": \"$3\", \"narrative\": \"Beroepsproduct verdedigd.\",
    \"evidenceUrl\": \"https://portfolio.hu.nl/private\", \"grade\": \"8\"}]}")
  a=$(cli direct-award claim-direct-award "{\"name\": \"$(field results.0.directAward <<<"$bundle")\", \"learner\": \"$2\"}" | field name)
  cli assertion set-assertion-public "{\"name\": \"$a\", \"learner\": \"$2\", \"public\": $4}" >/dev/null
  echo "$a"
}
# the e-mail address as the identity layer reported it: mixed case, "e" + combining acute (NFD)
email='  Rene\u0301e.Bakker@Example.NL'
renee=$(learner eduid-renee "$email" renee@student.hu.nl)
valid=$(award "$badge" "$renee" renee@student.hu.nl true)
daan=$(learner eduid-daan daan@example.nl daan@student.hu.nl)
revoked=$(award "$badge" "$daan" daan@student.hu.nl true)
reason="Uitgereikt aan de verkeerde student"
cli assertion revoke-assertions "{\"names\": [\"$revoked\"], \"reason\": \"$reason\"}" >/dev/null
private=$(award "$second" "$daan" daan@student.hu.nl false)
unpublished=$(award "$second" "$renee" renee@student.hu.nl true)
test_assertion=$(award "$test_badge" "$renee" renee@student.hu.nl true)
# a badge class taken back to draft after it was awarded (not possible through the API)
psql -q "$EDUBADGES_DATABASE_URL" -c "UPDATE badge_classes SET draft = true WHERE public_id = '$(id_of "$second")'"

python3 - "$EB_HTTP" "$EB_VAR/manifest.json" "$valid" "$email" "$revoked" "$reason" "$private" "$unpublished" \
  "$draft" "$test_issuer" "$test_badge" "$test_assertion" "$second" "$root" <<'PY'
import json, sys
base, out, valid, email, revoked, reason, private, unpublished, draft, t_issuer, t_badge, t_assertion, second, root = sys.argv[1:]
email = email.encode().decode("unicode_escape")
url = lambda path, name: base + path + name.rsplit("/", 1)[1]
json.dump({
    "valid": {"url": url("/public/assertions/", valid), "email": email,
              "same_person": ["renée.bakker@example.nl", "RENÉE.BAKKER@EXAMPLE.NL", "\u00a0Rene\u0301e.bakker@example.nl "]},
    "revoked": {"url": url("/public/assertions/", revoked), "reason": reason},
    "not_found": {
        "private assertion": url("/public/assertions/", private),
        "assertion of a badge class taken back to draft": url("/public/assertions/", unpublished),
        "draft badge class": url("/public/badges/", draft),
        "image of the draft badge class": url("/public/badges/", draft) + "/image",
        "badge class taken back to draft": url("/public/badges/", second),
        "issuer of a test faculty": url("/public/issuers/", t_issuer),
        "image of the issuer of a test faculty": url("/public/issuers/", t_issuer) + "/image",
        "badge class of a test faculty": url("/public/badges/", t_badge),
        "assertion of a test faculty": url("/public/assertions/", t_assertion),
        "unknown assertion": base + "/public/assertions/AAAAAAAAAAAAAAAAAAAAAA",
        "malformed id": base + "/public/assertions/not-an-id",
        "unknown path": base + "/public/assertions/",
    },
    "image_file": root + "/tools/demo/catalog/badge.svg",
    "ob2_context_file": root + "/contexts/openbadges-v2.json",
    "eu_context_file": root + "/contexts/edubadges-eu-microcredential-1.0.jsonld",
    "eu_context_url": base + "/contexts/eu-microcredential/1.0.jsonld",
    "eu_terms": ["badgeClassType", "learningOutcomes", "eqfLevel", "nlqfLevel", "levelVerified", "ects",
                 "assessmentType", "participationForm", "assessmentSupervision", "qualityAssuranceName",
                 "qualityAssuranceUrl", "stackability", "stacksTowardsName", "stacksTowardsUrl",
                 "courseLanguage", "issuerCountry", "issuerRegion"],
}, open(out, "w"), indent=2)
PY
python3 "$here/ob2_check.py" hosted "$EB_VAR/manifest.json" || fail "the hosted documents do not pass the OB 2.0 checks"

# only GET and HEAD; HEAD gives the headers of GET
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$EB_HTTP/public/assertions/$(id_of "$valid")")
[ "$code" = 405 ] || fail "POST: $code, not 405"
curl -sfI "$EB_HTTP/public/assertions/$(id_of "$valid")" | grep -qi '^content-type: application/ld+json' || fail "HEAD"
# a client that accepts only application/json gets it as such
curl -sf -D - -o /dev/null -H 'Accept: application/json' "$EB_HTTP/public/badges/$(id_of "$badge")" |
  grep -qi '^content-type: application/json' || fail "Accept: application/json"

# a configured public base URL is the prefix of every id; bad ones stop the server at start-up
eb_server_stop
eb_server_start EDUBADGES_PUBLIC_BASE_URL=https://badges.example.org/edubadges/
port=$(cat "$EB_VAR/server.http-port")
doc=$(curl -sf "http://127.0.0.1:$port/public/assertions/$(id_of "$valid")")
[ "$(field id <<<"$doc")" = "https://badges.example.org/edubadges/public/assertions/$(id_of "$valid")" ] ||
  fail "the id does not start with the public base URL: $(field id <<<"$doc")"
[ "$(field badge <<<"$doc")" = "https://badges.example.org/edubadges/public/badges/$(id_of "$badge")" ] || fail "badge URL"
for url in http://badges.example.org ftp://badges.example.org https:// 'https://a b.org' https://user@badges.example.org \
           'https://badges.example.org/?x=1' 'https://badges.example.org/#top' https://badges.example.org:123456 'https://-x.org'; do
  set +e
  err=$(EDUBADGES_PUBLIC_BASE_URL="$url" timeout 10 "$EB_BUILD/server/edubadges-server" serve 2>&1); rc=$?
  set -e
  [ $rc -eq 2 ] || fail "public base URL $url: exit 2 expected (got $rc)"
  expect_contains "$err" "--public-base-url (EDUBADGES_PUBLIC_BASE_URL)" "public base URL $url"
done
set +e
err=$(EDUBADGES_HTTP_LISTEN=127.0.0.1:70000 timeout 10 "$EB_BUILD/server/edubadges-server" serve 2>&1); rc=$?
set -e
[ $rc -eq 2 ] || fail "--http-listen 127.0.0.1:70000: exit 2 expected (got $rc)"
expect_contains "$err" "--http-listen (EDUBADGES_HTTP_LISTEN)" "--http-listen"
echo "ob2_hosted: all checks passed"
