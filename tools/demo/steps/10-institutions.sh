# Step: the platform's health, its vocabularies and real Dutch institutions (WO, HBO, MBO).
# Sourced by tools/run.sh, which defines eb (the CLI) and DEMO.

eb health check '{}'
eb vocabulary list-vocabularies '{"vocabulary": "edubadges.v1.Sector"}'

for f in "$DEMO"/institutions/*.json; do
  eb institution create-institution "@$f" >/dev/null
  printf '  created %s\n' "$(basename "$f" .json)"
done

eb_say "institutions, three per page"
page='{"pageSize": 3}'
while :; do
  out=$(eb institution list-institutions "$page")
  python3 -c 'import json,sys
d = json.load(sys.stdin)
for i in d.get("institutions", []):
    print("  %-12s %-8s %-5s %-38s %s" % (i["identifier"], i["sector"].replace("SECTOR_", ""),
          i.get("brin", ""), i["displayName"].get("nl", ""), i["name"]))' <<<"$out"
  token=$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("nextPageToken", ""))' <<<"$out")
  [ -n "$token" ] || break
  page="{\"pageSize\": 3, \"pageToken\": \"$token\"}"
done

eb_say "a request with bad input is refused with every bad field named:"
eb institution create-institution '{"institution": {"identifier": "not a domain", "sector": "SECTOR_WO", "countryCode": "XX"}}' || true
