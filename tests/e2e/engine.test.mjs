// The exercise engine: each kind completed by keyboard alone and by mouse,
// feedback and score, retry, read-aloud, a broken file, the content check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, seedOnce, serve, openPage, goto, ready, axe, shot, tabTo, copyOfDist } from './helpers.mjs';
import { readExercise, tablesOf, exercisesOf } from './content.mjs';

const env = useServerAndBrowser();

const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
const resultTitle = (page) => page.locator('#result-title');

/** Presses "Vérifier" with the keyboard and returns the result headline. */
async function checkByKeyboard(page) {
  await tabTo(page, () => document.activeElement.textContent === 'Vérifier');
  await page.keyboard.press('Enter');
  await resultTitle(page).waitFor();
  // Focus moves on the next frame, once the result is drawn.
  await page.waitForFunction(() => document.activeElement?.id === 'result-title', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await focused(page), 'result-title', 'focus moves to the result');
  return resultTitle(page).innerText();
}

async function axeClean(page, what) {
  assert.deepEqual(await axe(page), [], what);
}

test('choice: keyboard alone, right answer, with explanations for every option', async () => {
  const ex = readExercise('vie-privee', 'mot-de-passe');
  const options = tablesOf(ex, 'options');
  const right = options.find((o) => o.correct);
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/vie-privee/mot-de-passe');
  await axeClean(page, 'choice before');
  // "Vérifier" with nothing chosen asks kindly for an answer first.
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.getByText("Répondez d'abord.", { exact: false }).waitFor();
  // Tab into the radio group, then arrows until the right option is chosen.
  await tabTo(page, () => document.activeElement.type === 'radio');
  for (let i = 0; i < options.length; i++) {
    if ((await page.evaluate(() => document.activeElement.id)) === `option-${right.id}`) break;
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.getByLabel(right['text.fr'], { exact: true }).isChecked(), true);
  assert.equal(await checkByKeyboard(page), '1 sur 1');
  assert.equal(await page.locator('.feedback').count(), options.length, 'every option is explained');
  await page.getByText(right['explanation.fr']).waitFor();
  await axeClean(page, 'choice after');
  await shot(page, 'kind-choice-checked-1280');
  assert.deepEqual(page.problems, []);
});

test('choice: a wrong answer by mouse is explained, and "Réessayer" starts again', async () => {
  const ex = readExercise('vie-privee', 'mot-de-passe');
  const wrong = tablesOf(ex, 'options').find((o) => !o.correct);
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/vie-privee/mot-de-passe');
  await page.getByLabel(wrong['text.fr'], { exact: true }).check();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), '0 sur 1');
  const fb = page.locator('.feedback.wrong');
  assert.match(await fb.innerText(), /Pas tout à fait\./);
  assert.ok((await fb.innerText()).includes(wrong['explanation.fr']));
  await page.locator('.feedback.missed').waitFor();
  await page.getByRole('button', { name: 'Réessayer' }).click();
  assert.equal(await page.locator('.feedback').count(), 0);
  assert.equal(await page.getByLabel(wrong['text.fr'], { exact: true }).isChecked(), false);
  assert.deepEqual(page.problems, []);
});

test('choice with several answers: by mouse, partly right', async () => {
  const ex = readExercise('scolarite', 'ordinateur-partage');
  const options = tablesOf(ex, 'options');
  const rights = options.filter((o) => o.correct);
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/scolarite/ordinateur-partage');
  assert.equal(await page.getByRole('checkbox').count(), options.length);
  await page.getByLabel(rights[0]['text.fr'], { exact: true }).check();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), `1 sur ${rights.length}`);
  assert.equal(await page.locator('.feedback.missed').count(), rights.length - 1);
  assert.deepEqual(page.problems, []);
});

