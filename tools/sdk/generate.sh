#!/usr/bin/env bash
# The one code generation step of the SDKs: generates the Go, Java, TypeScript and Python code
# of proto/ with the pinned generators (buf for Go, Java and TypeScript, grpcio-tools for
# Python; tools/sdk/lib.sh installs them) into the generated directories of sdk/, which are
# committed. With --check it generates into a temporary directory instead and fails, showing
# the difference, when the committed code has drifted from proto/.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$EB_ROOT/tools/sdk/lib.sh"

# Every generated directory; nothing else is written.
GENERATED=(sdk/go/gen sdk/java/src/main/java/nl/edubadges/v1 sdk/typescript/src/gen
  sdk/python/src/edubadges/v1)

check=false
[ "${1:-}" = --check ] && check=true
eb_sdk_setup_go
eb_sdk_setup_python
eb_sdk_setup_typescript
eb_sdk_setup_java

out=$EB_ROOT
if $check; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
for d in "${GENERATED[@]}"; do rm -rf "${out:?}/$d"; done

export PATH="$EB_SDK_BIN:$EB_ROOT/sdk/typescript/node_modules/.bin:$PATH"
buf() { bash "$EB_ROOT/tools/api/buf.sh" "$@"; }
buf generate --template sdk/go/buf.gen.yaml --exclude-path proto/google -o "$out"
buf generate --template sdk/java/buf.gen.yaml --exclude-path proto/google -o "$out"
buf generate --template sdk/typescript/buf.gen.yaml -o "$out"

# Python: messages, grpc stubs and their typed stubs (mypy-protobuf); google.rpc comes from
# googleapis-common-protos.
mkdir -p "$out/sdk/python/src"
(cd "$EB_ROOT/proto" && "$EB_SDK_PY/bin/python" -m grpc_tools.protoc -I. \
  --python_out="$out/sdk/python/src" --grpc_python_out="$out/sdk/python/src" \
  --plugin=protoc-gen-mypy="$EB_SDK_PY/bin/protoc-gen-mypy" --mypy_out=quiet:"$out/sdk/python/src" \
  --plugin=protoc-gen-mypy_grpc="$EB_SDK_PY/bin/protoc-gen-mypy_grpc" --mypy_grpc_out=quiet:"$out/sdk/python/src" \
  edubadges/v1/*.proto)
printf '"""Generated from proto/edubadges/v1 by tools/sdk/generate.sh. Do not edit."""\n' \
  >"$out/sdk/python/src/edubadges/v1/__init__.py"

if $check; then
  drift=false
  for d in "${GENERATED[@]}"; do
    diff -r "$EB_ROOT/$d" "$out/$d" >"$out/drift.txt" 2>&1 || { drift=true; head -40 "$out/drift.txt" >&2; }
  done
  $drift && eb_die "the generated SDK code differs from proto/: run bash tools/sdk/generate.sh and commit"
  echo "generated SDK code matches proto/"
else
  echo "generated: ${GENERATED[*]}"
fi
