#!/usr/bin/env bash
# Builds the packages an advisor downloads, in target/package/:
#   pas-a-pas-<version>-linux.tar.gz    the program (x86_64 Linux) and LISEZ-MOI.txt
#   pas-a-pas-<version>-windows.zip     pas-a-pas.exe (cross-built with mingw-w64) and LISEZ-MOI.txt
# Each program carries the whole app (dist/), so it is all an advisor needs.
#   scripts/package.sh --no-build   packages the dist/ already built (no trunk build)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --package
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ "${1:-}" = "--no-build" ]; then
  cargo build --locked --release -p pas-a-pas-server
else
  scripts/build.sh
fi
cargo build --locked --release -p pas-a-pas-server --target x86_64-pc-windows-gnu

version=$(sed -n 's/^version = "\(.*\)"/\1/p' crates/server/Cargo.toml | head -1)
out=target/package
rm -rf "$out"
mkdir -p "$out/linux" "$out/windows"
readme() { sed "s/{VERSION}/$version/" crates/server/LISEZ-MOI.txt; }

cp target/release/pas-a-pas "$out/linux/pas-a-pas"
readme > "$out/linux/LISEZ-MOI.txt"
tar -C "$out/linux" -czf "$out/pas-a-pas-$version-linux.tar.gz" pas-a-pas LISEZ-MOI.txt

cp target/x86_64-pc-windows-gnu/release/pas-a-pas.exe "$out/windows/pas-a-pas.exe"
# Windows line endings, so that any Notepad shows the lines.
readme | sed 's/$/\r/' > "$out/windows/LISEZ-MOI.txt"
(cd "$out/windows" && python3 -m zipfile -c "../pas-a-pas-$version-windows.zip" pas-a-pas.exe LISEZ-MOI.txt)

ls -l "$out"/*.tar.gz "$out"/*.zip
