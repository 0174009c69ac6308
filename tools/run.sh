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

embedded_db=
if [ -z "${EDUBADGES_DATABASE_URL:-}" ]; then
  embedded_db=1
  eb_db_start
  # the embedded default database starts empty on every run of the main job
  EDUBADGES_DATABASE_URL=$(eb_db_fresh edubadges)
  export EDUBADGES_DATABASE_URL
fi

eb_say "creating an operator token"
EDUBADGES_TOKEN=$("$EB_BUILD/server/edubadges-server" create-operator-token --label "main job" 2>>"$EB_VAR/server.log")
export EDUBADGES_TOKEN
eb_say "a test OpenID Connect issuer for staff and learner logins (test keys, never in production)"
OIDC_DIR="$EB_VAR/oidc"
rm -rf "$OIDC_DIR" && mkdir -p "$OIDC_DIR"
"$EB_BUILD/tools/oidc/edubadges-test-issuer" init "$OIDC_DIR"
eb_say "starting edubadges-server"
eb_server_start EDUBADGES_OIDC_ISSUERS="$OIDC_DIR/issuers.json"
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
# the URLs printed above name the demo server's HTTP port: serving the database on it again
# makes them work (until the next run starts from an empty database)
if [ -z "${EDUBADGES_PUBLIC_BASE_URL:-}" ]; then
  eb_say "to fetch the public URLs above again (curl), serve the demo's data on the same port:"
  key="EDUBADGES_MASTER_KEY_FILE=$(printf %q "${EDUBADGES_MASTER_KEY_FILE:-}")"
  if [ -n "$embedded_db" ]; then
    printf '  EDUBADGES_DATABASE_URL=%q %s %q serve --listen 127.0.0.1:0 --http-listen %q\n' \
      "$EDUBADGES_DATABASE_URL" "$key" "$EB_BUILD/server/edubadges-server" "${EB_HTTP#http://}" >&2
  else
    printf '  %s %q serve --listen 127.0.0.1:0 --http-listen %q   # with the same EDUBADGES_DATABASE_URL\n' \
      "$key" "$EB_BUILD/server/edubadges-server" "${EB_HTTP#http://}" >&2
  fi
fi
