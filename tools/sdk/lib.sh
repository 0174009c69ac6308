# Shell functions of the SDK tools: the pinned code generators and runtimes of the four SDKs,
# installed under var/sdk (never in the user's home, so that a run starts as fresh as CI's).
# Source it after tools/lib.sh; it changes nothing by itself.
# shellcheck shell=bash

EB_SDK_VAR="$EB_ROOT/var/sdk"
EB_SDK_BIN="$EB_SDK_VAR/bin"
EB_SDK_PY="$EB_SDK_VAR/python"
EB_SDK_PYTHON=/usr/bin/python3 # Debian's, from EB_PACKAGES

# Go: module and build caches under var/sdk; never downloads a toolchain.
eb_sdk_go_env() {
  export GOPATH="$EB_SDK_VAR/go" GOMODCACHE="$EB_SDK_VAR/go/mod" GOCACHE="$EB_SDK_VAR/go/cache"
  export GOFLAGS=-modcacherw GOTOOLCHAIN=local
}
# Maven: its own local repository under var/sdk, batch mode; the output only on failure.
eb_sdk_mvn() {
  local log; log=$(mktemp)
  mvn -B -q -Dmaven.repo.local="$EB_SDK_VAR/m2" "$@" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; }
  rm -f "$log"
}

# Runs "$3..." once per content of the pin files $2 (space-separated), under a lock, and
# says how long it took. Later calls with the same pins do nothing.
eb_sdk_once() {
  local name=$1 pins=$2; shift 2
  mkdir -p "$EB_SDK_VAR"
  local stamp="$EB_SDK_VAR/$name.stamp" sum
  # shellcheck disable=SC2086
  sum=$(cd "$EB_ROOT" && cat $pins | sha256sum | cut -c1-16)
  (
    flock 9
    [ "$(cat "$stamp" 2>/dev/null)" = "$sum" ] && exit 0
    local start=$SECONDS
    "$@"
    echo "$sum" >"$stamp"
    eb_say "$name SDK tools installed in $((SECONDS - start)) s"
  ) 9>"$EB_SDK_VAR/$name.lock"
}

_eb_sdk_setup_go() {
  command -v go >/dev/null || eb_die "Go (1.26 or later) is needed for the Go SDK"
  eb_sdk_go_env
  mkdir -p "$EB_SDK_BIN"
  (cd "$EB_ROOT/sdk/go" && go mod download && go build -o "$EB_SDK_BIN/" \
    google.golang.org/protobuf/cmd/protoc-gen-go google.golang.org/grpc/cmd/protoc-gen-go-grpc)
}
# protoc-gen-go and protoc-gen-go-grpc at the versions of sdk/go/go.mod; the module's
# dependencies downloaded.
eb_sdk_setup_go() { eb_sdk_once go "sdk/go/go.mod sdk/go/go.sum" _eb_sdk_setup_go; }

_eb_sdk_setup_python() {
  rm -rf "$EB_SDK_PY"
  "$EB_SDK_PYTHON" -m venv "$EB_SDK_PY"
  "$EB_SDK_PY/bin/pip" install -q --disable-pip-version-check --no-deps --require-hashes \
    -r "$EB_ROOT/sdk/python/requirements-dev.txt"
}
# A virtual environment with grpcio-tools, mypy-protobuf, the SDK's runtime dependencies and
# mypy, exactly as sdk/python/requirements-dev.txt pins them (with hashes).
eb_sdk_setup_python() { eb_sdk_once python sdk/python/requirements-dev.txt _eb_sdk_setup_python; }

_eb_sdk_setup_typescript() {
  (cd "$EB_ROOT/sdk/typescript" &&
    npm ci --no-audit --no-fund --ignore-scripts --cache "$EB_SDK_VAR/npm-cache" --silent >/dev/null)
}
# sdk/typescript/node_modules from its package-lock.json (ts-proto, typescript, @grpc/grpc-js).
eb_sdk_setup_typescript() { eb_sdk_once typescript "sdk/typescript/package-lock.json" _eb_sdk_setup_typescript; }

# The value of <name> in sdk/java/pom.xml's properties.
eb_sdk_pom_property() { sed -nE "s|.*<$1>([^<]+)</$1>.*|\1|p" "$EB_ROOT/sdk/java/pom.xml" | head -1; }

_eb_sdk_setup_java() {
  command -v mvn >/dev/null || eb_die "Maven is needed for the Java SDK"
  local protoc grpc
  protoc=$(eb_sdk_pom_property protoc.version)
  grpc=$(eb_sdk_pom_property grpc.plugin.version)
  mkdir -p "$EB_SDK_BIN"
  eb_sdk_mvn org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="com.google.protobuf:protoc:$protoc:exe:linux-x86_64" \
    -Dmdep.stripVersion=true -Dmdep.stripClassifier=true -DoutputDirectory="$EB_SDK_VAR/java-plugins"
  eb_sdk_mvn org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="io.grpc:protoc-gen-grpc-java:$grpc:exe:linux-x86_64" \
    -Dmdep.stripVersion=true -Dmdep.stripClassifier=true -DoutputDirectory="$EB_SDK_VAR/java-plugins"
  install -m 755 "$EB_SDK_VAR/java-plugins/protoc.exe" "$EB_SDK_BIN/protoc"
  install -m 755 "$EB_SDK_VAR/java-plugins/protoc-gen-grpc-java.exe" "$EB_SDK_BIN/protoc-gen-grpc-java"
}
# protoc and protoc-gen-grpc-java from Maven Central at the versions of sdk/java/pom.xml.
eb_sdk_setup_java() { eb_sdk_once java sdk/java/pom.xml _eb_sdk_setup_java; }
