# Step: the access model at the HU. An operator invites the first institution admin; staff
# log in with ID tokens of the test OpenID Connect issuer (minted here, never in
# production); the admin invites an awarder for the micro-credential, who awards it but is
# refused an edit (a denied call); the admin requires MFA, and the awarder's token without
# MFA is refused (an MFA-required call); a SIS client logs in with the CLI and awards with
# source SIS; the audit trail and an access review. Sourced by tools/run.sh (eb, OIDC_DIR,
# badges from the catalog).

hu=$(institution_named hu.nl)
micro=${badges[hu-micro-credential]}
# An ID token of a HU staff member: sub, e-mail, name and whether the login used MFA.
staff_token() {
  local acr=https://refeds.org/profile/sfa
  [ "$4" = mfa ] && acr=https://refeds.org/profile/mfa
  "$EB_BUILD/tools/oidc/edubadges-test-issuer" token "$OIDC_DIR" staff \
    "{\"sub\": \"$1\", \"email\": \"$2\", \"name\": \"$3\", \"schac_home_organization\": \"hu.nl\", \"acr\": \"$acr\"}"
}
as() { local token=$1; shift; EDUBADGES_TOKEN=$token eb "$@"; }
caller() { python3 -c 'import json,sys; c = json.load(sys.stdin); print("  %s: %s (%s)%s" % (c["kind"], c["name"], c["displayName"], " with MFA" if c.get("mfa") else ""))'; }

eb_say "an operator invites the HU's first institution admin; she logs in (the invitation is taken up):"
eb staff create-invitation "{\"invitation\": {\"email\": \"m.devries@hu.nl\", \"node\": \"$hu\",
  \"role\": \"STAFF_ROLE_INSTITUTION_ADMIN\"}}" >/dev/null
admin=$(staff_token hu-4711 M.deVries@hu.nl "Marieke de Vries" mfa)
as "$admin" auth get-caller | caller

eb_say "she invites an awarder for the micro-credential; he logs in without MFA and awards it:"
as "$admin" staff create-invitation "{\"invitation\": {\"email\": \"p.jansen@hu.nl\", \"node\": \"$micro\",
  \"role\": \"STAFF_ROLE_BADGE_CLASS_AWARDER\"}}" >/dev/null
awarder=$(staff_token hu-0815 p.jansen@hu.nl "Pieter Jansen" no-mfa)
as "$awarder" auth get-caller | caller
as "$awarder" direct-award create-direct-award-bundle "{\"badgeClass\": \"$micro\",
  \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\", \"rows\": [{\"recipient\": \"k.bakker@student.hu.nl\",
  \"evidenceUrl\": \"https://portfolio.hu.nl/k.bakker/secure-software\"}]}" |
  python3 -c 'import json,sys; b = json.load(sys.stdin); print("  %s by %s, source %s" % (b["name"], b["creator"], b["source"]))'

eb_say "a denied call: the awarder may not edit the badge class:"
as "$awarder" badge-class update-badge-class "{\"badgeClass\": {\"name\": \"$micro\", \"description\": \"Nieuw\"},
  \"updateMask\": \"description\"}" || true

eb_say "the admin requires MFA for HU staff; the awarder's token without MFA is refused, with MFA he may:"
as "$admin" institution update-institution "{\"institution\": {\"name\": \"$hu\", \"requireMfaForStaff\": true},
  \"updateMask\": \"requireMfaForStaff\"}" >/dev/null
as "$awarder" badge-class get-badge-class "{\"name\": \"$micro\"}" || true
awarder=$(staff_token hu-0815 p.jansen@hu.nl "Pieter Jansen" mfa)
as "$awarder" badge-class get-badge-class "{\"name\": \"$micro\"}" |
  python3 -c 'import json,sys; print("  read with MFA:", json.load(sys.stdin)["displayName"])'

eb_say "a SIS client: registered by the admin, logged in with the CLI, awarding with source SIS:"
sis=$(as "$admin" api-client create-api-client "{\"apiClient\": {\"institution\": \"$hu\",
  \"kind\": \"API_CLIENT_KIND_SIS\", \"displayName\": \"Osiris (HU)\"}}")
sis_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["apiClient"]["clientId"])' <<<"$sis")
as "$admin" staff create-membership "{\"membership\": {\"member\": \"apiClients/$sis_id\", \"node\": \"$hu\",
  \"permissions\": [\"PERMISSION_READ\", \"PERMISSION_AWARD\"]}}" >/dev/null
export EDUBADGES_TOKEN_FILE="$EB_VAR/sis-token"
python3 -c 'import json,sys; print(json.load(sys.stdin)["clientSecret"])' <<<"$sis" |
  EDUBADGES_TOKEN= eb login --client-id "$sis_id" --client-secret -
EDUBADGES_TOKEN= eb direct-award create-direct-award-bundle "{\"badgeClass\": \"$micro\",
  \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EMAIL\", \"requestId\": \"osiris-2026-12-05-0001\",
  \"rows\": [{\"recipient\": \"f.elmasri@student.hu.nl\", \"evidenceUrl\": \"https://portfolio.hu.nl/f.elmasri\"}]}" |
  python3 -c 'import json,sys; b = json.load(sys.stdin); print("  %s by %s, source %s" % (b["name"], b["creator"], b["source"]))'
EDUBADGES_TOKEN= eb logout
unset EDUBADGES_TOKEN_FILE

eb_say "the HU's audit trail (newest first):"
as "$admin" audit list-audit-events "{\"parent\": \"$hu\", \"pageSize\": 8}" |
  python3 -c 'import json,sys
for e in json.load(sys.stdin).get("auditEvents", []):
    print("  %s %-22s %-48s %s" % (e["occurTime"][11:19], e["actor"][:22], e["method"].split(".")[-1], e.get("resource", "")))'

eb_say "an access review of the HU (inactive for 90 days):"
as "$admin" access-review review-staff-access "{\"institution\": \"$hu\", \"inactiveDays\": 90}" |
  python3 -c 'import json,sys
r = json.load(sys.stdin)
print("  %s: %d members, %d inactive" % (r["name"], r.get("memberCount", 0), r.get("inactiveMemberCount", 0)))
for m in r.get("members", []):
    grants = ", ".join("%s on %s" % (g.get("role", "custom").replace("STAFF_ROLE_", "").lower(), g["node"]) for g in m.get("grants", []))
    print("  %-24s %-30s %s" % (m["member"][:24], m["displayName"][:30], grants))'
