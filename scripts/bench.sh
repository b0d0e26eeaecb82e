#!/usr/bin/env bash
# The benchmark (not part of the test command): release build, then scripts/bench.mjs,
# which writes BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_OFFLINE=true
trunk build --release
node scripts/bench.mjs
