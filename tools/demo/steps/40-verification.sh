# Step: Open Badges 2.0 hosted verification over the public HTTP side: Sanne's public
# assertion with its badge class and issuer, the hashed recipient checked against her
# e-mail address, and Daan's revoked one answering 410. Sourced by tools/run.sh (after
# 30-awarding.sh: sanne_assertion, daan_assertion; EB_HTTP, the public base URL).

public_url="$EB_HTTP/public/assertions/${sanne_assertion##*/}"
eb_say "Sanne's public assertion: $public_url"
assertion_json=$(curl -sf -H 'Accept: application/ld+json' "$public_url")
printf '%s\n' "$assertion_json"
badge_url=$(field badge <<<"$assertion_json")
eb_say "its badge class ($badge_url), with the EU micro-credential terms of our context:"
badge_json=$(curl -sf "$badge_url")
python3 -c 'import json,sys; b = json.load(sys.stdin)
print("  @context:", b["@context"])
for k in ("name", "eqfLevel", "ects", "assessmentType", "participationForm", "assessmentSupervision", "stackability", "issuerCountry"):
    print("  %s: %s" % (k, b.get(k)))' <<<"$badge_json"
eb_say "its issuer ($(field issuer <<<"$badge_json")):"
curl -sf "$(field issuer <<<"$badge_json")" | python3 -c 'import json,sys; i = json.load(sys.stdin); print("  %s <%s> %s" % (i["name"], i["email"], i["url"]))'
eb_say "a verifier checks the hashed recipient with Sanne's e-mail address and the salt:"
python3 -c 'import hashlib,json,sys; r = json.load(sys.stdin)["recipient"]
ok = r["identity"] == "sha256$" + hashlib.sha256((sys.argv[1] + r["salt"]).encode()).hexdigest()
print("  %s + salt %s -> %s" % (sys.argv[1], r["salt"], "matches" if ok else "DOES NOT MATCH")); sys.exit(0 if ok else 1)' \
  sanne.devries@student.hu.nl <<<"$assertion_json"
eb_say "Daan's revoked assertion:"
curl -s -w '\n  HTTP %{http_code}\n' "$EB_HTTP/public/assertions/${daan_assertion##*/}"
