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

test('its generic exercises are axe-clean at 360, 1280 and 1920 px, in both languages and in high contrast', async () => {
  const generic = exercises.filter((id) => ['choice', 'classify', 'order', 'spot'].includes(readExercise('echanger', id).top.kind));
  assert.ok(generic.length >= 5, generic.join());
  for (const [lang, contrast, width] of [['fr', false, 360], ['fr', false, 1280], ['en', false, 1920], ['fr', true, 360]]) {
    const settings = JSON.stringify({ lang, text_size: 1, high_contrast: contrast });
    const page = await openPage(env.browser, env.server.origin, {
      init: `localStorage.setItem('pas-a-pas.settings', ${JSON.stringify(settings)})`,
    });
    await page.setViewportSize({ width, height: 900 });
    for (const id of generic) {
      await goto(page, env.server.url + `#/m/echanger/${id}`);
      const title = readExercise('echanger', id).top[`title.${lang}`];
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.deepEqual(await axe(page), [], `${id} (${lang}, ${width} px${contrast ? ', high contrast' : ''})`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
