#!/usr/bin/env bash
# The Go SDK: go vet and its tests (the end-to-end test against the server of tests/sdk/env.sh),
# with the module's pinned dependencies.
source "$(dirname "$0")/../sdk/env.sh" "$1" go
eb_sdk_setup_go
eb_sdk_go_env
cd "$EB_ROOT/sdk/go"
go vet .
go test -count=1 -v ./...
echo "sdk_go_test: passed"
