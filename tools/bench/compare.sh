#!/usr/bin/env bash
# Signs and verifies the same credential N times with the C library (sign-bench) and with
# @digitalbazaar/vc in Node (node/sign-bench.mjs), one after the other in one run, and prints
# both rates and the ratios. The credential is an edubadges EU micro-credential as the server
# issues it (micro-credential.json, our EU context included) unless others are given.
#   tools/bench/compare.sh BUILD_DIR [N] [credential.json proof-options.json]
set -euo pipefail
build=${1:?usage: compare.sh BUILD_DIR [N] [credential.json proof-options.json]}
n=${2:-1000}
here=$(cd "$(dirname "$0")" && pwd)
credential=${3:-$here/micro-credential.json}
options=${4:-$here/micro-credential-proof-options.json}
(cd "$here/node" && [ -d node_modules ] || npm ci --no-audit --no-fund --silent)
c=$("$build/tools/bench/sign-bench" "$n" "$credential" "$options")
node=$(node "$here/node/sign-bench.mjs" "$n" "$credential" "$options")
echo "$c"
echo "$node"
rate() { grep "$1" <<<"$2" | sed -E 's/.*= ([0-9]+) credentials.*/\1/'; }
for what in sign verify; do
  awk -v w="$what" -v c="$(rate "$what:" "$c")" -v js="$(rate "$what:" "$node")" \
    'BEGIN { printf "ratio %s: C is %.1fx @digitalbazaar/vc\n", w, c / js }'
done
