# Shared by scripts/*.sh (sourced, not run). Bash only.
#
# The wasm32 standard library comes by one of two routes (docs: /work/shared/toolchain.md):
#   rustup  `rustup target add wasm32-unknown-unknown` on the rustup toolchain (the usual way);
#   debian  Debian's rustc-web with a wasm32 std that scripts/setup.sh builds once into
#           /usr/lib/rustlib, for machines where rustup's download server does not answer.
# WIRELINT_WASM_ROUTE=rustup|debian forces a route; unset, setup.sh tries rustup first and
# build.sh uses whichever is installed.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"

WASM_TARGET=wasm32-unknown-unknown
DEBIAN_RUSTC=/usr/bin/rustc
DEBIAN_SYSROOT_LIB=/usr/lib/rustlib/$WASM_TARGET/lib
DEBIAN_STAMP=/usr/lib/rustlib/$WASM_TARGET/wirelint-std.stamp
DEBIAN_LINKER=/usr/bin/wasm-ld-22

log() {
    if [ -t 2 ]; then printf '\033[1m==> %s\033[0m\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi
}
die() { printf 'error: %s\n' "$*" >&2; exit 2; }

# Seconds since the epoch, for the timings the scripts print.
now() { date +%s; }

# Runs a command as root (directly, or through sudo when there is one).
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root to run: $*"; fi
}

# apt-get install, quietly: its output is shown only when it fails.
APT_UPDATED=
apt_install() {
    local out
    out=$(mktemp)
    if { [ -n "$APT_UPDATED" ] || as_root apt-get update -qq; } >"$out" 2>&1 &&
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "$@" >>"$out" 2>&1; then
        APT_UPDATED=1
        rm -f "$out"
    else
        cat "$out" >&2
        rm -f "$out"
        die "apt-get install $* failed"
    fi
}

# The wasm-bindgen version pinned in Cargo.lock: the CLI must be exactly that version.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

rustup_has_wasm_std() {
    command -v rustc >/dev/null || return 1
    local dir
    dir=$(rustc --print target-libdir --target "$WASM_TARGET" 2>/dev/null) || return 1
    compgen -G "$dir/libstd-*.rlib" >/dev/null
}

debian_has_wasm_std() {
    [ -x "$DEBIAN_RUSTC" ] && [ -x "$DEBIAN_LINKER" ] && [ -f "$DEBIAN_STAMP" ] &&
        [ "$(cat "$DEBIAN_STAMP")" = "$("$DEBIAN_RUSTC" -vV)" ] &&
        compgen -G "$DEBIAN_SYSROOT_LIB/libstd-*.rlib" >/dev/null
}

# Prints the route that is ready: rustup or debian; fails when neither is.
wasm_route() {
    case "${WIRELINT_WASM_ROUTE:-}" in
        rustup) rustup_has_wasm_std && echo rustup ;;
        debian) debian_has_wasm_std && echo debian ;;
        "") if rustup_has_wasm_std; then echo rustup
            elif debian_has_wasm_std; then echo debian
            else return 1; fi ;;
        *) die "WIRELINT_WASM_ROUTE must be rustup or debian, not '$WIRELINT_WASM_ROUTE'" ;;
    esac
}

# Runs cargo for the wasm32 target with the toolchain of the ready route.
wasm_cargo() {
    local route
    route=$(wasm_route) || die "no wasm32 toolchain: run scripts/setup.sh"
    if [ "$route" = debian ]; then
        # The linker is named explicitly (/usr/bin/rust-lld may dangle) and never changes,
        # since a different value would rebuild everything.
        RUSTC=$DEBIAN_RUSTC RUSTDOC=/usr/bin/rustdoc \
            CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$DEBIAN_LINKER \
            /usr/bin/cargo "$@"
    else
        cargo "$@"
    fi
}
