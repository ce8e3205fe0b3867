#!/usr/bin/env bash
# Sets up, builds, and serves the page (www/) on http://127.0.0.1:PORT (default 8080).
# Usage: scripts/serve.sh [PORT]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

port=${1:-${PORT:-8080}}
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs www "$port"
