// The advisor's corner: projecting an exercise with a clicker, workshop
// settings (on attestations, visible modules, code), handouts, reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useServerAndBrowser, seedOnce, openPage, goto, ready, axe, shot, outDir, createProfile } from './helpers.mjs';
import { readExercise, tablesOf, exercisesOf } from './content.mjs';

const env = useServerAndBrowser();
const title = (page) => page.locator('h1').innerText();

test('presenter view: a whole exercise by keyboard (clicker keys), answers revealed, notes on N', async () => {
  const ex = readExercise('vie-privee', 'mot-de-passe');
  const options = tablesOf(ex, 'options');
  const page = await openPage(env.browser, env.server.origin, { width: 1920, height: 1080 });
  await goto(page, env.server.url + '#/animateur');
  await page.getByRole('link', { name: ex.top['title.fr'], exact: true }).click();
  await ready(page);
  assert.equal(await title(page), ex.top['title.fr']);
  assert.equal(await page.locator('header.site-header').count(), 0, 'no header on the projector');
  assert.ok((await page.locator('.slide-instruction').innerText()).includes(ex.top['instruction.fr'].slice(0, 20)));
  const keys = ['ArrowRight', ' ', 'PageDown'];
  for (let i = 0; i < options.length; i++) {
    await page.keyboard.press(keys[i % 3]);
    assert.equal(await page.locator('.slide-count').innerText(), `Élément ${i + 1} sur ${options.length}`);
    assert.equal(await page.locator('.slide-prompt').innerText(), options[i]['text.fr']);
    assert.equal(await page.locator('.slide-answer').count(), 0, 'the answer waits');
    await page.keyboard.press('ArrowRight');
    const answer = await page.locator('.slide-answer').innerText();
    assert.ok(answer.includes(options[i].correct ? 'Bonne réponse' : 'Pas la bonne réponse'), answer);
    assert.ok(answer.includes(options[i]['explanation.fr']));
    if (i === 1) {
      await page.keyboard.press('PageUp');
      assert.equal(await page.locator('.slide-answer').count(), 0, 'back hides the answer');
      await page.keyboard.press('ArrowRight');
    }
  }
  // Notes for the advisor only when asked.
  assert.equal(await page.locator('.presenter-notes').count(), 0);
  await page.keyboard.press('n');
  const notes = await page.locator('.presenter-notes').innerText();
  assert.ok(ex.top['notes.fr'] ? notes.includes(ex.top['notes.fr'].slice(0, 30)) : notes.includes('Pas de notes'), notes);
  await page.keyboard.press('n');
  assert.equal(await page.locator('.presenter-notes').count(), 0);
  // Readable from the back of the room.
  const sizes = await page.evaluate(() => ['.slide-prompt', '.slide-answer .explanation', '.slide-count'].map(
    (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)));
  for (const px of sizes) assert.ok(px >= 32, `text at 1920 px is ${px} px`);
  assert.deepEqual(await axe(page), [], 'presenter view');
  await shot(page, 'presenter-1920');
  // With the mouse too.
  await page.getByRole('button', { name: 'Précédent' }).click();
  await page.getByRole('button', { name: 'Montrer la réponse' }).click();
  await page.locator('.slide-answer').waitFor();
  await page.getByRole('link', { name: 'Quitter la projection' }).click();
  await ready(page);
  assert.equal(await title(page), 'Espace animateur');
  assert.deepEqual(page.problems, []);
});

test('presenter view of a document to examine: the whole document first, then each passage', async () => {
  const ex = readExercise('vie-privee', 'sms-colis');
  const marked = tablesOf(ex, 'segments').filter((s) => s.id);
  const page = await openPage(env.browser, env.server.origin, { width: 1920, height: 1080 });
  await goto(page, env.server.url + '#/animateur/projeter/vie-privee/sms-colis');
  await page.locator('.presenter .document').waitFor();
  assert.deepEqual(await axe(page), [], 'presenter with a document');
  await shot(page, 'presenter-document-1920');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.slide-count').innerText(), `Élément 1 sur ${marked.length}`);
  await page.keyboard.press('ArrowRight');
  assert.ok((await page.locator('.slide-answer').innerText()).includes(marked[0].clue ? "C'est un indice" : 'Ce passage est normal'));
  assert.deepEqual(page.problems, []);
});

