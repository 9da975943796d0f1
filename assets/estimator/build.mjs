#!/usr/bin/env node
// Writes the passphrase meter's estimator into a folder of dist/ (called by
// scripts/build.sh: `node assets/estimator/build.mjs dist/estimator`), from
// the npm packages installed by scripts/setup.sh (never downloaded here):
//   zxcvbn-ts.js      @zxcvbn-ts/core, its browser bundle as published (MIT),
//                     minified (terser)
//   dictionaries.js   word lists of @zxcvbn-ts/language-common and
//                     @zxcvbn-ts/language-fr, cut to their most common words
//                     so that the whole exercise stays within 450 KB gzip
//   meter.js          the bridge the Rust program calls (this folder), minified
//   licenses/         the licence and notice files of every package shipped
// Why zxcvbn-ts, and what each list weighs: sims/passphrase/README.md.
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, '..', '..', 'dist', 'estimator');
const require = createRequire(import.meta.url);
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));
const version = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

const common = await import('@zxcvbn-ts/language-common');
const fr = await import('@zxcvbn-ts/language-fr');

// Which lists, and how many of their first (most common) words. The lists
// ranked by frequency are cut; the first names, in alphabetical order, are
// whole (a cut would keep the names starting with A to F only). What each
// weighs, and why these: sims/passphrase/README.md.
export const LISTS = [
  // Leaked passwords, most used first (azerty 357, soleil 2802).
  { name: 'passwords-common', from: common.dictionary, keep: 2000 },
  // French words from film subtitles (OpenSubtitles 2024 via OPUS, ODC-BY), most used first.
  { name: 'commonWords-fr', from: fr.dictionary, keep: 5000 },
  // First names, alphabetical (the package calls this list "lastnames-fr"): all 2525.
  { name: 'lastnames-fr', from: fr.dictionary },
];
// Series zxcvbn-ts recognises in order (days, months, numbers…): all, they are short.
const SEQUENCES = Object.keys(fr.dictionary).filter((k) => !/^(commonWords|wikipedia|firstnames|lastnames)-/.test(k));
// Keyboard layouts: azerty, qwerty and the number pad (Dvorak, qwertz and the
// Mac number pad are left out: rare in France).
const GRAPHS = ['azerty', 'qwerty', 'keypad'];

/** Words kept in their exact order: the most common ones. */
export const EXACT = 64;

/**
 * A list as one string that gzip packs well: after the first `EXACT` words,
 * each band of words (64 to 127, 128 to 255…: ranks within a factor of 2) is
 * sorted alphabetically, then every word is written as the number of letters
 * it shares with the previous one (a capital letter: A for 0, B for 1…) and
 * the rest. A word keeps its band, so zxcvbn-ts's rank (its place in the
 * list) stays within a factor of 2 of the true one. The lists have no
 * capital letters; `decode` in meter.js reads this back.
 */
export function encode(words) {
  const order = words.slice(0, EXACT);
  for (let start = EXACT; start < words.length; start *= 2) order.push(...words.slice(start, start * 2).sort());
  let prev = '';
  return order
    .map((w) => {
      if (/[A-Z\n]/.test(w) || w === '') throw new Error(`cannot encode ${JSON.stringify(w)}`);
      let n = 0;
      while (n < 25 && n < w.length && w[n] === prev[n]) n++;
      prev = w;
      return String.fromCharCode(65 + n) + w.slice(n);
    })
    .join('');
}

/** Reads back what `encode` wrote (the same as meter.js's). */
export function decode(s) {
  const parts = s.split(/([A-Z])/);
  const out = [];
  let last = '';
  for (let i = 1; i < parts.length; i += 2) {
    last = last.slice(0, parts[i].charCodeAt(0) - 65) + parts[i + 1];
    out.push(last);
  }
  return out;
}

/** The lists to ship, by zxcvbn-ts's names, each as `encode` writes it. */
export function selectLists() {
  const lists = {};
  for (const l of LISTS) {
    const words = l.from[l.name];
    if (!Array.isArray(words)) throw new Error(`${l.name}: no such list`);
    lists[l.name] = encode(l.keep ? words.slice(0, l.keep) : words);
  }
  for (const k of SEQUENCES) lists[k] = encode(fr.dictionary[k]);
  return lists;
}

/** The keyboard layouts to ship. */
export function selectGraphs() {
  return Object.fromEntries(GRAPHS.map((g) => [g, common.adjacencyGraphs[g]]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'licenses'), { recursive: true });
  const names = ['@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-fr'];
  const versions = names.map((n) => `${n} ${version(n)}`).join(', ');

  // The core as published, minified (its source map is not shipped), and the bridge.
  const min = async (file, banner) => {
    const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    const r = await minify(code, { compress: true, mangle: true, format: { comments: false, preamble: banner } });
    return r.code + '\n';
  };
  writeFileSync(
    join(out, 'zxcvbn-ts.js'),
    await min(
      join(pkgDir('@zxcvbn-ts/core'), 'dist', 'zxcvbn-ts.js'),
      `/*! @zxcvbn-ts/core ${version('@zxcvbn-ts/core')} (MIT), with fastest-levenshtein (MIT): licenses/ beside this file. */`,
    ),
  );
  writeFileSync(
    join(out, 'meter.js'),
    await min(join(here, 'meter.js'), '/*! Pas à pas, the passphrase meter: assets/estimator/meter.js (MIT). */'),
  );

  const data = { lists: selectLists(), graphs: selectGraphs() };
  writeFileSync(
    join(out, 'dictionaries.js'),
    `/*! Word lists and keyboard layouts of @zxcvbn-ts/language-common ${version('@zxcvbn-ts/language-common')}\n` +
      ` * and @zxcvbn-ts/language-fr ${version('@zxcvbn-ts/language-fr')} (MIT;\n` +
      ` * commonWords-fr from OpenSubtitles 2024 via OPUS, ODC-BY): licenses/ beside this file.\n` +
      ` * Written by assets/estimator/build.mjs. */\n` +
      `window.pasAPasDictionaries = ${JSON.stringify(data)};\n`,
  );

  const licenses = [
    ['@zxcvbn-ts/core', 'LICENSE.txt'],
    ['@zxcvbn-ts/language-common', 'LICENSE.txt'],
    ['@zxcvbn-ts/language-fr', 'LICENSE.txt'],
    ['@zxcvbn-ts/language-fr', 'NOTICE.md'],
    ['@zxcvbn-ts/language-fr', 'THIRD_PARTY_LICENSES.md'],
    // Bundled inside zxcvbn-ts.js.
    ['fastest-levenshtein', 'LICENSE.md'],
  ];
  for (const [pkg, file] of licenses) {
    const dir = join(out, 'licenses', pkg.replace('@zxcvbn-ts/', 'zxcvbn-ts-'));
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(pkgDir(pkg), file), join(dir, file));
  }
  console.log(`estimator: ${versions} -> ${out}`);
}
