#!/usr/bin/env bash
# Signs the 1EdTech OB 3.0 credential N times with the C library (sign-bench)
# and with @digitalbazaar/vc in Node, side by side, and prints the ratio.
#   tools/bench/compare.sh BUILD_DIR [N]
set -euo pipefail
build=${1:?usage: compare.sh BUILD_DIR [N]}
n=${2:-1000}
here=$(cd "$(dirname "$0")" && pwd)
(cd "$here/node" && [ -d node_modules ] || npm install --no-audit --no-fund --silent)
c=$("$build/tools/bench/sign-bench" "$n" | head -1)
node=$(node "$here/node/sign-bench.mjs" "$n")
echo "$c"
echo "$node"
c_rate=$(sed -E 's/.*= ([0-9]+) credentials.*/\1/' <<<"$c")
node_rate=$(sed -E 's/.*= ([0-9]+) credentials.*/\1/' <<<"$node")
echo "ratio: C is $((c_rate / node_rate))x faster"