test('workshop settings appear on the attestation; hidden modules leave the home page', async () => {
  const records = {};
  for (const e of exercisesOf('vie-privee')) records[`vie-privee/${e}`] = { attempts: 1, best: 1, last: 1, max: 1, first_success: '2026-11-20' };
  const page = await openPage(env.browser, env.server.origin, {
    init: seedOnce({ 'pas-a-pas.profile.p1.progress': JSON.stringify({ schema: 2, records }) }),
  });
  await goto(page, env.server.url + '#/animateur');
  assert.deepEqual(await axe(page), [], 'advisor page');
  await page.getByLabel('Structure').fill('Médiathèque Bois-de-Nèfles');
  await page.getByLabel('Animateur ou animatrice').fill('Sandrine Hoarau');
  await page.getByLabel('Lieu').fill('Saint-Denis');
  await page.getByLabel('Vérifier une information').uncheck();
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await page.getByText('Réglages enregistrés.').waitFor();
  await goto(page, env.server.url + '#/attestation');
  const sheet = await page.locator('.attestation').innerText();
  for (const s of ['Médiathèque Bois-de-Nèfles', 'Sandrine Hoarau', 'Saint-Denis']) assert.ok(sheet.includes(s), sheet);
  await goto(page, env.server.url + '#/');
  await page.locator('.module-card').nth(3).waitFor();
  assert.equal(await page.locator('.module-card').count(), 4);
  assert.equal(await page.getByRole('link', { name: /Vérifier une information/ }).count(), 0);
  // A browser that has never been used starts in the workshop's language.
  await goto(page, env.server.url + '#/animateur');
  await page.locator('label[for="default-lang-en"]').click();
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await page.getByText('Réglages enregistrés.').waitFor();
  await page.evaluate(() => localStorage.removeItem('pas-a-pas.settings'));
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await title(page), 'Advisor area');
  assert.deepEqual(page.problems, []);
});

