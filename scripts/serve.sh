#!/usr/bin/env bash
# Builds the release app and serves dist/ on port 8080 on all interfaces.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build.sh
PORT="${PORT:-8080}"
lan=$(hostname -I 2>/dev/null | awk '{print $1}')
echo
echo "Pas à pas est prêt / is ready:"
echo "  sur cet ordinateur / on this computer:  http://localhost:$PORT/"
[ -n "$lan" ] && echo "  pour les autres appareils / for other devices:  http://$lan:$PORT/"
echo "(Ctrl+C pour arrêter / to stop)"
exec python3 -m http.server "$PORT" --bind 0.0.0.0 --directory dist
