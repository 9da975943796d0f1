#!/usr/bin/env bash
# Builds the release app into dist/: the learners' app (index.html) and the
# advisor's corner (animateur.html), two programs sharing one folder, one
# style sheet, the icons and the exercises. Trunk never downloads (--offline).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build index.html --release --offline=true
advisor_out=target/trunk-animateur
trunk build animateur.html --release --offline=true --dist "$advisor_out"
cp "$advisor_out/index.html" dist/animateur.html
cp "$advisor_out"/animateur-* dist/
cp -n "$advisor_out"/*.css dist/ 2>/dev/null || true
