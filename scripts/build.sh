#!/usr/bin/env bash
# Builds the wasm and assembles the npm package in pkg/ (from npm/), the page's copy in
# www/pkg/ and the page's bundled scripts in www/assets/ (from www/src/). All are build
# output: never edit them. Run scripts/setup.sh first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

start=$(now)
log "cargo build --release --target $WASM_TARGET ($(wasm_route || echo none) route)"
wasm_cargo build --release --target "$WASM_TARGET" --lib
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
node -e '
    const fs = require("fs");
    const p = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
    p.version = process.argv[1];
    fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");
' "$version"

# The page imports ./pkg/wirelint.js and calls its default init().
rm -rf www/pkg
mkdir -p www/pkg
cp -r pkg/wirelint.js pkg/wirelint_bg.wasm pkg/wirelint.d.ts pkg/snippets www/pkg/

# The page's scripts with their npm dependencies (CodeMirror): www/src/ → www/assets/.
node scripts/bundle.mjs

raw=$(stat -c %s pkg/wirelint_bg.wasm)
gz=$(gzip -9c pkg/wirelint_bg.wasm | wc -c)
log "pkg/ built in $(($(now) - start)) s: wirelint_bg.wasm $raw bytes, $gz gzipped"
