#!/usr/bin/env node
// Makes the programs' files smaller after Trunk: the JavaScript glue that
// wasm-bindgen writes for each program (minified with terser) and the style
// sheets (comments and indentation removed). Trunk's own `minify` is not
// used: it also rewrites the HTML (unquoted attributes) and fails on the glue.
// Each file keeps its name; the `integrity` (SRI) of every page that loads it
// is computed again. Run before scripts/csp.mjs. Measured on the first load:
// README, "Budgets".
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] || 'dist';
const files = readdirSync(dir);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A style sheet without its comments, indentation and blank lines. Strings
 * and the spaces that separate selectors are kept as they are. */
export function minifyCss(css) {
  // Plain parts (comments dropped, spaces squeezed) and strings, kept whole.
  const parts = [];
  let plain = '';
  const flush = () => {
    parts.push(plain.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/;}/g, '}').replace(/: /g, ':'));
    plain = '';
  };
  for (let i = 0; i < css.length; ) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated comment');
      plain += ' ';
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      flush();
      parts.push(css.slice(i, j + 1));
      i = j + 1;
    } else {
      plain += c;
      i++;
    }
  }
  flush();
  return parts.join('').trim() + '\n';
}

const changed = new Map(); // file name -> new integrity
for (const name of files) {
  if (!name.endsWith('.js') && !name.endsWith('.css')) continue;
  const path = join(dir, name);
  const before = readFileSync(path);
  let after;
  if (name.endsWith('.js')) {
    const r = await minify(before.toString('utf8'), { module: true, compress: true, mangle: true, format: { comments: false } });
    after = Buffer.from(r.code, 'utf8');
  } else if (name.endsWith('.css')) {
    after = Buffer.from(minifyCss(before.toString('utf8')), 'utf8');
  }
  writeFileSync(path, after);
  changed.set(name, sri(after));
  console.log(`${name}: ${before.length} -> ${after.length} bytes`);
}

for (const name of files.filter((f) => f.endsWith('.html'))) {
  const path = join(dir, name);
  const html = readFileSync(path, 'utf8');
  const next = html.replace(/href="\.\/([^"]+)"([^>]*?)integrity="[^"]*"/g, (all, file, between) =>
    changed.has(file) ? `href="./${file}"${between}integrity="${changed.get(file)}"` : all,
  );
  const left = [...next.matchAll(/href="\.\/([^"]+)"[^>]*integrity="([^"]*)"/g)].filter(
    ([, file, hash]) => changed.has(file) && changed.get(file) !== hash,
  );
  if (left.length) {
    console.error(`${name}: integrity not updated for ${left.map((m) => m[1]).join(', ')}`);
    process.exit(1);
  }
  writeFileSync(path, next);
}
