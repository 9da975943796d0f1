#!/usr/bin/env bash
# Starts the Windows workshop server under wine and checks that it serves:
# the home page and the app's WebAssembly (brotli) come back identical to
# dist/, and a second copy on the same port refuses with a sentence.
#   scripts/wine-smoke.sh [path/to/pas-a-pas.exe]
#
# Debian 12's wine (8.0) lacks bcryptprimitives.dll, whose ProcessPrng
# (Windows 10 and later) Rust's standard library imports. For this test
# only, a stand-in over RtlGenRandom is built with mingw and put beside a
# copy of the program; it is never shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${1:-target/x86_64-pc-windows-gnu/release/pas-a-pas.exe}"
wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "wine is not installed (scripts/setup.sh --test installs it)" >&2; exit 1; }
[ -f "$exe" ] || { echo "$exe is missing: cargo build --release -p pas-a-pas-server --target x86_64-pc-windows-gnu" >&2; exit 1; }

export WINEPREFIX="$PWD/target/wine-prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$WINEPREFIX"
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  "$(dirname "$wine")/wineserver" -k 2>/dev/null || wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp "$exe" "$work/pas-a-pas.exe"
if [ ! -e "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ]; then
  cat > "$work/shim.c" <<'EOF'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}
EOF
  printf 'LIBRARY bcryptprimitives\nEXPORTS\n  ProcessPrng\n' > "$work/shim.def"
  x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bcryptprimitives.dll" "$work/shim.c" "$work/shim.def" -ladvapi32
fi

start=$(date +%s)
"$wine" "$work/pas-a-pas.exe" --port 0 --host 127.0.0.1 --no-browser > "$work/out.txt" 2> "$work/err.txt" &
pid=$!
# The first start makes wine's prefix (about 20 s), later ones take a second or two.
for _ in $(seq 1 180); do
  grep -q "To stop" "$work/out.txt" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/out.txt" "$work/err.txt" >&2; echo "the program ended under wine" >&2; exit 1; }
  sleep 1
done
port=$(grep -Eo '(localhost|127\.0\.0\.1):[0-9]+' "$work/out.txt" | head -1 | cut -d: -f2)
[ -n "$port" ] || { cat "$work/out.txt" "$work/err.txt" >&2; echo "no address printed" >&2; exit 1; }
echo "Windows program started under $("$wine" --version) in $(( $(date +%s) - start )) s, port $port"

curl -sf "http://127.0.0.1:$port/" -o "$work/index.html"
cmp "$work/index.html" dist/index.html
wasm=$(cd dist && ls pas-a-pas-*_bg.wasm | head -1)
curl -sf -H 'Accept-Encoding: br' -D "$work/headers.txt" "http://127.0.0.1:$port/$wasm" -o "$work/app.wasm.br"
grep -qi '^content-encoding: br' "$work/headers.txt"
grep -qi '^content-type: application/wasm' "$work/headers.txt"
curl -sf --compressed "http://127.0.0.1:$port/$wasm" -o "$work/app.wasm"
cmp "$work/app.wasm" "dist/$wasm"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/exercises/..%5c..%5cwindows%5cwin.ini")
[ "$status" = 400 ] || { echo "a backslash traversal got $status" >&2; exit 1; }
echo "home page and $wasm ($(wc -c < "$work/app.wasm.br") bytes in brotli) identical to dist/; traversal refused ($status)"

# A second copy on the same port: a sentence and exit code 1, no panic.
set +e
"$wine" "$work/pas-a-pas.exe" --port "$port" --host 127.0.0.1 --no-browser < /dev/null > "$work/out2.txt" 2> "$work/err2.txt"
code=$?
set -e
if [ "$code" != 1 ] || ! grep -q "Le port $port est déjà pris" "$work/err2.txt" || grep -q panicked "$work/err2.txt"; then
  cat "$work/err2.txt" >&2
  echo "a port in use gave exit code $code" >&2
  exit 1
fi
echo "a second copy on port $port refused: $(head -1 "$work/err2.txt" | grep . || sed -n 2p "$work/err2.txt")"
echo "wine smoke test passed"
