#!/usr/bin/env bash
# Runs every test: installs what is missing, checks the API (buf lint and breaking) and that
# the generated SDK code matches it, builds normally and with ASan+UBSan, starts a private
# PostgreSQL under ./var, then runs the whole ctest suite (unit, integration, end-to-end with
# the four SDKs, interop and API checks) on the normal build and the unit and integration
# tests again on the sanitizer build. Exit status 0 only when everything passed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

eb_install_dependencies
eb_say "API lint and breaking-change check (buf)"
bash "$EB_ROOT/tools/api/check.sh"
eb_say "SDK generators and generated code (tools/sdk/generate.sh --check)"
bash "$EB_ROOT/tools/sdk/generate.sh" --check
eb_say "building"
eb_build
NORMAL_BUILD=$EB_BUILD
eb_say "building with AddressSanitizer and UndefinedBehaviorSanitizer"
eb_build --sanitize
SANITIZE_BUILD=$EB_BUILD

eb_db_start
eb_master_key
export EDUBADGES_TEST_ADMIN_URL="postgresql:///postgres?host=$EB_PG_SOCKET_DIR&user=edubadges"
export EDUBADGES_TEST_LOG_DIR="$EB_VAR/test-logs"
rm -rf "$EDUBADGES_TEST_LOG_DIR"
mkdir -p "$EDUBADGES_TEST_LOG_DIR"

jobs=$(nproc)
eb_say "tests (normal build)"
ctest --test-dir "$NORMAL_BUILD" --output-on-failure -j "$jobs"
eb_say "unit and integration tests (sanitizer build)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$SANITIZE_BUILD" --output-on-failure -j "$jobs" -L 'unit|integration'
eb_say "all tests passed"
