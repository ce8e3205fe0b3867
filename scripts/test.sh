#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run): set-up, format, lints, Rust tests, the wasm
# build, the Node tests of the packed package and, when tests/browser/ exists, the browser
# tests in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

timings=()
step() {
    local name=$1 start
    shift
    log "$name"
    start=$(now)
    "$@"
    timings+=("$(printf '%4d s  %s' $(($(now) - start)) "$name")")
}

total=$(now)
if [ -d tests/browser ]; then
    step "setup (with chromium)" scripts/setup.sh --browser
else
    step "setup" scripts/setup.sh
fi
step "cargo fmt --check" cargo fmt --check
step "cargo clippy --all-targets -- -D warnings" cargo clippy --all-targets -- -D warnings
# src/wasm.rs compiles only for wasm32; Debian's rustc-web has no clippy, so this lint
# runs on the rustup route only.
if [ "$(wasm_route)" = rustup ]; then
    step "cargo clippy --target $WASM_TARGET --lib -- -D warnings" \
        cargo clippy --target "$WASM_TARGET" --lib -- -D warnings
fi
step "cargo test" cargo test
step "build (scripts/build.sh)" scripts/build.sh
step "node --test tests/node/" node --test tests/node/
if [ -d tests/browser ]; then
    step "node --test tests/browser/" node --test tests/browser/
fi

log "all tests passed in $(($(now) - total)) s"
printf '%s\n' "${timings[@]}" >&2