test('an optional 4-digit code keeps learners out of the advisor pages', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/animateur');
  await page.getByLabel('Code animateur (facultatif, 4 chiffres)').fill('12');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await page.getByText('Le code doit avoir exactement 4 chiffres', { exact: false }).waitFor();
  await page.getByLabel('Code animateur (facultatif, 4 chiffres)').fill('2710');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await page.getByText('Réglages enregistrés.').waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Code animateur (4 chiffres)').count(), 1, 'the code is asked');
  await page.getByText('Ce code ne protège pas vraiment.', { exact: false }).waitFor();
  assert.deepEqual(await axe(page), [], 'code form');
  await page.getByLabel('Code animateur (4 chiffres)').fill('0000');
  await page.getByRole('button', { name: "Ouvrir l'espace animateur" }).click();
  await page.getByText("Ce n'est pas le bon code.").waitFor();
  await page.getByLabel('Code animateur (4 chiffres)').fill('2710');
  await page.getByRole('button', { name: "Ouvrir l'espace animateur" }).click();
  await page.getByRole('heading', { name: 'Réglages de l\'atelier' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test("the advisor's code, typed once, opens the projector's and the check's programs of the same tab, and no other tab", async () => {
  const page = await openPage(env.browser, env.server.origin, {
    learner: null,
    init: seedOnce({ 'pas-a-pas.workshop': JSON.stringify({ code: '2710' }) }),
  });
  const unlock = async (p) => {
    await p.getByLabel('Code animateur (4 chiffres)').fill('2710');
    await p.getByRole('button', { name: "Ouvrir l'espace animateur" }).click();
  };
  await goto(page, env.server.url + 'animateur.html#/animateur');
  await unlock(page);
  await page.getByRole('heading', { name: "Réglages de l'atelier" }).waitFor();
  assert.ok(await page.evaluate(() => sessionStorage.getItem('pas-a-pas.advisor')), "in the tab's store");
  // The projector's view is a program of its own: the code holds there.
  const ex = readExercise('vie-privee', 'mot-de-passe');
  await page.getByRole('link', { name: ex.top['title.fr'], exact: true }).click();
  await page.waitForURL(/animateur-projeter\.html#\/animateur\/projeter\/vie-privee\/mot-de-passe$/);
  await ready(page);
  assert.equal(await title(page), ex.top['title.fr']);
  await page.getByRole('link', { name: 'Quitter la projection' }).click();
  await page.waitForURL(/animateur\.html#\/animateur$/);
  await page.getByRole('heading', { name: "Réglages de l'atelier" }).waitFor();
  // The check of the content files too, and a reload.
  await page.getByRole('link', { name: 'Vérifier les exercices' }).first().click();
  await page.waitForURL(/animateur-verifier\.html#\/animateur\/verifier$/);
  await page.locator('.check-summary').waitFor();
  await page.reload();
  await page.locator('.check-summary').waitFor();
  // Another tab of the same browser asks for it, in every advisor's program.
  const other = await page.context().newPage();
  for (const url of ['animateur.html#/animateur', 'animateur-projeter.html#/animateur/projeter/cv/contenu-cv', 'animateur-verifier.html#/animateur/verifier']) {
    await goto(other, env.server.url + url);
    assert.equal(await other.getByLabel('Code animateur (4 chiffres)').count(), 1, url);
    assert.equal(await other.locator('.check-summary, .presenter').count(), 0, url);
  }
  await other.close();
  // A learner who signs in in this tab finds the advisor's pages locked.
  // (A profile: the programs opened next resume it, as they do a guest.)
  await goto(page, env.server.url + '#/');
  await createProfile(page, 'Mireille', 'volcan');
  await goto(page, env.server.url + 'animateur-verifier.html#/animateur/verifier');
  assert.equal(await page.getByLabel('Code animateur (4 chiffres)').count(), 1, 'asked again after a sign-in');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('pas-a-pas.advisor')), null);
  // Typed again with that learner still signed in: the learner going on in
  // the next program is no new sign-in, so the code holds there.
  await unlock(page);
  await page.locator('.check-summary').waitFor();
  for (const url of ['animateur.html#/animateur', 'animateur-projeter.html#/animateur/projeter/cv/contenu-cv']) {
    await goto(page, env.server.url + url);
    assert.equal(await page.getByLabel('Code animateur (4 chiffres)').count(), 0, `not asked with a learner in the tab: ${url}`);
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('pas-a-pas.advisor')), null, 'never shared with other tabs');
  assert.deepEqual(page.problems, []);
});

test('handouts: one large-print page per chosen module', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/animateur/fiches');
  await page.getByLabel('Faire mon CV').check();
  await page.getByLabel('Protéger mes données').check();
  assert.equal(await page.locator('.handout').count(), 2);
  // Each module's steps come from its exercise files: wait until both are read.
  await page.waitForFunction(() => [...document.querySelectorAll('.handout')].every((h) => h.querySelector('.handout-steps li')));
  assert.deepEqual(await axe(page), [], 'handouts page');
  const pdf = join(outDir, 'handouts.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  assert.match(execFileSync('pdfinfo', [pdf]).toString(), /Pages:\s+2\n/);
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  await page.locator('.handout-steps li').first().waitFor();
  for (const s of ['Faire mon CV', 'Protéger mes données', 'Les étapes de la séance', readExercise('cv', 'contenu-cv').top['title.fr'], 'À retenir', '33700', 'Un CV tient sur une seule page.']) {
    assert.ok(text.includes(s), `handouts say "${s}"`);
  }
  assert.ok(!text.includes('Imprimer les fiches'));
  assert.deepEqual(page.problems, []);
});

test('"Réinitialiser cet ordinateur" after typing EFFACER leaves no key of the app', async () => {
  // A learner seeded once in this tab only, so that nothing brings it back after the reset.
  const profiles = { schema: 2, profiles: [{ id: 'p1', name: 'Fatima', picture: 'volcan', created: '2026-11-01' }] };
  const page = await openPage(env.browser, env.server.origin, {
    learner: null,
    init: `${seedOnce({ 'pas-a-pas.profiles': JSON.stringify(profiles) })}
      if (!sessionStorage.getItem('signed-once')) {
        sessionStorage.setItem('signed-once', '1');
        sessionStorage.setItem('pas-a-pas.session', JSON.stringify({ profile: 'p1', last_active: Date.now() }));
      }`,
  });
  await goto(page, env.server.url + '#/m/vie-privee/mot-de-passe');
  const right = tablesOf(readExercise('vie-privee', 'mot-de-passe'), 'options').find((o) => o.correct);
  await page.getByLabel(right['text.fr'], { exact: true }).check();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await goto(page, env.server.url + '#/animateur');
  await page.getByLabel('Structure').fill('Maison France services');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  const appKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pas-a-pas.')).sort());
  assert.ok((await appKeys()).length >= 4);
  // With the settings kept.
  const button = page.getByRole('button', { name: 'Tout effacer sur cet ordinateur' });
  assert.equal(await button.isDisabled(), true, 'nothing happens before EFFACER is typed');
  await page.getByLabel('Pour confirmer, écrivez EFFACER').fill('effacer ?');
  assert.equal(await button.isDisabled(), true);
  await page.getByLabel('Pour confirmer, écrivez EFFACER').fill('EFFACER');
  await button.click();
  await page.getByText("C'est fait", { exact: false }).waitFor();
  assert.deepEqual(await appKeys(), ['pas-a-pas.workshop']);
  // And everything.
  await page.getByLabel('Garder les réglages de l\'atelier').uncheck();
  await page.getByLabel('Pour confirmer, écrivez EFFACER').fill('EFFACER');
  await button.click();
  assert.deepEqual(await appKeys(), []);
  await goto(page, env.server.url + '#/');
  assert.equal(await title(page), 'Qui êtes-vous ?');
  assert.equal(await page.locator('.profile-tile').count(), 1, 'only "Nouveau profil"');
  assert.deepEqual(page.problems, []);
});
