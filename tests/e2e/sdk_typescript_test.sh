#!/usr/bin/env bash
# The TypeScript SDK: compiled with tsc (strict; the generated code included), then its
# layer test (a scripted in-process server) and end-to-end test (the server of tests/sdk/env.sh)
# with node's test runner.
source "$(dirname "$0")/../sdk/env.sh" "$1" typescript
eb_sdk_setup_typescript
cd "$EB_ROOT/sdk/typescript"
rm -rf dist
node_modules/.bin/tsc -p .
node --test dist/test/
echo "sdk_typescript_test: passed"
