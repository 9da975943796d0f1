// The module « Échanger avec mes proches » as a whole: listed on the home page
// with its duration (the sum of its exercises' minutes), its exercises on its
// page, and on the attestation once they are done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, goto, seedOnce, axe } from './helpers.mjs';
import { exercisesOf, readExercise } from './content.mjs';

const env = useServerAndBrowser();
const exercises = exercisesOf('echanger');

test('the module is on the home page with its duration, and its page lists every exercise', async () => {
  assert.ok(exercises.length >= 7, `${exercises.length} exercises`);
  const minutes = exercises.reduce((n, id) => n + Number(readExercise('echanger', id).top.minutes), 0);
  assert.ok(minutes >= 40 && minutes <= 50, `${minutes} minutes`);
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url);
  const card = page.getByRole('link', { name: /Échanger avec mes proches/ });
  await card.waitFor();
  assert.ok((await card.innerText()).includes(`Environ ${minutes} minutes`), await card.innerText());
  await card.click();
  await page.getByRole('heading', { level: 1, name: 'Échanger avec mes proches' }).waitFor();
  for (const id of exercises) {
    const title = readExercise('echanger', id).top['title.fr'];
    assert.equal(await page.getByRole('link', { name: title }).count(), 1, title);
  }
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
});

test('done, the module is on the attestation', async () => {
  const records = {};
  for (const ex of exercises) records[`echanger/${ex}`] = { attempts: 1, best: 1, last: 1, max: 1, first_success: '2026-11-20' };
  const page = await openPage(env.browser, env.server.origin, {
    init: seedOnce({ 'pas-a-pas.profile.p1.progress': JSON.stringify({ schema: 2, records }) }),
  });
  await goto(page, env.server.url + '#/attestation');
  const sheet = page.locator('.attestation');
  await sheet.waitFor();
  assert.ok(page.url().includes('profil.html'), page.url());
  const text = await sheet.innerText();
  assert.ok(text.includes('Échanger avec mes proches'), text);
  assert.deepEqual(page.problems, []);
});
