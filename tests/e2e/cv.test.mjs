// « Faire mon CV »: the CV builder (atelier-cv.html). A whole CV written by
// keyboard alone through the six steps, kept after a reload, printed on one A4
// page; kind messages, the hint, download / open / erase, a damaged saved CV,
// a guest, a CV too long for one page; axe on every step at 360 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, seedOnce, openPage, goto, ready, axe, shot, outDir, tabTo } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const ex = readExercise('cv', 'mon-cv');
const label = Object.fromEntries(tablesOf(ex, 'fields').map((f) => [f.id, f['label.fr']]));
const steps = tablesOf(ex, 'steps').map((s) => s['title.fr']);
const goals = tablesOf(ex, 'goals');
const XSS = '<img src=x onerror=alert(1)>';
const STORE_KEY = 'pas-a-pas.profile.p1.cv';

/** Tab (or Shift+Tab) until the element with this id has the focus. */
async function tabToId(page, id, back = false) {
  if (!back) return tabTo(page, (i) => document.activeElement?.id === i, id);
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await page.evaluate((i) => document.activeElement?.id === i, id)) return;
  }
  throw new Error(`could not reach #${id} with Shift+Tab`);
}

/** Goes to the field by keyboard and types into it (replacing what was there). */
async function typeInto(page, id, text, back = false) {
  await tabToId(page, id, back);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Presses a button by keyboard: Tab until it has the focus, then Enter. */
async function pressButton(page, name) {
  await tabTo(page, (n) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim().replace(/^[←↑↓+]\s*|\s*→$/g, '') === n, name);
  await page.keyboard.press('Enter');
}

const stepTitle = (page) => page.locator('#cv-step-title').innerText();
const paper = (page) => page.locator('article.cv-paper');

async function nextStep(page, n) {
  await pressButton(page, 'Étape suivante');
  await page.waitForFunction((n) => document.querySelector('#cv-step-title')?.textContent.includes(`Étape ${n} sur 6`), n);
  await page.waitForFunction(() => document.activeElement?.id === 'cv-step-title'); // focus moves to the step title
  assert.equal((await stepTitle(page)).replace(/\s+/g, ' '), `Étape ${n} sur 6 ${steps[n - 1]}`);
}

async function axeClean(page, what) {
  assert.deepEqual(await axe(page), [], what);
}

/** Opens the builder from the learners' app, which sends it to atelier-cv.html. */
async function openBuilder(page) {
  await goto(page, env.server.url + '#/m/cv/mon-cv');
  await page.waitForURL(/atelier-cv\.html#\/m\/cv\/mon-cv$/);
  await ready(page);
  await page.locator('#cv-step-title').waitFor();
}

/** The texts of the entries of the preview, in order. */
const previewEntries = (page) => paper(page).locator('.cv-entries > li .cv-what strong').allInnerTexts();

test('a whole CV by keyboard alone, through the six steps; reload; print on one A4 page', async () => {
  const page = await openPage(env.browser, env.server.origin);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await openBuilder(page);
  assert.match(await page.locator('.cv-keeping').innerText(), /enregistré à chaque lettre/);
  await axeClean(page, 'step 1, empty');

  // Step 1: identity. The name carries HTML that must stay text.
  const name = `Sandrine ${XSS} Hoarau`;
  await typeInto(page, 'cv-name', name);
  // A phone number with a digit missing: said kindly once the field is left.
  await typeInto(page, 'cv-phone', '0692 45 17');
  await page.keyboard.press('Tab');
  await page.getByText('Il manque des chiffres.', { exact: false }).waitFor();
  assert.equal(await page.locator('#cv-phone').getAttribute('aria-invalid'), 'true');
  await axeClean(page, 'step 1 with a kind error');
  await typeInto(page, 'cv-phone', '+262 692 12 34 56', true);
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('#cv-phone-error').innerText(), '', 'the message goes once the number is right');
  assert.equal(await page.locator('#cv-phone').getAttribute('aria-invalid'), 'false');
  await typeInto(page, 'cv-email', 'sandrine.hoarau@exemple.fr');
  await typeInto(page, 'cv-city', 'Saint-Pierre (La Réunion)');
  assert.ok((await paper(page).innerText()).includes(name), 'the preview follows as one types');

  // Step 2: the job.
  await nextStep(page, 2);
  await axeClean(page, 'step 2');
  await typeInto(page, 'cv-job', 'Employée libre-service');
  await typeInto(page, 'cv-summary', 'Sérieuse et souriante, j’aime le contact avec les clients.');

  // Step 3: two experiences, added on top, put in order, a third one removed.
  await nextStep(page, 3);
  await axeClean(page, 'step 3, no experience');
  await pressButton(page, 'Ajouter une expérience');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('cv-exp-title-'));
  const first = (await page.evaluate(() => document.activeElement.id)).split('-').pop();
  await page.keyboard.type('Employée de rayon');
  await typeInto(page, `cv-exp-place-${first}`, 'Supérette Chez Payet, Saint-Pierre');
  await typeInto(page, `cv-exp-start-${first}`, '01/2022');
  await typeInto(page, `cv-exp-end-${first}`, '03/2021');
  await page.keyboard.press('Tab');
  await page.getByText('La fin arrive avant le début.', { exact: false }).waitFor();
  await typeInto(page, `cv-exp-end-${first}`, '03/2023', true);
  await typeInto(page, `cv-exp-details-${first}`, 'Mise en rayon\nCaisse\nAccueil des clients');
  await tabToId(page, 'cv-exp-add', true);
  await page.keyboard.press('Enter');
  await page.waitForFunction((f) => document.activeElement?.id?.startsWith('cv-exp-title-') && !document.activeElement.id.endsWith(`-${f}`), first);
  const second = (await page.evaluate(() => document.activeElement.id)).split('-').pop();
  await page.keyboard.type('Agent de service');
  await typeInto(page, `cv-exp-place-${second}`, 'Cantine de l’École des Tamarins');
  await typeInto(page, `cv-exp-start-${second}`, '2019');
  await typeInto(page, `cv-exp-end-${second}`, '2021');
  assert.deepEqual(await previewEntries(page), ['Agent de service', 'Employée de rayon'], 'a new entry goes on top');
  await axeClean(page, 'step 3, two experiences');
  // The older one goes down, by keyboard; the focus stays on the moved entry.
  await tabToId(page, `cv-exp-${second}-down`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.cv-entries .cv-what strong')?.textContent === 'Employée de rayon');
  assert.deepEqual(await previewEntries(page), ['Employée de rayon', 'Agent de service'], 'most recent first');
  await page.waitForFunction((s) => document.activeElement?.id === `cv-exp-${s}-up`, second);
  // A third one, then removed.
  await tabToId(page, 'cv-exp-add', true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('fieldset.cv-entry').length === 3);
  const third = (await page.evaluate(() => document.activeElement.id)).split('-').pop();
  await page.keyboard.type('À enlever');
  await tabToId(page, `cv-exp-${third}-remove`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('fieldset.cv-entry').length === 2);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cv-exp-add', 'focus goes back to "Ajouter"');
  assert.ok(!(await paper(page).innerText()).includes('À enlever'));

  // Step 4: a training, still going on.
  await nextStep(page, 4);
  await pressButton(page, 'Ajouter une formation');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('cv-training-title-'));
  const training = (await page.evaluate(() => document.activeElement.id)).split('-').pop();
  await page.keyboard.type('CAP Employé de vente spécialisé');
  await typeInto(page, `cv-training-place-${training}`, 'Lycée professionnel, Saint-Pierre');
  await typeInto(page, `cv-training-start-${training}`, '2016');
  await typeInto(page, `cv-training-end-${training}`, '2018');
  await axeClean(page, 'step 4');

  // Step 5: skills and qualities, one per line.
  await nextStep(page, 5);
  await typeInto(page, 'cv-skills', 'Tenir une caisse\nRanger un rayon');
  await typeInto(page, 'cv-qualities', 'Ponctuelle\nSouriante');
  await axeClean(page, 'step 5');

  // Step 6: languages, licence, interests.
  await nextStep(page, 6);
  await typeInto(page, 'cv-languages', 'Français\nCréole réunionnais');
  await typeInto(page, 'cv-licence', 'Permis B');
  await typeInto(page, 'cv-interests', `Randonnée\n${XSS}`);
  await axeClean(page, 'step 6');
  assert.equal(await page.getByRole('button', { name: 'Étape suivante' }).count(), 0, 'the last step');

  // The coloured template, by keyboard.
  await tabToId(page, 'cv-template-sobre');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#cv-template-couleur').isChecked(), true);
  await page.waitForFunction(() => document.querySelector('.cv-paper').classList.contains('cv-couleur'));

  const text = await paper(page).innerText();
  for (const s of [name, 'Employée libre-service', '+262 692 12 34 56', 'sandrine.hoarau@exemple.fr', 'EXPÉRIENCES', '01/2022 – 03/2023', '2016 – 2018', 'Permis B', XSS]) {
    assert.ok(text.includes(s), `the preview shows "${s}":\n${text}`);
  }
  assert.equal(await page.locator('.cv-paper img').count(), 0, 'typed HTML is never HTML');
  assert.match(await page.locator('.cv-fit').innerText(), /tient sur une page/);
  await shot(page, 'cv-builder-1280');

  // "Vérifier", by keyboard: every goal reached.
  await pressButton(page, 'Vérifier');
  await page.locator('#result-title').waitFor();
  assert.equal(await page.locator('#result-title').innerText(), `${goals.length} sur ${goals.length}`);
  assert.equal(await page.locator('.mission .feedback.right').count(), goals.length);
  await axeClean(page, 'after "Vérifier"');

  // Saved as typed: a reload finds every letter.
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY));
  assert.equal(stored.schema, 1);
  assert.equal(stored.cv.name, name);
  await page.reload();
  await ready(page);
  await page.locator('#cv-step-title').waitFor();
  assert.equal(await page.locator('#cv-name').inputValue(), name);
  assert.equal(await paper(page).innerText(), text, 'the CV is intact after a reload');
  assert.equal(await page.locator('#cv-template-couleur').isChecked(), true);

  // At 360 px: every step is clean for axe.
  await page.setViewportSize({ width: 360, height: 800 });
  for (let n = 1; n <= 6; n++) {
    await page.getByRole('button', { name: `Étape ${n} : ${steps[n - 1]}` }).click();
    await page.waitForFunction((n) => document.querySelector('#cv-step-title')?.textContent.includes(`Étape ${n} sur 6`), n);
    await axeClean(page, `step ${n} at 360 px`);
    if (n === 3) await shot(page, 'cv-builder-step3-360');
  }
  await page.getByRole('button', { name: `Étape 1 : ${steps[0]}` }).click();
  await shot(page, 'cv-builder-360');

  // Print: one A4 page, only the CV, the typed HTML as text.
  await page.setViewportSize({ width: 1280, height: 800 });
  const pdfPath = join(outDir, 'cv.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  assert.match(info, /Pages:\s+1\n/, info);
  const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  assert.ok(size && Math.abs(size[1] - 595.28) < 2 && Math.abs(size[2] - 841.89) < 2, `A4 portrait: ${size?.[0]}`);
  const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  for (const s of ['Sandrine', 'Hoarau', XSS, 'Employée libre-service', 'CAP Employé de vente spécialisé', 'Permis B']) {
    assert.ok(printed.includes(s), `the PDF says "${s}":\n${printed}`);
  }
  for (const s of ['Étape', 'Votre mission', 'Vérifier', 'Imprimer', 'Aperçu', 'Pas à pas']) {
    assert.ok(!printed.includes(s), `only the CV is printed, not "${s}":\n${printed}`);
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdfPath, join(outDir, 'screenshots', 'cv-print')]);
  assert.deepEqual(dialogs, [], 'no script ran');
  assert.deepEqual(page.problems, []);
});

