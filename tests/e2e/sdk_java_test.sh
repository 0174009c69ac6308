#!/usr/bin/env bash
# The Java SDK: compiled by Maven (-Xlint, the generated code included) and its JUnit tests
# run: the layer test against a scripted in-process server, the end-to-end test against the
# server of tests/sdk/env.sh; Maven's repository is var/sdk/m2.
source "$(dirname "$0")/../sdk/env.sh" "$1" java
command -v mvn >/dev/null || fail "Maven is needed for the Java SDK"
cd "$EB_ROOT/sdk/java"
mvn -B -ntp -Dmaven.repo.local="$EB_SDK_VAR/m2" -Dstyle.color=never test
echo "sdk_java_test: passed"
