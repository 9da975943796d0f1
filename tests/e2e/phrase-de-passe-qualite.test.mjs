// The passphrase meter's quality table (issue 15), in the browser against the
// release build: the estimator (zxcvbn-ts, French dictionaries, the exercise's
// common words) and the levels of sims/passphrase/src/model.rs together, as a
// learner sees them. Then the meter without its estimator, and its budget
// (`node scripts/bench.mjs --meter`: at most 450 KB gzip for the exercise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, goto, serve, copyOfDist, root } from './helpers.mjs';
import { WEAK, STRONG, THREE_COMMON_WORDS } from './phrase-de-passe-table.mjs';

const env = useServerAndBrowser();
const EXERCISE = 'atelier-mot-de-passe.html#/m/vie-privee/phrase-de-passe';

/** What the meter shows for `password`: its rank (1 to 5) and its text. */
async function rate(page, password) {
  await page.locator('#pw-input').fill(password);
  const text = await page.locator('#pw-meter').innerText();
  const m = text.match(/\((\d) sur 5\)/);
  assert.ok(m, `${password}: ${text}`);
  return { rank: Number(m[1]), text: text.replace(/\s+/g, ' ') };
}

test('quality table: weak French and overseas passwords, random-word phrases, 3 common words', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + EXERCISE);
  const wrong = [];
  const row = (p, r, want) => {
    const ok = want(r.rank);
    if (!ok) wrong.push(`${p}: ${r.text}`);
    console.log(`${ok ? ' ' : 'X'} ${r.rank}/5  ${p.padEnd(52)} ${r.text.match(/Temps pour le deviner : [^.]*/)?.[0] ?? ''}`);
  };
  assert.ok(WEAK.length >= 25 && STRONG.length >= 5);
  for (const p of WEAK) row(p, await rate(page, p), (r) => r <= 2);
  for (const p of STRONG) {
    assert.ok(p.split(/[^\p{L}]+/u).filter(Boolean).length >= 5, `${p} has 5 words or more`);
    row(p, await rate(page, p), (r) => r === 5);
  }
  for (const p of THREE_COMMON_WORDS) row(p, await rate(page, p), (r) => r < 5);
  assert.deepEqual(wrong, [], 'weak at most "faible", phrases at "très solide", 3 common words below');
  // The advice of a weak one names what is wrong, and length first.
  const weak = await rate(page, 'kevin1998');
  assert.match(weak.text, /Un prénom ou un nom de famille se devine vite\./);
  assert.match(weak.text, /Mettez plusieurs mots sans lien entre eux/);
  const keyboard = await rate(page, 'qsdfghjklm');
  assert.match(keyboard.text, /Des touches côte à côte sur le clavier/);
  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Your new password' }).waitFor();
  await page.locator('#pw-input').fill('soleil maison amour');
  const en = await page.locator('#pw-meter').innerText();
  assert.match(en, /Strength: medium \(3 out of 5\)/, en);
  assert.match(en, /Not enough, even on a site that blocks after a few mistakes\./, en);
  assert.match(en, /Add words: length matters most\./, en);
  assert.deepEqual(page.problems, []);
});

test('without its estimator the meter says so and the exercise still loads', async () => {
  const dir = copyOfDist();
  rmSync(join(dir, 'estimator', 'meter.js'));
  const server = await serve(dir);
  try {
    const page = await openPage(env.browser, server.origin);
    await goto(page, server.url + EXERCISE);
    await page.locator('#pw-input').fill('soleil974');
    await page.getByText("La jauge n'a pas pu démarrer. Rechargez la page.").waitFor();
    // Only the missing file was a problem.
    assert.ok(page.problems.every((p) => /404|Failed to load resource/.test(p)), page.problems.join('\n'));
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('budget: everything the exercise downloads is at most 450 KB gzip', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--meter'], { encoding: 'utf8' });
  console.log(r.stdout);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
