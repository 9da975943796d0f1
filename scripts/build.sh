#!/usr/bin/env bash
# Builds the release app into dist/. Several programs share one folder, one
# style sheet, the icons and the exercises:
#   index.html              the learners' app (home, modules, settings)
#   exercice.html           the generic exercises (choice, classify, order, spot)
#   profil.html             the learner's profile, "J'ai fini", the attestation
#   animateur.html          the advisor's corner (summaries only)
#   animateur-projeter.html an exercise on the projector (every simulation read)
#   animateur-verifier.html the check of every content file (idem)
#   atelier-<module>.html   the simulations of one module
# Each is loaded only when needed, so the first load stays small.
# Then the workshop server, which carries dist/ inside it, compressed:
#   target/release/pas-a-pas   (crates/server/README.md)
# Trunk never downloads (--offline). `scripts/build.sh atelier-cv` builds the
# learners' app and that one program only (quicker while working on it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  # Every program: each HTML file beside index.html is one (src/catalog.rs;
  # tests/programs.rs checks that they agree).
  for f in *.html; do [ "$f" = index.html ] || programs+=("${f%.html}"); done
fi
# Every program's wasm first, in one cargo run: cargo links two at a time on
# two cores (each link is a whole-program LTO of about a minute), and each
# trunk build below finds its wasm fresh.
bins=(--bin pas-a-pas); for p in "${programs[@]}"; do bins+=(--bin "$p"); done
cargo build --locked --release --target wasm32-unknown-unknown "${bins[@]}"
trunk build index.html --release --offline=true
# Then wasm-bindgen and wasm-opt (single-threaded), two programs at a time,
# each into its own folder.
printf '%s\n' "${programs[@]}" | xargs -P 2 -I{} sh -c \
  'trunk build "{}.html" --release --offline=true --dist "target/trunk-{}" > "target/trunk-{}.log" 2>&1 || { cat "target/trunk-{}.log"; exit 1; }'
for p in "${programs[@]}"; do
  out="target/trunk-$p"
  cp "$out/index.html" "dist/$p.html"
  cp "$out/$p"-* dist/
  cp "$out"/*.css dist/   # its own style sheet, if any (names are hashed)
done
# The glue JavaScript and the style sheets, minified (their SRI recomputed).
node scripts/minify.mjs dist
# The passphrase meter's estimator (zxcvbn-ts and its word lists, from
# node_modules), loaded by atelier-mot-de-passe.html only.
if [[ " ${programs[*]} " == *" atelier-mot-de-passe "* ]]; then
  node assets/estimator/build.mjs dist/estimator
fi
# A Content-Security-Policy on every page, with the hash of its inline loader.
node scripts/csp.mjs dist
# The workshop server, with this dist/ inside it.
cargo build --locked --release -p pas-a-pas-server
echo "Workshop server: target/release/pas-a-pas ($(du -h target/release/pas-a-pas | cut -f1))"
