#!/usr/bin/env bash
# Open Badges 3.0 credentials checked by independent verifiers: @digitalbazaar/vc with the
# eddsa-rdfc-2022 cryptosuite and a static document loader, the bitstring status list
# library, jose and ajv (pinned in tests/interop_ob3/package-lock.json), and our own
# VerifyCredential agreeing with them (tests/e2e/ob3_interop.py).
source "$(dirname "$0")/env.sh" "$1" ob3_interop
eb_server_stop # the driver runs the server itself, with shifted clocks
trap - EXIT
here=$(cd "$(dirname "$0")/../interop_ob3" && pwd)
if [ ! -d "$here/node_modules" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent) || fail "npm ci in tests/interop_ob3"
fi
export TOKEN
python3 "$(dirname "$0")/ob3_interop.py" "$EB_BUILD" "$EB_VAR"