test('kind messages for phone, e-mail and dates, and the hint after two wrong moves', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await openBuilder(page);
  const error = (id) => page.locator(`#${id}-error`).innerText();
  await page.getByLabel(label.phone, { exact: true }).fill('+33 692 12 34 56');
  await page.getByLabel(label.phone, { exact: true }).blur();
  assert.match(await error('cv-phone'), /l'indicatif est \+262/);
  assert.equal(await page.locator('.mission-hint').count(), 0, 'no hint after one wrong move');
  await page.getByLabel(label.email, { exact: true }).fill('lareine du974@exemple.fr');
  await page.getByLabel(label.email, { exact: true }).blur();
  assert.match(await error('cv-email'), /pas d'espace/);
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  for (const [phone, ok] of [['0639 12 34 56', true], ['0594 29 00 00', true], ['+596 696 12 34 56', true], ['08 00 12 34 56', false], ['06 12 ab 56 78', false]]) {
    await page.getByLabel(label.phone, { exact: true }).fill(phone);
    assert.equal((await error('cv-phone')) === '', ok, phone);
  }
  // "Vérifier" says which goals are missing, and why (the short CV fits one page).
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await page.locator('#result-title').innerText(), `1 sur ${goals.length}`);
  assert.equal(await page.locator('.mission .feedback.right').count(), 1);
  await page.getByText(goals.find((g) => g.id === 'job')['explanation.fr']).waitFor();
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByRole('button', { name: `Étape 3 : ${steps[2]}` }).click();
  await page.getByRole('button', { name: 'Ajouter une expérience' }).click();
  const date = page.locator('fieldset.cv-entry').getByLabel(label['exp-start'], { exact: true });
  for (const [value, message] of [['2099', /dans le futur/], ['13/2020', /de 01 \(janvier\) à 12/], ['mars 2020', /comme ceci : 03\/2022/]]) {
    await date.fill(value);
    await date.blur();
    const id = await date.getAttribute('id');
    assert.match(await page.locator(`#${id}-error`).innerText(), message, value);
  }
  await axeClean(page, 'kind messages');
  assert.deepEqual(page.problems, []);
});

