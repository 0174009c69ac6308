# Shared set-up of the SDK end-to-end tests: a fresh database with a plaintext server and
# an operator token (tests/e2e/env.sh), a TLS server on the same database with a
# self-signed certificate, and tests/sdk/drop_proxy.py in front of the plaintext server.
# Exports for the language tests: EDUBADGES_SERVER, EDUBADGES_TOKEN, EDUBADGES_TLS_SERVER,
# EDUBADGES_TLS_CA, EDUBADGES_TLS_SERVER_NAME, EDUBADGES_DROP_SERVER, EDUBADGES_DROP_CONTROL.
# Usage: source env.sh <build-dir> <language>.
# shellcheck shell=bash
source "$(dirname "${BASH_SOURCE[0]}")/../e2e/env.sh" "$1" "sdk_$2"
source "$EB_ROOT/tools/sdk/lib.sh"

sdk_dir="$EB_VAR/sdk"
rm -rf "$sdk_dir"
mkdir -p "$sdk_dir"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=edubadges.test" \
  -addext "subjectAltName=DNS:edubadges.test" -keyout "$sdk_dir/key.pem" -out "$sdk_dir/cert.pem" 2>/dev/null
export EDUBADGES_SERVER=$EB_SERVER EDUBADGES_TOKEN=$TOKEN
plain_pid=$EB_SERVER_PID
eb_server_start EDUBADGES_TLS_CERT="$sdk_dir/cert.pem" EDUBADGES_TLS_KEY="$sdk_dir/key.pem"
tls_pid=$EB_SERVER_PID
export EDUBADGES_TLS_SERVER=$EB_SERVER EDUBADGES_TLS_CA="$sdk_dir/cert.pem" EDUBADGES_TLS_SERVER_NAME=edubadges.test

"$EB_SDK_PYTHON" "$EB_ROOT/tests/sdk/drop_proxy.py" "$EDUBADGES_SERVER" "$sdk_dir/proxy.ports" &
proxy_pid=$!
for _ in $(seq 1 100); do [ -s "$sdk_dir/proxy.ports" ] && break; sleep 0.05; done
[ -s "$sdk_dir/proxy.ports" ] || fail "the drop proxy did not start"
read -r proxy_port control_port <"$sdk_dir/proxy.ports"
export EDUBADGES_DROP_SERVER="127.0.0.1:$proxy_port" EDUBADGES_DROP_CONTROL="127.0.0.1:$control_port"

sdk_stop() {
  kill "$proxy_pid" 2>/dev/null || true
  EB_SERVER_PID=$tls_pid eb_server_stop
  EB_SERVER_PID=$plain_pid eb_server_stop
}
trap sdk_stop EXIT
