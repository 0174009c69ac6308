# Step: learners log in (validated and not) and consent; a SIS awards the HU
# micro-credential in a bundle (and retries it), learners claim, one is refused for lack
# of a validated name; a learner requests the ROC micro-credential and staff approve;
# one assertion is revoked. Sourced by tools/run.sh (eb, DEMO; badges from the catalog).

field() { python3 -c 'import json,sys; d = json.load(sys.stdin)
for k in sys.argv[1].split("."): d = d[int(k)] if isinstance(d, list) else d[k]
print(d)' "$1"; }

upsert_learner() { # eduid email eppn schac_home validated-name
  eb learner upsert-learner "{\"learner\": {\"eduid\": \"$1\", \"email\": \"$2\", \"validatedName\": \"$5\",
    \"accounts\": [{\"eppn\": \"$3\", \"schacHome\": \"$4\"}]}}" | field name
}
consent() { # learner institution kind
  eb learner record-consent "{\"learner\": \"$1\", \"consent\": {\"institution\": \"$2\",
    \"termsKind\": \"TERMS_KIND_$3\", \"termsVersion\": 1}}" >/dev/null
}

hu=$(institution_named hu.nl)
rocva=$(institution_named rocva.nl)
sanne=$(upsert_learner eduid-7f3a sanne.devries@student.hu.nl s.devries@student.hu.nl hu.nl "Sanne de Vries")
lotte=$(upsert_learner eduid-91c2 Lotte.Bakker@Example.NL lotte@tempguestidp.edubadges.nl tempguestidp.edubadges.nl "")
daan=$(upsert_learner eduid-22d8 daan.smit@student.rocva.nl d.smit@student.rocva.nl rocva.nl "Daan Smit")
consent "$sanne" "$hu" FORMAL
consent "$lotte" "$hu" FORMAL
consent "$daan" "$rocva" FORMAL
printf '  learners: %s (validated), %s (not validated), %s (validated)\n' "$sanne" "$lotte" "$daan"

eb_say "a SIS awards the HU micro-credential by eppn, with a request id (one row is bad):"
sis_bundle="{\"badgeClass\": \"${badges[hu-micro-credential]}\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\",
  \"source\": \"AWARD_SOURCE_SIS\", \"requestId\": \"osiris-2026-12-04-0001\", \"rows\": [
  {\"recipient\": \"S.deVries@student.hu.nl\", \"recipientName\": \"Sanne de Vries\", \"evidenceUrl\": \"https://portfolio.hu.nl/s.devries/secure-software\", \"grade\": \"8.5\"},
  {\"recipient\": \"someone@elsewhere.org\", \"evidenceUrl\": \"https://portfolio.hu.nl/x\"}]}"
first=$(eb direct-award create-direct-award-bundle "$sis_bundle")
python3 -c 'import json,sys; b = json.load(sys.stdin); c = b["counts"]
print("  bundle %s: %d offered" % (b["name"], c.get("unaccepted", 0)))
for r in b["results"]: print("   row %d: %s" % (r.get("row", 0), r.get("directAward") or r["errorReason"] + ": " + r["errorMessage"]))' <<<"$first"
again=$(eb direct-award create-direct-award-bundle "$sis_bundle")
[ "$again" = "$first" ] || eb_die "the retry with request id osiris-2026-12-04-0001 got another answer"
total=$(eb direct-award get-direct-award-bundle "{\"name\": \"$(field name <<<"$first")\"}" | field counts.total)
echo "  the SIS retried: it got the first answer again, and the bundle still holds $total award(s)"

eb_say "Sanne claims it and makes it public:"
sanne_award=$(field results.0.directAward <<<"$first")
sanne_assertion=$(eb direct-award claim-direct-award "{\"name\": \"$sanne_award\", \"learner\": \"$sanne\"}" | field name)
eb assertion set-assertion-public "{\"name\": \"$sanne_assertion\", \"learner\": \"$sanne\", \"public\": true}" |
  python3 -c 'import json,sys; a = json.load(sys.stdin)
print("  %s for %s, grade %s, public %s, recipient %s" % (a["name"], a["recipientName"], a.get("grade"), a.get("public", False), a["recipientIdentity"]))'

eb_say "Lotte has no validated name, so her e-mail award cannot be claimed:"
lotte_bundle=$(eb direct-award create-direct-award-bundle "{\"badgeClass\": \"${badges[hu-micro-credential]}\",
  \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\", \"source\": \"AWARD_SOURCE_UI\",
  \"rows\": [{\"recipient\": \"lotte.bakker@example.nl\", \"evidenceUrl\": \"https://portfolio.hu.nl/lotte\"}]}")
eb direct-award claim-direct-award "{\"name\": \"$(field results.0.directAward <<<"$lotte_bundle")\", \"learner\": \"$lotte\"}" || true

eb_say "Daan requests the ROC micro-credential; staff approve it:"
request=$(eb badge-request create-badge-request "{\"badgeRequest\": {\"badgeClass\": \"${badges[rocva-micro-credential]}\",
  \"learner\": \"$daan\", \"narrative\": \"Ik heb de praktijkopdracht in de wijk afgerond.\"}}" | field name)
daan_assertion=$(eb badge-request approve-badge-request "{\"name\": \"$request\", \"narrative\": \"Praktijkopdracht voldoende afgerond.\"}" | field name)
printf '  %s approved: %s\n' "$request" "$daan_assertion"
eb assertion set-assertion-public "{\"name\": \"$daan_assertion\", \"learner\": \"$daan\", \"public\": true}" >/dev/null
echo "  Daan shares it publicly"

eb_say "one assertion is revoked, with a reason:"
eb assertion revoke-assertions "{\"names\": [\"$daan_assertion\"], \"reason\": \"Uitgereikt aan de verkeerde student\"}" |
  python3 -c 'import json,sys; a = json.load(sys.stdin)["assertions"][0]; print("  %s revoked: %s" % (a["name"], a["revocationReason"]))'