test('classify: keyboard alone, every card placed right', async () => {
  const ex = readExercise('cv', 'contenu-cv');
  const groups = tablesOf(ex, 'groups');
  const items = tablesOf(ex, 'items');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await goto(page, env.server.url + '#/m/cv/contenu-cv');
  await axeClean(page, 'classify before');
  for (const item of items) {
    const target = `card-${item.id}-${item.group}`;
    await tabTo(page, (id) => document.activeElement.name === `card-${id}`, item.id);
    // Space picks the focused group; arrows move to the next group.
    for (let i = 0; i <= groups.length; i++) {
      if ((await page.evaluate(() => document.activeElement.id)) === target) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Space');
    assert.equal(await page.locator(`#${target}`).isChecked(), true, item.id);
  }
  assert.equal(await checkByKeyboard(page), `${items.length} sur ${items.length}`);
  assert.equal(await page.locator('.feedback.right').count(), items.length);
  await page.getByText('Bravo ! Tout est juste.').waitFor();
  await axeClean(page, 'classify after');
  await shot(page, 'kind-classify-checked-360');
  assert.deepEqual(page.problems, []);
});

test('classify: by mouse, a card left out or misplaced is explained', async () => {
  const ex = readExercise('information', 'fiable-ou-pas');
  const groups = tablesOf(ex, 'groups');
  const items = tablesOf(ex, 'items');
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/information/fiable-ou-pas');
  // Everything in the first group: refusing nothing does not score full marks.
  for (const item of items) await page.locator(`label[for="card-${item.id}-${groups[0].id}"]`).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  const right = items.filter((i) => i.group === groups[0].id).length;
  assert.equal(await resultTitle(page).innerText(), `${right} sur ${items.length}`);
  assert.ok(right > 0 && right < items.length, 'true and false items are mixed');
  assert.equal(await page.locator('.feedback.wrong').count(), items.length - right);
  assert.deepEqual(page.problems, []);
});

test('order: keyboard alone with "Monter", focus follows the moved step', async () => {
  const ex = readExercise('cv', 'ordre-experiences');
  const ids = tablesOf(ex, 'items').map((i) => i.id);
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/cv/ordre-experiences');
  await axeClean(page, 'order before');
  const shown = () => page.evaluate(() => [...document.querySelectorAll('.steps .move:first-child')].map((b) => b.id.slice(3)));
  for (let k = 0; k < ids.length; k++) {
    let pos = (await shown()).indexOf(ids[k]);
    if (pos === k) continue;
    await tabTo(page, (id) => document.activeElement.id === `up-${id}`, ids[k]);
    while (pos > k) {
      await page.keyboard.press('Enter');
      pos -= 1;
      await page.waitForFunction(([id, p]) => document.querySelectorAll('.steps .move:first-child')[p]?.id === `up-${id}`, [ids[k], pos]);
      // Focus follows the moved step (to "Descendre" once it reaches the top).
      await page.waitForFunction((id) => [`up-${id}`, `down-${id}`].includes(document.activeElement.id), ids[k], { timeout: 2000 });
    }
  }
  assert.deepEqual(await shown(), ids);
  assert.match(await page.locator('[aria-live="polite"]').first().innerText(), /est maintenant en position/);
  assert.equal(await checkByKeyboard(page), `${ids.length} sur ${ids.length}`);
  await axeClean(page, 'order after');
  await shot(page, 'kind-order-checked-1280');
  assert.deepEqual(page.problems, []);
});

test('order: by mouse, checking the mixed-up order explains each step', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/scolarite/premiere-connexion');
  // Move one step, then check: most steps are out of place.
  await page.locator('.steps .move').nth(1).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  const headline = await resultTitle(page).innerText();
  const [score, max] = headline.split(' sur ').map(Number);
  assert.ok(score < max, headline);
  assert.equal(await page.locator('.steps .feedback').count(), max);
  assert.deepEqual(page.problems, []);
});

test('spot: keyboard alone, every clue found', async () => {
  const ex = readExercise('vie-privee', 'sms-colis');
  const clues = tablesOf(ex, 'segments').filter((s) => s.clue);
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await goto(page, env.server.url + '#/m/vie-privee/sms-colis');
  await axeClean(page, 'spot before');
  for (const clue of clues) {
    await tabTo(page, (t) => document.activeElement.classList.contains('segment') && document.activeElement.textContent === t, clue['text.fr']);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  }
  await page.getByText(`Vous avez marqué ${clues.length} passage`, { exact: false }).waitFor();
  assert.equal(await checkByKeyboard(page), `${clues.length} sur ${clues.length}`);
  assert.equal(await page.locator('.spot-feedback .feedback.right').count(), clues.length);
  await axeClean(page, 'spot after');
  await shot(page, 'kind-spot-checked-360');
  assert.deepEqual(page.problems, []);
});

test('spot: by mouse, a harmless part marked and a missed clue are both explained', async () => {
  const ex = readExercise('cv', 'erreurs-cv');
  const segments = tablesOf(ex, 'segments');
  const clues = segments.filter((s) => s.clue);
  const harmless = segments.find((s) => s.id && !s.clue);
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/cv/erreurs-cv');
  await page.getByRole('button', { name: clues[0]['text.fr'], exact: true }).click();
  await page.getByRole('button', { name: harmless['text.fr'], exact: true }).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), `0 sur ${clues.length}`, 'a wrong mark takes a find back');
  assert.equal(await page.locator('.spot-feedback .feedback.right').count(), 1);
  assert.equal(await page.locator('.spot-feedback .feedback.wrong').count(), 1);
  assert.equal(await page.locator('.spot-feedback .feedback.missed').count(), clues.length - 1);
  assert.ok((await page.locator('.spot-feedback').innerText()).includes(harmless['explanation.fr']));
  assert.deepEqual(page.problems, []);
});

