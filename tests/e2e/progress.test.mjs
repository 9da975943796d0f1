// Learners on a shared computer: profiles, progress per learner, leaving,
// carrying progress in a file, damaged storage, the printed attestation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser, seedOnce, serve, openPage, goto, ready, axe, shot, outDir, tabTo, createProfile } from './helpers.mjs';
import { readExercise, tablesOf, exercisesOf } from './content.mjs';

const env = useServerAndBrowser();

const title = (page) => page.locator('h1').innerText();
const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pas-a-pas.')).sort());

/** Answers "mot-de-passe" right: one exercise of "Protéger mes données" done. */
async function doPasswordExercise(page) {
  const right = tablesOf(readExercise('vie-privee', 'mot-de-passe'), 'options').find((o) => o.correct);
  await goto(page, env.server.url + '#/m/vie-privee/mot-de-passe');
  await page.getByLabel(right['text.fr'], { exact: true }).check();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.locator('#result-title').waitFor();
}

async function leave(page, how) {
  await page.getByRole('banner').getByRole('link', { name: "J'ai fini" }).click();
  await ready(page);
  if (how === 'keep') {
    await page.getByRole('button', { name: 'Garder ma progression' }).click();
  } else {
    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  }
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Qui êtes-vous ?');
}

const doneText = (page) => page.locator('.module-progress p').innerText();

test('first visit: "Qui êtes-vous ?" says plainly that profiles have no password; a profile is created', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null, width: 360, height: 740 });
  await goto(page, env.server.url);
  assert.equal(await title(page), 'Qui êtes-vous ?');
  await page.getByText('Il n\'y a pas de mot de passe', { exact: false }).waitFor();
  assert.deepEqual(await axe(page), [], 'chooser');
  await page.getByRole('button', { name: 'Nouveau profil' }).click();
  // Nothing chosen: a kind message, no profile.
  await page.getByRole('button', { name: 'Créer mon profil' }).click();
  await page.getByText("Choisissez d'abord une image.").waitFor();
  assert.deepEqual(await axe(page), [], 'new profile form');
  await shot(page, 'profiles-new-360');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await createProfile(page, 'Fatima', 'volcan');
  assert.equal(await title(page), 'Bienvenue');
  await page.locator('.module-card').nth(3).waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await title(page), 'Bienvenue', 'a reload keeps the learner');
  assert.deepEqual(page.problems, []);
});

test('keyboard alone: create a profile, leave keeping the progress, come back', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null });
  await goto(page, env.server.url);
  const focusedText = () => page.evaluate(() => document.activeElement.textContent.trim());
  await tabTo(page, () => document.activeElement.textContent.includes('Nouveau profil'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'new-profile-title');
  await tabTo(page, () => document.activeElement.name === 'picture');
  for (let i = 0; i < 16 && !(await page.locator('#picture-volcan').isChecked()); i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#picture-volcan').isChecked(), true);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'profile-name');
  await page.keyboard.type('Anli');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bienvenue');
  await tabTo(page, () => document.activeElement.textContent === "J'ai fini");
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Vous avez fini ?');
  await tabTo(page, () => document.activeElement.textContent === 'Garder ma progression');
  await page.keyboard.press('Enter');
  // The next person is at home in the learners' app, never at "#/fin".
  await page.waitForURL((u) => u.pathname === '/' && u.hash === '#/');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Qui êtes-vous ?');
  await tabTo(page, () => document.activeElement.textContent.trim() === 'Anli');
  assert.equal(await focusedText(), 'Anli');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bienvenue');
  assert.deepEqual(page.problems, []);
});

test('two profiles on one browser never see each other\'s progress; progress survives a reload', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null });
  await goto(page, env.server.url);
  await createProfile(page, 'Fatima', 'volcan');
  await doPasswordExercise(page);
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.equal(await doneText(page), `1 exercice fait sur ${exercisesOf('vie-privee').length}`);
  await page.reload();
  await ready(page);
  assert.equal(await doneText(page), `1 exercice fait sur ${exercisesOf('vie-privee').length}`, 'after a reload');
  await leave(page, 'keep');
  await page.getByText('Votre progression est gardée sur cet ordinateur.', { exact: false }).waitFor();
  await createProfile(page, 'Kévin', 'tortue');
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.equal(await doneText(page), `0 exercice fait sur ${exercisesOf('vie-privee').length}`, 'Kévin starts from zero');
  await leave(page, 'keep');
  await page.getByRole('button', { name: 'Fatima' }).click();
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.equal(await doneText(page), `1 exercice fait sur ${exercisesOf('vie-privee').length}`, 'Fatima finds her progress');
  assert.deepEqual(page.problems, []);
});

