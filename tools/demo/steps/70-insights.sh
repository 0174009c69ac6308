# Step: what the HU issued, as its institution admin sees it (insights of this year by
# badge class and award source; the badge class overview exported as CSV), what only an
# operator may ask (every institution together), and the public statistics that need no
# token. Sourced by tools/run.sh (eb, hu and admin from the access step).

year=$(date +%Y)
this_year="{\"first\": {\"year\": $year, \"month\": 1}, \"last\": {\"year\": $year, \"month\": 12}}"

eb_say "the HU admin's insights for $year, by badge class and award source:"
as "$admin" insights query-insights "{\"institution\": \"$hu\", \"months\": $this_year,
  \"groupBy\": [\"INSIGHTS_DIMENSION_BADGE_CLASS\", \"INSIGHTS_DIMENSION_AWARD_SOURCE\"]}" |
  python3 -c 'import json,sys
for r in json.load(sys.stdin).get("rows", []):
    g, c = r["group"], r["counts"]
    a, d = c.get("assertions", {}), c.get("directAwards", {})
    rate = "%.0f%%" % (100 * c["claimRate"]) if "claimRate" in c else "-"
    print("  %-30s %-4s assertions %d (in backpacks %d), direct awards %d, claim rate %s" % (g["badgeClassDisplayName"][:30],
          g["awardSource"].replace("AWARD_SOURCE_", "").lower(), a.get("total", 0), a.get("inBackpack", 0), d.get("total", 0), rate))'

eb_say "the HU's badge class overview as CSV (every page; cells safe for spreadsheets):"
as "$admin" --csv insights list-badge-class-overview "{\"institution\": \"$hu\"}" | cut -c1-150 | sed 's/^/  /'

eb_say "the HU admin may not see every institution together; an operator may:"
as "$admin" insights query-insights "{\"months\": $this_year}" || true
eb insights query-insights "{\"months\": $this_year, \"groupBy\": [\"INSIGHTS_DIMENSION_SECTOR\"]}" |
  python3 -c 'import json,sys
for r in json.load(sys.stdin).get("rows", []):
    print("  %-4s assertions %d" % (r["group"]["sector"].replace("SECTOR_", ""), r["counts"].get("assertions", {}).get("total", 0)))'

eb_say "public statistics (no token):"
EDUBADGES_TOKEN= eb insights get-public-statistics '{}'
