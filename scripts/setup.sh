#!/usr/bin/env bash
# Installs everything Pas à pas needs to build and test, idempotently.
#   scripts/setup.sh          build tools (wasm target, trunk, wasm-bindgen-cli, binaryen)
#   scripts/setup.sh --test   the same, plus Chromium, chromedriver and the test packages
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

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

# 4. npm packages: binaryen (wasm-opt), the end-to-end test tools, and the
#    passphrase meter's estimator with its minifier (@zxcvbn-ts/*, terser).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/@zxcvbn-ts/language-fr ] || [ ! -d node_modules/terser ]; then
  log "Installing npm packages (binaryen, playwright-core, axe-core, @zxcvbn-ts, terser)"
  npm ci --no-audit --no-fund
fi

# 5. Chromium and chromedriver, for the tests.
if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
    log "Installing Chromium, chromedriver and poppler-utils (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
fi
log "Tools ready"
