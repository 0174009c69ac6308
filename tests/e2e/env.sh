# Shared set-up of the end-to-end scripts: a fresh database of the test cluster, a server
# on it and an operator token. Usage: source env.sh <build-dir> <name>.
# shellcheck shell=bash
set -euo pipefail
EB_BUILD=$1
E2E_NAME=$2
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/lib.sh"
: "${EDUBADGES_TEST_ADMIN_URL:?run the tests with tools/test.sh}"
EB_PG_SOCKET_DIR=$(sed -E 's/.*host=([^&]*).*/\1/' <<<"$EDUBADGES_TEST_ADMIN_URL")
EDUBADGES_DATABASE_URL=$(eb_db_fresh "t_$E2E_NAME")
export EDUBADGES_DATABASE_URL
EB_VAR="${EDUBADGES_TEST_LOG_DIR:-/tmp}/$E2E_NAME"
mkdir -p "$EB_VAR"
: >"$EB_VAR/server.log"
TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label "$E2E_NAME" 2>>"$EB_VAR/server.log")
eb_server_start
trap 'eb_server_stop' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
expect_contains() { grep -qF -- "$2" <<<"$1" || fail "$3: expected to find '$2' in: $1"; }