test('download, erase with confirmation, a wrong file refused, then open the CV again', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await openBuilder(page);
  await page.getByLabel(label.name, { exact: true }).fill('Kévin Grondin');
  await page.getByLabel(label.phone, { exact: true }).fill('0693 12 34 56');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mon CV' }).click()]);
  assert.equal(download.suggestedFilename(), 'mon-cv.json');
  const saved = join(outDir, 'mon-cv.json');
  await download.saveAs(saved);
  // Erase asks first; "Non" keeps everything.
  await page.getByRole('button', { name: 'Effacer mon CV' }).click();
  await page.getByRole('button', { name: 'Non, garder mon CV' }).click();
  assert.equal(await page.getByLabel(label.name, { exact: true }).inputValue(), 'Kévin Grondin');
  await page.getByRole('button', { name: 'Effacer mon CV' }).click();
  await axeClean(page, 'erase confirmation');
  await page.getByRole('button', { name: 'Oui, effacer mon CV' }).click();
  await page.getByText('Votre CV est effacé.').waitFor();
  assert.equal(await page.getByLabel(label.name, { exact: true }).inputValue(), '');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY), null);
  // A wrong file is refused with its reason; the CV in progress stays.
  await page.getByLabel(label.name, { exact: true }).fill('En cours');
  const wrong = join(outDir, 'pas-un-cv.json');
  writeFileSync(wrong, JSON.stringify({ format: 'pas-a-pas-progress', schema: 2 }));
  await page.locator('#cv-open-file').setInputFiles(wrong);
  await page.getByText("Ce fichier vient de Pas à pas, mais ce n'est pas un CV.", { exact: false }).waitFor();
  assert.match(await page.locator('.cv-news').innerText(), /Votre CV n'a pas changé/);
  assert.equal(await page.getByLabel(label.name, { exact: true }).inputValue(), 'En cours');
  const photo = join(outDir, 'photo.json');
  writeFileSync(photo, '\x89PNG not a CV');
  await page.locator('#cv-open-file').setInputFiles(photo);
  await page.getByText("Ce fichier n'est pas un CV de Pas à pas.", { exact: false }).waitFor();
  // The downloaded file comes back whole.
  await page.locator('#cv-open-file').setInputFiles(saved);
  await page.getByText('Le CV est ouvert.').waitFor();
  assert.equal(await page.getByLabel(label.name, { exact: true }).inputValue(), 'Kévin Grondin');
  assert.ok((await paper(page).innerText()).includes('0693 12 34 56'));
  assert.ok((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).includes('Kévin Grondin'), 'saved again');
  assert.deepEqual(page.problems, []);
});

