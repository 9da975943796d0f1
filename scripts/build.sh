#!/usr/bin/env bash
# Builds the release app into dist/. Several programs share one folder, one
# style sheet, the icons and the exercises:
#   index.html              the learners' app (home, modules, settings)
#   exercice.html           the generic exercises (choice, classify, order, spot)
#   profil.html             the learner's profile, "J'ai fini", the attestation
#   animateur.html          the advisor's corner
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
[ ${#programs[@]} -gt 0 ] || programs=(exercice profil animateur atelier-messagerie atelier-courriel atelier-telephone atelier-cv atelier-scolarite atelier-vie-privee atelier-mot-de-passe atelier-information)
trunk build index.html --release --offline=true
for p in "${programs[@]}"; do
  out="target/trunk-$p"
  trunk build "$p.html" --release --offline=true --dist "$out"
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