test('export, "Tout effacer", import: the progress comes back; erasing leaves no key of that learner', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null });
  await goto(page, env.server.url);
  await createProfile(page, 'Fatima Madi', 'volcan');
  await doPasswordExercise(page);
  await goto(page, env.server.url + '#/profils');
  assert.equal(await title(page), 'Fatima Madi');
  assert.deepEqual(await axe(page), [], 'my profile');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Emporter ma progression' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^pas-a-pas-fatima-madi-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(mkdtempSync(join(tmpdir(), 'pap-')), download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(exported.format, 'pas-a-pas-progression');
  assert.equal(exported.name, 'Fatima Madi');
  assert.ok(exported.progress.records['vie-privee/mot-de-passe'].first_success);
  assert.ok((await appKeys(page)).includes('pas-a-pas.profile.p1.progress'));

  await leave(page, 'erase');
  await page.getByText('Tout a été effacé de cet ordinateur.', { exact: false }).waitFor();
  const keys = await appKeys(page);
  assert.deepEqual(keys.filter((k) => k.startsWith('pas-a-pas.profile.p1')), [], 'no key of that learner');
  assert.equal(await page.getByRole('button', { name: 'Fatima Madi' }).count(), 0);

  await page.getByLabel('Choisir mon fichier de progression').setInputFiles(file);
  await page.getByRole('link', { name: 'Fatima Madi', exact: true }).waitFor();
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.equal(await doneText(page), `1 exercice fait sur ${exercisesOf('vie-privee').length}`);
  assert.deepEqual(page.problems, []);
});

test('a bad, foreign, truncated or oversized file is refused with a reason, and nothing changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pap-bad-'));
  const files = {
    'photo.json': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'Le fichier est abîmé ou incomplet.'],
    'autre.json': [Buffer.from('{"name":"Anli","age":34}'), "Ce n'est pas un fichier de progression de Pas à pas."],
    'coupe.json': [Buffer.from('{"format":"pas-a-pas-progression","schema":2,"name":"Anli"'), 'Le fichier est abîmé ou incomplet.'],
    'futur.json': [Buffer.from('{"format":"pas-a-pas-progression","schema":99}'), 'version plus récente'],
    'enorme.json': [Buffer.alloc(400 * 1024, 0x20), 'trop gros'],
  };
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/profils');
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  for (const [name, [bytes, reason]] of Object.entries(files)) {
    writeFileSync(join(dir, name), bytes);
    await page.getByLabel('Choisir mon fichier de progression').setInputFiles(join(dir, name));
    const alert = page.getByRole('alert').filter({ hasText: "Ce fichier n'a pas été utilisé." });
    await alert.waitFor();
    assert.ok((await alert.innerText()).includes(reason), `${name}: ${await alert.innerText()}`);
  }
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'nothing changed');
  assert.deepEqual(page.problems, []);
});

test('every stored value damaged: the app loads, says so, and keeps the damaged values aside', async () => {
  const page = await openPage(env.browser, env.server.origin, {
    learner: null,
    init: seedOnce({
      'pas-a-pas.settings': '[',
      'pas-a-pas.profiles': '{"schema":2,"profiles":[{"id":',
      'pas-a-pas.session': 'n\u0000importe',
      'pas-a-pas.profile.p1.progress': '{{{',
    }),
  });
  await goto(page, env.server.url);
  assert.equal(await title(page), 'Qui êtes-vous ?');
  await page.getByRole('status').filter({ hasText: 'abîm' }).first().waitFor();
  const keys = await appKeys(page);
  assert.ok(keys.includes('pas-a-pas.profiles.corrupt'), keys.join());
  assert.ok(keys.includes('pas-a-pas.settings.corrupt'), keys.join());
  // The app still works: a new learner can start.
  await createProfile(page, 'Anli', 'chat');
  assert.equal(await title(page), 'Bienvenue');
  assert.deepEqual(page.problems, []);
});

test('damaged progress of one learner: put aside, said, and the learner starts again', async () => {
  const page = await openPage(env.browser, env.server.origin, {
    init: seedOnce({ 'pas-a-pas.profile.p1.progress': '{"schema":2,"records":{"cv/x":{"best":9,"max":1}}}' }),
  });
  await goto(page, env.server.url);
  await page.getByText("Une partie de vos résultats n'a pas pu être lue.", { exact: false }).waitFor();
  assert.ok((await appKeys(page)).includes('pas-a-pas.profile.p1.progress.corrupt'));
  assert.deepEqual(page.problems, []);
});

test('a full storage quota: a clear message, and what was saved before is kept', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await doPasswordExercise(page);
  const saved = await page.evaluate(() => localStorage.getItem('pas-a-pas.profile.p1.progress'));
  assert.ok(saved.includes('mot-de-passe'));
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  // Another attempt cannot be written.
  await page.getByRole('button', { name: 'Réessayer' }).click();
  const wrong = tablesOf(readExercise('vie-privee', 'mot-de-passe'), 'options').find((o) => !o.correct);
  await page.getByLabel(wrong['text.fr'], { exact: true }).check();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.getByText('La mémoire du navigateur est pleine.', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('pas-a-pas.profile.p1.progress')), saved);
  assert.deepEqual(page.problems, []);
});