test('a damaged saved CV is put aside with a clear message, nothing lost', async () => {
  const damaged = '{"format":"pas-a-pas-cv","schema":1,"cv":{"name":';
  const page = await openPage(env.browser, env.server.origin, { init: seedOnce({ [STORE_KEY]: damaged }) });
  await openBuilder(page);
  assert.match(await page.locator('.cv-keeping').innerText(), /n'a pas pu être lu. Il a été mis de côté/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k + '.corrupt'), STORE_KEY), damaged, 'kept aside for a person');
  await page.getByLabel(label.name, { exact: true }).fill('Nouveau départ');
  assert.ok((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).includes('Nouveau départ'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k + '.corrupt'), STORE_KEY), damaged);
  await axeClean(page, 'damaged CV message');
  assert.deepEqual(page.problems, []);
});

test('a guest is told the CV is not kept, and nothing is written', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null });
  await goto(page, env.server.url);
  await page.getByRole('button', { name: 'Essayer sans enregistrer' }).click();
  await openBuilder(page);
  assert.match(await page.locator('.cv-keeping').innerText(), /Vous essayez sans enregistrer : votre CV n'est pas gardé/);
  await page.getByLabel(label.name, { exact: true }).fill('Invitée');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('cv')));
  assert.deepEqual(keys, []);
  assert.ok((await paper(page).innerText()).includes('Invitée'));
  assert.deepEqual(page.problems, []);
});

