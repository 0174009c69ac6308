# Step: Sanne's HU micro-credential as a VC-JWT (ES256) and as a signed Open Badges 3.0
# credential (Data Integrity, eddsa-rdfc-2022, with our EU micro-credential context), each
# verified by VerifyCredential; the issuer's key is rotated in between, and the main job
# ends by printing the signed credential and its verification report.
# Sourced by tools/run.sh (eb; sanne_assertion from the awarding step).

report() { # prints a VerifyCredential answer, one line per check
  python3 -c 'import json,sys; r = json.load(sys.stdin)
print("  verified: %s (%s, issuer %s)" % (r.get("verified", False), r["format"], r.get("issuer", "")))
for c in r["checks"]:
    print("    %-22s %-8s %s" % (c["kind"][len("CHECK_KIND_"):].lower(), c["outcome"][len("CHECK_OUTCOME_"):].lower(), c.get("message", "")))'
}
verify() { # credential-text [recipient e-mail]
  python3 -c 'import json,sys
req = {"credential": sys.argv[1]}
if len(sys.argv) > 2: req["recipient"] = {"identityType": "emailAddress", "identity": sys.argv[2]}
print(json.dumps(req))' "$@" | eb credential verify-credential - | report
}
credential_of() { # assertion format
  eb credential get-open-badge-credential "{\"assertion\": \"$1\", \"format\": \"CREDENTIAL_FORMAT_$2\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["credential"])'
}

sanne_credential=$(credential_of "$sanne_assertion" DATA_INTEGRITY)

eb_say "Sanne's micro-credential as a VC-JWT (ES256), verified:"
sanne_jwt=$(credential_of "$sanne_assertion" JWT_ES256)
printf '  %s…\n' "${sanne_jwt:0:100}"
verify "$sanne_jwt"

eb_say "the issuer's Ed25519 key is rotated (the credential above was signed with the old one):"
hu_issuer=$(eb badge-class get-badge-class "{\"name\": \"${badges[hu-micro-credential]}\"}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["issuer"])')
eb signing-key rotate-signing-key "{\"issuer\": \"$hu_issuer\", \"algorithm\": \"SIGNING_ALGORITHM_ED25519\"}" |
  python3 -c 'import json,sys; k = json.load(sys.stdin); print("  new key %s (%s)" % (k["name"], k["verificationMethod"]))'

eb_say "Sanne's signed Open Badges 3.0 micro-credential (eddsa-rdfc-2022, EU micro-credential context):"
echo "$sanne_credential"
eb_say "verified (its key is superseded, still published) and checked against Sanne's e-mail address:"
verify "$sanne_credential" "Sanne.deVries@student.hu.nl"
