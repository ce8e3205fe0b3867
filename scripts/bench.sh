#!/usr/bin/env bash
# Lint throughput on a generated corpus of realistic HTTP/1.1 requests and responses:
# natively (release build of examples/bench.rs) and in node via wasm (the built pkg/),
# next to node's own HTTP parser llhttp on the same bytes; then the page in headless
# Chromium (scripts/bench/page.mjs): navigation to first findings shown, and the relint of
# a 100 KB paste. Not part of the tests.
#
#   scripts/bench.sh [messages]        (default 10000; BENCH_ROUNDS=n to change rounds)
#
# Needs pkg/ built first (scripts/build.sh); set WIRELINT_PKG to bench another build.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10000}"
corpus="target/bench/corpus-$count.txt"
pkg="${WIRELINT_PKG:-pkg}"

if [[ ! -f "$pkg/wirelint_bg.wasm" || ! -f "$pkg/wirelint.js" ]]; then
  echo "bench: $pkg/wirelint.js or $pkg/wirelint_bg.wasm is missing: run scripts/build.sh first" >&2
  exit 1
fi

# The corpus is deterministic: regenerate only when the generator changed.
if [[ ! -f "$corpus" || scripts/bench/corpus.mjs -nt "$corpus" ]]; then
  node scripts/bench/corpus.mjs "$corpus" "$count"
fi

cargo run --release --quiet --example bench -- "$corpus"
echo
# process.binding is deprecated but is the only way to reach node's own llhttp binding.
node --no-deprecation scripts/bench/node.mjs "$corpus" "$pkg"
echo
if [[ -f www/assets/app.js ]] && command -v chromium >/dev/null; then
  node scripts/bench/page.mjs "$corpus"
else
  echo "page: skipped (needs the built page, www/assets/, and Debian's chromium)"
fi