test('a CV too long for one page is said kindly, and that goal is missed', async () => {
  const long = Array.from({ length: 12 }, (_, i) => `Une longue ligne de compétence numéro ${i + 1} pour remplir la page`).join('\n');
  const word = 'Supercalifragilisticexpialidocious'.repeat(4);
  const cv = {
    name: `Fatima ${word}`, phone: '0639 12 34 56', job: 'Aide à domicile',
    experiences: Array.from({ length: 8 }, (_, i) => ({ key: i + 1, title: `Expérience ${i + 1}`, place: 'Mamoudzou', start: `${2010 + i}`, end: `${2011 + i}`, details: 'Aide au repas\nMénage\nCourses' })),
    skills: long, qualities: long, interests: long,
  };
  const page = await openPage(env.browser, env.server.origin, { init: seedOnce({ [STORE_KEY]: JSON.stringify({ format: 'pas-a-pas-cv', schema: 1, cv }) }) });
  await openBuilder(page);
  await page.getByText('Votre CV ne tient plus sur une page.', { exact: false }).waitFor();
  // A word longer than the page wraps instead of running off it.
  const overflow = await page.evaluate(() => {
    const p = document.querySelector('.cv-paper');
    return p.scrollWidth - p.clientWidth;
  });
  assert.ok(overflow <= 1, `nothing runs off the page sideways (${overflow} px)`);
  await shot(page, 'cv-builder-too-long-1280');
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await page.locator('#result-title').innerText(), `${goals.length - 1} sur ${goals.length}`);
  await page.getByText(goals.find((g) => g.id === 'one-page')['explanation.fr']).waitFor();
  assert.equal(await page.locator('.mission .feedback.missed').count(), 1);
  assert.deepEqual(page.problems, []);
});
