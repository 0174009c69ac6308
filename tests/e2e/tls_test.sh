#!/usr/bin/env bash
# TLS from PEM files: a server with a self-signed certificate answers a TLS client that
# trusts it and refuses a plaintext one.
source "$(dirname "$0")/env.sh" "$1" tls
eb_server_stop
dir="$EB_VAR/tls"
mkdir -p "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=edubadges.test" \
  -addext "subjectAltName=DNS:edubadges.test" -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
eb_server_start EDUBADGES_TLS_CERT="$dir/cert.pem" EDUBADGES_TLS_KEY="$dir/key.pem"
cli() { "$EB_BUILD/client/edubadges" --server "$EB_SERVER" --timeout 5 "$@"; }

out=$(cli --tls --ca-file "$dir/cert.pem" --server-name edubadges.test health check)
expect_contains "$out" '"status": "SERVING"' "TLS health"
out=$(cli --tls --ca-file "$dir/cert.pem" --server-name edubadges.test --token "$TOKEN" \
  institution list-institutions '{}')
expect_contains "$out" "{" "TLS authenticated call"
set +e
err=$(cli health check 2>&1); rc=$?
set -e
[ $rc -ne 0 ] || fail "a plaintext client must not get through"
expect_contains "$err" "UNAVAILABLE" "plaintext refused"
echo "tls_test: passed"
