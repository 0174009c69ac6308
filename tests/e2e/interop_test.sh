#!/usr/bin/env bash
# Clients nobody here wrote: grpcurl (Go, reflection only, no .proto files) and Python
# grpcio (Debian's official runtime) call health, list services and use an institution RPC,
# and read the rich error details.
source "$(dirname "$0")/env.sh" "$1" interop

GRPCURL_VERSION=v1.9.4
export GOPATH="$EB_ROOT/var/go" GOBIN="$EB_ROOT/var/go/bin" GOFLAGS=-modcacherw
if [ ! -x "$GOBIN/grpcurl" ]; then
  command -v go >/dev/null || fail "Go is needed to install grpcurl"
  go install "github.com/fullstorydev/grpcurl/cmd/grpcurl@$GRPCURL_VERSION" >/dev/null 2>&1 ||
    fail "go install grpcurl@$GRPCURL_VERSION failed"
fi
grpcurl() { "$GOBIN/grpcurl" -plaintext "$@"; }

services=$(grpcurl "$EB_SERVER" list)
expect_contains "$services" "edubadges.v1.InstitutionService" "grpcurl list"
expect_contains "$services" "edubadges.v1.VocabularyService" "grpcurl list"
expect_contains "$services" "grpc.health.v1.Health" "grpcurl list"
desc=$(grpcurl "$EB_SERVER" describe edubadges.v1.InstitutionService.CreateInstitution)
expect_contains "$desc" "rpc CreateInstitution ( .edubadges.v1.CreateInstitutionRequest )" "grpcurl describe"
out=$(grpcurl -d '{"service": ""}' "$EB_SERVER" grpc.health.v1.Health/Check)
expect_contains "$out" '"status": "SERVING"' "grpcurl health"
out=$(grpcurl -H "authorization: Bearer $TOKEN" -d '{"institution": {"identifier": "leidenuniv.nl",
  "displayName": {"nl": "Universiteit Leiden", "en": "Leiden University"}, "description": {"en": "Leiden"},
  "sector": "SECTOR_WO", "brin": "21PB", "countryCode": "NL", "regionCode": "NL-ZH"}}' \
  "$EB_SERVER" edubadges.v1.InstitutionService/CreateInstitution)
expect_contains "$out" '"identifier": "leidenuniv.nl"' "grpcurl create"
set +e
err=$(grpcurl -H "authorization: Bearer $TOKEN" -d '{"institution": {"identifier": "x"}}' \
  "$EB_SERVER" edubadges.v1.InstitutionService/CreateInstitution 2>&1)
set -e
expect_contains "$err" "InvalidArgument" "grpcurl error code"
expect_contains "$err" "institution.identifier" "grpcurl error details"

# Python grpcio with classes generated here from proto/ by protoc
PY=/usr/bin/python3
pydir="$EB_VAR/py"
mkdir -p "$pydir"
protoc -I"$EB_ROOT/proto" -I/usr/include --python_out="$pydir" \
  "$EB_ROOT"/proto/edubadges/v1/*.proto "$EB_ROOT"/proto/google/rpc/*.proto
PYTHONPATH="$pydir" "$PY" "$EB_ROOT/tests/e2e/interop_check.py" "$EB_SERVER" "$TOKEN"
echo "interop_test: passed"
