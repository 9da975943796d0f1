#!/usr/bin/env bash
# Runs every test: native (cargo test), wasm-bindgen-test in headless
# Chromium, the release build, end-to-end tests in headless Chromium against
# dist/ served by python3 -m http.server, and the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1/4 Native tests (cargo test, every crate of the workspace)"
cargo test --locked --workspace
# The core crate stays free of the browser and of the views (README, "Architecture").
if cargo tree --locked -p pas-a-pas-core -e normal --prefix none | grep -E '^(leptos|web-sys|js-sys|wasm-bindgen|gloo)'; then
  echo "pas-a-pas-core depends on a browser or UI crate" >&2
  exit 1
fi
# Every simulation's data, state and goals build on the core alone (its views
# are its default feature "view").
sims=(); for d in sims/*/; do sims+=(-p "pas-a-pas-sim-$(basename "$d")"); done
cargo check --locked --tests --no-default-features "${sims[@]}"

step "2/4 Component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test web --test panic

step "3/4 Release build (trunk, offline)"
scripts/build.sh

step "4/4 End-to-end tests in headless Chromium, and the size budget"
node --test --test-concurrency=1 tests/e2e/
# Sizes: every program within its budget, or the suite fails.
node scripts/bench.mjs