test('read-aloud never fails: it reads, or says kindly that there is no voice', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/cv/adresse-email');
  const button = page.getByRole('button', { name: 'Écouter la consigne' });
  await button.click();
  const speaking = (await button.count()) === 0 || (await page.getByRole('button', { name: 'Arrêter la lecture' }).count()) > 0;
  const noVoice = await page.getByText("Cet ordinateur n'a pas de voix en français.", { exact: false }).count();
  assert.ok(speaking || noVoice === 1, 'either reading or a kind message');
  // Without speech synthesis at all, the buttons are not shown.
  const page2 = await openPage(env.browser, env.server.origin, { init: 'delete window.speechSynthesis; window.speechSynthesis = undefined;' });
  await goto(page2, env.server.url + '#/m/cv/adresse-email');
  assert.equal(await page2.getByRole('button', { name: /Écouter/ }).count(), 0);
  assert.deepEqual([...page.problems, ...page2.problems], []);
});

test('a module page lists its exercises and marks the done ones', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.equal(await page.getByText(`0 exercice fait sur ${exercisesOf('vie-privee').length}`).count(), 1);
  await page.getByRole('link', { name: 'Commencer' }).click();
  await ready(page);
  const first = readExercise('vie-privee', 'sms-colis');
  for (const c of tablesOf(first, 'segments').filter((s) => s.clue)) await page.getByRole('button', { name: c['text.fr'], exact: true }).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.getByRole('link', { name: 'Exercice suivant' }).click();
  await ready(page);
  assert.match(await page.locator('.step-label').innerText(), new RegExp(`Étape 2 sur ${exercisesOf('vie-privee').length}`));
  await page.getByRole('link', { name: 'Protéger mes données' }).click();
  await ready(page);
  assert.equal(await page.getByText(`1 exercice fait sur ${exercisesOf('vie-privee').length}`).count(), 1);
  assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '1');
  assert.deepEqual(page.problems, []);
});

test('a broken exercise file shows an error card naming it; the rest keeps working', async () => {
  const dir = copyOfDist();
  writeFileSync(join(dir, 'exercises', 'cv', 'adresse-email.toml'), 'id = "adresse-email"\nkind = "choice\ntitle.fr = "Oups"\n');
  rmSync(join(dir, 'exercises', 'cv', 'ordre-experiences.toml'));
  const broken = await serve(dir);
  try {
    const page = await openPage(env.browser, broken.origin);
    await goto(page, broken.url + '#/m/cv');
    const cards = page.locator('.problem-card');
    assert.equal(await cards.count(), 2);
    // The card names the file at once; its details are folded for the advisor.
    assert.ok((await cards.first().innerText()).includes('cv/'), await cards.first().innerText());
    for (const summary of await page.locator('.problem-card summary').all()) await summary.click();
    const text = await cards.allInnerTexts();
    assert.ok(text.some((t) => t.includes('cv/adresse-email.toml, ligne 2') && t.includes('mal écrit')), text.join('\n'));
    assert.ok(text.some((t) => t.includes('cv/module.toml') && t.includes('cv/ordre-experiences.toml est introuvable')), text.join('\n'));
    await axeClean(page, 'module with broken files');
    await shot(page, 'broken-file-1280');
    // The other exercises still open and work.
    await page.locator('.exercise-row:not(.broken) a').first().click();
    await ready(page);
    assert.equal(await page.locator('.problem-card').count(), 0);
    assert.ok((await page.getByRole('button', { name: 'Vérifier', exact: true }).count()) === 1);
    // The broken exercise's own page shows the card too.
    await goto(page, broken.url + '#/m/cv/adresse-email');
    assert.equal(await page.locator('h1').innerText(), "Cet exercice ne peut pas s'ouvrir");
    // The other modules are untouched, and the check page lists both problems.
    await goto(page, broken.url + '#/animateur/verifier');
    await page.getByText('2 problèmes à corriger.', { exact: false }).waitFor();
    await goto(page, broken.url);
    assert.equal(await page.locator('.module-card').count(), 5);
    const offOrigin = page.problems.filter((p) => p.startsWith('request off origin'));
    assert.deepEqual(offOrigin, []);
  } finally {
    broken.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the content check finds no problem in the shipped files', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/animateur');
  await page.getByRole('link', { name: 'Vérifier les exercices' }).first().click();
  await ready(page);
  await page.getByText('aucun problème.', { exact: false }).waitFor();
  assert.match(await page.locator('.check-summary').innerText(), /^5 thèmes, \d+ exercices : aucun problème\.$/);
  assert.deepEqual(page.problems, []);
});

test("an advisor's edit to a served exercise file shows after a reload, without a rebuild", async () => {
  const dir = copyOfDist();
  const file = join(dir, 'exercises', 'cv', 'adresse-email.toml');
  const served = await serve(dir);
  try {
    const page = await openPage(env.browser, served.origin);
    await goto(page, served.url + '#/m/cv/adresse-email');
    const before = await page.locator('h1').innerText();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8').replace(/^title\.fr = ".*"$/m, 'title.fr = "Mon adresse pour Saint-Denis"');
    writeFileSync(file, text);
    await page.reload();
    await ready(page);
    assert.notEqual(before, 'Mon adresse pour Saint-Denis');
    assert.equal(await page.locator('h1').innerText(), 'Mon adresse pour Saint-Denis');
    assert.deepEqual(page.problems, []);
  } finally {
    served.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
