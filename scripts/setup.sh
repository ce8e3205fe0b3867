#!/usr/bin/env bash
# Installs what building and testing wirelint needs, skipping whatever is already there:
#   - the wasm32-unknown-unknown standard library (rustup, else Debian's rustc-web: lib.sh)
#   - wasm-bindgen-cli at the version Cargo.lock pins (cargo install, ~3 min once)
#   - the npm dev tools of package.json (npm ci: binaryen's wasm-opt, playwright-core, …)
#   - with --browser: Debian's chromium for the browser tests (apt)
# Usage: scripts/setup.sh [--browser]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

browser=
for arg in "$@"; do
    case $arg in
        --browser) browser=1 ;;
        *) die "usage: scripts/setup.sh [--browser]" ;;
    esac
done

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs)"
command -v node >/dev/null || die "node not found: install Node.js 20 or later"
command -v npm >/dev/null || die "npm not found: install Node.js 20 or later"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js 20 or later is needed (found $(node --version))"

setup_rustup_route() {
    rustup_has_wasm_std && return 0
    command -v rustup >/dev/null || return 1
    log "rustup target add $WASM_TARGET"
    RUST_BACKTRACE=0 timeout 300 rustup target add "$WASM_TARGET" && rustup_has_wasm_std
}

# Debian's rustc-web, and a wasm32 std built from its rust-web-src once and installed as
# a sysroot, after which plain stable builds work. A rustc-web update changes `rustc -vV`,
# which invalidates the stamp and rebuilds the std.
setup_debian_route() {
    debian_has_wasm_std && return 0
    local pkgs=(rustc-web cargo-web rust-web-src lld-22) missing=() p
    for p in "${pkgs[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "apt-get install ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    log "building the wasm32 standard library with $($DEBIAN_RUSTC --version) (~1 min, once)"
    local dir
    dir=$(mktemp -d)
    mkdir -p "$dir/src"
    printf '[package]\nname = "stdbuild"\nversion = "0.0.0"\nedition = "2021"\n[workspace]\n' >"$dir/Cargo.toml"
    echo '#![no_std]' >"$dir/src/lib.rs"
    # -Cembed-bitcode=yes: the release profile uses LTO. `test` lets `cargo test --target`
    # work too.
    (cd "$dir" && RUSTC=$DEBIAN_RUSTC RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
        RUSTFLAGS=-Cembed-bitcode=yes CARGO_TARGET_DIR="$dir/target" \
        /usr/bin/cargo build -q --release --target "$WASM_TARGET" -Zbuild-std=std,panic_abort,test)
    as_root mkdir -p "$DEBIAN_SYSROOT_LIB"
    as_root find "$DEBIAN_SYSROOT_LIB" -name 'lib*.rlib' -delete
    as_root cp "$dir"/target/$WASM_TARGET/release/deps/lib*.rlib "$DEBIAN_SYSROOT_LIB/"
    as_root rm -f "$DEBIAN_SYSROOT_LIB"/libstdbuild-*
    "$DEBIAN_RUSTC" -vV | as_root tee "$DEBIAN_STAMP" >/dev/null
    rm -rf "$dir"
    debian_has_wasm_std
}

start=$(now)
case "${WIRELINT_WASM_ROUTE:-}" in
    debian) setup_debian_route || die "could not set up Debian's rustc-web for $WASM_TARGET" ;;
    rustup) setup_rustup_route || die "rustup target add $WASM_TARGET failed" ;;
    *) setup_rustup_route || {
            log "rustup could not provide $WASM_TARGET: falling back to Debian's rustc-web"
            setup_debian_route || die "no wasm32 toolchain: rustup target add failed, and so did the Debian fallback"
        } ;;
esac
log "wasm32 toolchain: $(wasm_route) route"

want=$(wasm_bindgen_version)
[ -n "$want" ] || die "wasm-bindgen not found in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    log "cargo install wasm-bindgen-cli $want (~3 min, once)"
    # Not --locked: one of its locked dependency versions is no longer served.
    cargo install -q wasm-bindgen-cli --version "=$want" --no-default-features --force
fi

# npm ci wipes and reinstalls node_modules; skip it when the lockfile has not changed.
stamp=$ROOT/node_modules/.wirelint-lock.sha256
lock_sum=$(cat "$ROOT/package.json" "$ROOT/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
    log "npm ci (dev tools: wasm-opt from binaryen, playwright-core, esbuild, axe-core, typescript)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" >"$stamp"
fi

if [ -n "$browser" ] && ! command -v chromium >/dev/null; then
    log "apt-get install chromium (for the browser tests)"
    apt_install chromium
fi

log "setup done in $(($(now) - start)) s"
