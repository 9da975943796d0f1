#!/usr/bin/env node
// Puts a Content-Security-Policy on every HTML page of dist/ (a meta tag, so
// it works behind any static server). The only inline script of a page is the
// loader Trunk writes; its SHA-256 is computed here, after the build, so the
// policy allows exactly that script and nothing else. See README, "Privacy".
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
const policy = (hashes) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const path = join(dir, name);
  let html = readFileSync(path, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  if (/\son[a-z]+=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) {
    console.error(`${name}: an inline event handler would be blocked by the policy`);
    process.exit(1);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  if (!/<meta charset="utf-8">/i.test(html)) {
    console.error(`${name}: no <meta charset="utf-8"> to put the policy after`);
    process.exit(1);
  }
  html = html.replace(/(<meta charset="utf-8">)/i, `$1\n  ${meta}`);
  writeFileSync(path, html);
  console.log(`${name}: CSP with ${hashes.length} inline script hash(es)`);
}
