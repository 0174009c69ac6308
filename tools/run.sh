#!/usr/bin/env bash
# The main job: installs what is missing, builds, starts PostgreSQL (a private cluster
# under ./var unless EDUBADGES_DATABASE_URL is set) and the server, drives the demo flow
# of tools/demo/steps through the CLI, and shuts the server down cleanly.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

eb_install_dependencies
eb_say "building"
eb_build
mkdir -p "$EB_VAR"
: >"$EB_VAR/server.log"

if [ -z "${EDUBADGES_DATABASE_URL:-}" ]; then
  eb_db_start
  # the embedded default database starts empty on every run of the main job
  EDUBADGES_DATABASE_URL=$(eb_db_fresh edubadges)
  export EDUBADGES_DATABASE_URL
fi

eb_say "creating an operator token"
EDUBADGES_TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label "main job" 2>>"$EB_VAR/server.log")
export EDUBADGES_TOKEN
eb_say "starting edubadges-server"
eb_server_start
trap 'eb_server_stop' EXIT
export EDUBADGES_SERVER="$EB_SERVER"
eb_say "server listening on $EB_SERVER (gRPC) and $EB_HTTP (public HTTP; log: var/server.log)"

# The CLI, as the steps use it.
eb() { "$EB_BUILD/client/edubadges" "$@"; }
DEMO="$EB_ROOT/tools/demo"
for step in "$DEMO"/steps/*.sh; do
  eb_say "step $(basename "$step" .sh)"
  source "$step"
done

eb_say "stopping the server (SIGTERM, graceful drain)"
trap - EXIT
kill -TERM "$EB_SERVER_PID"
if wait "$EB_SERVER_PID"; then
  eb_say "the server stopped cleanly; the main job is done"
else
  eb_die "the server exited with an error; see var/server.log"
fi
