#!/usr/bin/env bash
# Builds the wasm and assembles the npm package in pkg/ (from npm/), the page's copy in
# www/pkg/ and the page's bundled scripts in www/assets/ (from www/src/). All are build
# output: never edit them. Run scripts/setup.sh first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

start=$(now)
# Without the `docs` feature: the rules' documentation (~200 KB) goes into
# wirelint_rules.js below, not into the wasm.
log "cargo build --release --target $WASM_TARGET --no-default-features ($(wasm_route || echo none) route)"
wasm_cargo build --release --target "$WASM_TARGET" --lib --no-default-features --features console_error_panic_hook
wasm=target/$WASM_TARGET/release/wirelint.wasm

# wasm-bindgen and wasm-opt take a few seconds: redo them only when the wasm changed.
wasm_opt=$ROOT/node_modules/.bin/wasm-opt # binaryen from npm, never Debian's (toolchain.md §4)
[ -x "$wasm_opt" ] || die "$wasm_opt missing: run scripts/setup.sh"
sum=$(sha256sum "$wasm" | cut -d" " -f1)
stamp=target/wirelint-pkg.sha256
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ] || [ ! -f pkg/wirelint_bg.wasm ]; then
    log "wasm-bindgen --target web, wasm-opt -Oz"
    rm -rf pkg
    wasm-bindgen --target web --out-dir pkg --out-name wirelint "$wasm"
    "$wasm_opt" -Oz pkg/wirelint_bg.wasm -o pkg/wirelint_bg.wasm
    echo "$sum" >"$stamp"
fi

# The npm package around wasm-bindgen's output, versioned from Cargo.toml.
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cp npm/node.js npm/cli.js npm/README.md pkg/
chmod +x pkg/cli.js
# The rules' documentation, which src/wasm.js reads for rules() and each finding's quote:
# written by a native build (docs feature on) of the same sources, every time, since a
# change to documentation alone leaves the wasm as it was.
log "cargo run --example rule_docs (the rules' documentation into pkg/wirelint_rules.js)"
cargo run -q --example rule_docs -- pkg/wirelint_rules.js
node -e '
    const fs = require("fs");
    const p = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
    p.version = process.argv[1];
    fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");
' "$version"

# The page imports ./pkg/wirelint.js and calls its default init().
rm -rf www/pkg
mkdir -p www/pkg
cp -r pkg/wirelint.js pkg/wirelint_bg.wasm pkg/wirelint.d.ts pkg/wirelint_rules.js pkg/snippets www/pkg/

# The page's scripts with their npm dependencies (CodeMirror): www/src/ → www/assets/.
node scripts/bundle.mjs

size() { printf '%s bytes, %s gzipped' "$(stat -c %s "$1")" "$(gzip -9c "$1" | wc -c)"; }
log "pkg/ built in $(($(now) - start)) s: wirelint_bg.wasm $(size pkg/wirelint_bg.wasm); wirelint_rules.js $(size pkg/wirelint_rules.js)"