test('after 15 minutes without activity the app goes back to "Qui êtes-vous ?"', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await page.clock.install();
  await goto(page, env.server.url + '#/m/cv');
  assert.equal(await title(page), 'Faire mon CV');
  await page.clock.runFor('10:00');
  assert.equal(await title(page), 'Faire mon CV', 'still there after 10 minutes');
  await page.clock.runFor('06:00');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Qui êtes-vous ?');
  await page.getByText('Personne n\'a utilisé l\'ordinateur pendant 15 minutes.', { exact: false }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('"Essayer sans enregistrer" keeps nothing', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null });
  await goto(page, env.server.url);
  await page.getByRole('button', { name: 'Essayer sans enregistrer' }).click();
  await doPasswordExercise(page);
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.equal(await doneText(page), `1 exercice fait sur ${exercisesOf('vie-privee').length}`);
  assert.deepEqual((await appKeys(page)).filter((k) => k.includes('profile') || k.includes('session')), []);
  await page.getByRole('banner').getByRole('link', { name: "J'ai fini" }).click();
  await ready(page);
  assert.deepEqual(await axe(page), [], 'finish (guest)');
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Qui êtes-vous ?');
  assert.deepEqual(page.problems, []);
});

test('finishing the last exercise of a module says so and leads to the attestation', async () => {
  const records = {};
  for (const ex of exercisesOf('vie-privee').filter((e) => e !== 'mot-de-passe')) records[`vie-privee/${ex}`] = { attempts: 1, best: 1, last: 1, max: 1, first_success: '2026-11-20' };
  const page = await openPage(env.browser, env.server.origin, {
    init: seedOnce({ 'pas-a-pas.profile.p1.progress': JSON.stringify({ schema: 2, records }) }),
  });
  await doPasswordExercise(page);
  await page.getByText('Bravo, vous avez fini tous les exercices de ce thème !').waitFor();
  assert.deepEqual(await axe(page), [], 'result with the module done');
  await page.getByRole('link', { name: 'Imprimer mon attestation' }).click();
  await page.locator('.attestation').waitFor();
  assert.ok((await page.locator('.attestation').innerText()).includes('Protéger mes données'));
  assert.deepEqual(page.problems, []);
});

test('the attestation prints as one A4 landscape page with the name and the module', async () => {
  // A learner who finished "Protéger mes données".
  const records = {};
  for (const ex of exercisesOf('vie-privee')) {
    records[`vie-privee/${ex}`] = { attempts: 1, best: 1, last: 1, max: 1, first_success: '2026-11-20' };
  }
  records['cv/contenu-cv'] = { attempts: 2, best: 10, last: 10, max: 10, first_success: '2026-11-21' };
  const page = await openPage(env.browser, env.server.origin, {
    init: `localStorage.setItem('pas-a-pas.profile.p1.progress', ${JSON.stringify(JSON.stringify({ schema: 2, records }))});`,
  });
  await goto(page, env.server.url + '#/attestation');
  await page.locator('.attestation').waitFor();
  assert.deepEqual(await axe(page), [], 'attestation page');
  await page.getByRole('button', { name: 'Thème « Protéger mes données »' }).click();
  await page.getByLabel("Prénom et nom à écrire sur l'attestation").fill('Fatima Madi');
  await shot(page, 'attestation-1280');
  const pdfPath = join(outDir, 'attestation.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  assert.match(info, /Pages:\s+1\n/, info);
  const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  assert.ok(size && Math.abs(size[1] - 841.89) < 2 && Math.abs(size[2] - 595.28) < 2, `A4 landscape: ${size?.[0]}`);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  for (const expected of ['Attestation de suivi', 'Fatima Madi', 'Protéger mes données', "n'est pas un diplôme", '4.2', 'Référence : PAP-']) {
    assert.ok(text.includes(expected), `the PDF says "${expected}":\n${text}`);
  }
  assert.ok(!text.includes('Faire mon CV'), 'only the chosen module');
  assert.ok(!text.includes('Imprimer'), 'no buttons in print');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdfPath, join(outDir, 'screenshots', 'attestation-print')]);
  // "Tout ce que j'ai fait" lists both modules.
  await page.getByRole('button', { name: "Tout ce que j'ai fait" }).click();
  const all = await page.locator('.attestation').innerText();
  assert.ok(all.includes('Faire mon CV') && all.includes('Protéger mes données'));
  assert.ok(all.includes('En cours : 1 exercices sur 4') || all.includes('En cours'), all);
  assert.deepEqual(page.problems, []);
});
