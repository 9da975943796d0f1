#!/usr/bin/env bash
# Runs every test: native (cargo test), wasm-bindgen-test in headless
# Chromium, the release build, the workshop server's tests (it embeds the
# build, so they come after it) with its Windows build started under wine,
# end-to-end tests in headless Chromium against dist/ served by
# python3 -m http.server and, for two files, by the workshop server, and the
# size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n\033[1m== %s (at %d min %02d s)\033[0m\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "1/5 Native tests (cargo test, every crate of the workspace but the workshop server, tested after the build)"
cargo test --locked --workspace --exclude pas-a-pas-server
# The core crate stays free of the browser and of the views (README, "Architecture").
if cargo tree --locked -p pas-a-pas-core -e normal --prefix none | grep -E '^(leptos|web-sys|js-sys|wasm-bindgen|gloo)'; then
  echo "pas-a-pas-core depends on a browser or UI crate" >&2
  exit 1
fi
# No import circle spans more than a handful of files inside any crate.
python3 scripts/import-circles.py 4
# Every simulation's data, state and goals build on the core alone (its views
# are its default feature "view").
sims=(); for d in sims/*/; do sims+=(-p "pas-a-pas-sim-$(basename "$d")"); done
cargo check --locked --tests --no-default-features "${sims[@]}"

step "2/5 Component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test web --test panic

step "3/5 Release build (trunk, offline), and the workshop server carrying it"
scripts/build.sh

step "4/5 The workshop server: its tests, its Windows build, started under wine"
cargo test --locked -p pas-a-pas-server
cargo build --locked --release -p pas-a-pas-server --target x86_64-pc-windows-gnu
scripts/wine-smoke.sh

step "5/5 End-to-end tests in headless Chromium, and the size budget"
node --test --test-concurrency=1 tests/e2e/
# Once more against the workshop server: the engine (with an advisor's
# edited and broken exercise files, served with --exercises) and the shell.
PAS_A_PAS_SERVER="$PWD/target/release/pas-a-pas" node --test --test-concurrency=1 tests/e2e/engine.test.mjs tests/e2e/shell.test.mjs
# Sizes: every program within its budget, or the suite fails.
node scripts/bench.mjs
echo "Every test passed in $((SECONDS / 60)) min $((SECONDS % 60)) s."
