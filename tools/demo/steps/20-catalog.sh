# Step: faculties, issuers and badge classes below three institutions (WO, HBO, MBO): a
# regular and an extra-curricular badge, and HBO and MBO micro-credentials with every EU
# field, published; internal tags on one of them. Sourced by tools/run.sh (eb, DEMO).

catalog_image=$(base64 -w0 "$DEMO/catalog/badge.svg")
# Sends a request file of tools/demo/catalog with its placeholders filled in and prints
# the resource name of the answer.
catalog_create() { # service method file [placeholder value]...
  local service=$1 method=$2 file=$3; shift 3
  python3 - "$DEMO/catalog/$file" "$catalog_image" "$@" <<'PY' | eb "$service" "$method" - | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])'
import sys
text = open(sys.argv[1]).read().replace("__IMAGE__", sys.argv[2])
for key, value in zip(sys.argv[3::2], sys.argv[4::2]):
    text = text.replace(key, value)
print(text)
PY
}
institution_named() {
  eb institution list-institutions '{"pageSize": 100}' |
    python3 -c 'import json,sys; print(next(i["name"] for i in json.load(sys.stdin)["institutions"] if i["identifier"] == sys.argv[1]))' "$1"
}

declare -A badges # by request file name, for the steps that follow
for inst in uu hu rocva; do
  institution=$(institution_named "$inst.nl")
  faculty=$(catalog_create faculty create-faculty "$inst-faculty.json" __INSTITUTION__ "$institution")
  issuer=$(catalog_create issuer create-issuer "$inst-issuer.json" __FACULTY__ "$faculty")
  printf '  %s: %s, %s\n' "$inst" "$faculty" "$issuer"
  for f in "$DEMO"/catalog/"$inst"-*.json; do
    case $(basename "$f") in *-faculty.json|*-issuer.json) continue;; esac
    badge=$(catalog_create badge-class create-badge-class "$(basename "$f")" __ISSUER__ "$issuer")
    printf '    created %s (%s)\n' "$badge" "$(basename "$f" .json)"
    badges[$(basename "$f" .json)]=$badge
  done
done

eb_say "internal tags of the HU, assigned to its micro-credential:"
hu=$(institution_named hu.nl)
tags=()
for label in "Cyber security" "Leven lang ontwikkelen"; do
  tags+=("$(eb tag create-tag "{\"tag\": {\"institution\": \"$hu\", \"displayName\": \"$label\"}}" |
    python3 -c 'import json,sys; t = json.load(sys.stdin); print(t["name"])')")
  printf '  %s %s\n' "${tags[-1]}" "$label"
done
eb badge-class update-badge-class "{\"badgeClass\": {\"name\": \"${badges[hu-micro-credential]}\", \"tags\": [\"${tags[0]}\", \"${tags[1]}\"]}, \"updateMask\": \"tags\"}" >/dev/null
eb badge-class list-badge-classes "{\"parent\": \"$hu\", \"tag\": \"${tags[0]}\"}" |
  python3 -c 'import json,sys; [print("  tagged:", b["name"], b["displayName"]) for b in json.load(sys.stdin)["badgeClasses"]]'

eb_say "the HBO micro-credential, published with every EU field:"
eb badge-class get-badge-class "{\"name\": \"${badges[hu-micro-credential]}\"}"
