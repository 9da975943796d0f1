#!/usr/bin/env bash
# Builds the release app and the workshop server, then starts the server:
# port 8080 (or the next free one) on all interfaces, the addresses for this
# computer and the room, a QR code, and the browser opened. Options are the
# server's (scripts/serve.sh --port 9000 --no-browser; see --help).
# Without the server, any static server works: python3 -m http.server 8080 --directory dist
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build.sh
exec target/release/pas-a-pas ${PORT:+--port "$PORT"} "$@"
