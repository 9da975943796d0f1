#!/usr/bin/env bash
# Installs everything Pas à pas needs to build and test, idempotently.
#   scripts/setup.sh          build tools (wasm target, trunk, wasm-bindgen-cli, binaryen)
#   scripts/setup.sh --test   the same, plus Chromium, chromedriver and the test packages,
#                             the Windows build of the workshop server and wine to try it
#   scripts/setup.sh --package  build tools and the Windows build (scripts/package.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
mode="${1:-}"
apt_updated=""
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  [ -n "$apt_updated" ] || apt-get update -qq
  apt_updated=1
  apt-get install -y -qq "$@" >/dev/null
}

# 1. Rust toolchain and wasm target, from rust-toolchain.toml.
if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  log "Installing the Rust toolchain and wasm32 target (rust-toolchain.toml)"
  rustup toolchain install
fi

# 2. Trunk.
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "Installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli (without --locked: its lock file names a yanked crate).
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4. npm packages: binaryen (wasm-opt), the end-to-end test tools (with the QR
#    decoder jsqr), and the passphrase meter's estimator with its minifier
#    (@zxcvbn-ts/*, terser).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/@zxcvbn-ts/language-fr ] || [ ! -d node_modules/terser ] || [ ! -d node_modules/jsqr ]; then
  log "Installing npm packages (binaryen, playwright-core, axe-core, jsqr, @zxcvbn-ts, terser)"
  npm ci --no-audit --no-fund
fi

# 5. Chromium and chromedriver, for the tests.
if [ "$mode" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
    log "Installing Chromium, chromedriver and poppler-utils (apt)"
    apt_install chromium chromium-driver poppler-utils
  fi
fi

# 6. The workshop server for Windows: the Rust target and Debian's mingw-w64
#    linker; for the tests, wine (64-bit only) to start it, and curl.
if [ "$mode" = "--test" ] || [ "$mode" = "--package" ]; then
  if ! rustup target list --installed 2>/dev/null | grep -q x86_64-pc-windows-gnu; then
    log "Installing the Rust target x86_64-pc-windows-gnu"
    rustup target add x86_64-pc-windows-gnu
  fi
  if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    log "Installing the mingw-w64 cross linker (apt)"
    apt_install --no-install-recommends gcc-mingw-w64-x86-64
  fi
fi
if [ "$mode" = "--test" ]; then
  if ! command -v curl >/dev/null || { [ ! -x /usr/lib/wine/wine64 ] && ! command -v wine64 >/dev/null; }; then
    log "Installing wine64 and curl (apt), to start the Windows server in a test"
    apt_install --no-install-recommends wine64 curl
  fi
fi
log "Tools ready"
