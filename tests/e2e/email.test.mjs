// The e-mail client (atelier-courriel.html): each mission completed by
// keyboard alone from the learners' home page, a wrong path explained with
// the hint after two wrong moves, "envoyer mon CV" with and without a CV
// saved in the CV module, axe-clean at 360, 1280 and 1920 px, screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, ready, axe, shot, seedOnce } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Does the focused element match `sel` and contain `text` (its name or its text)? */
const focusedIs = ([sel, text]) => {
  const el = document.activeElement;
  if (!el || !el.matches(sel)) return false;
  if (text === undefined) return true;
  const name = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
  return name === text || name.includes(text);
};

/** Tab (or Shift+Tab) until the focused element matches; fails after 150 presses. */
async function tabTo(page, sel, text, { back = false } = {}) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(focusedIs, [sel, text])) return;
  }
  throw new Error(`could not reach ${sel} ${text ?? ''} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

async function press(page, sel, text, opts) {
  await tabTo(page, sel, text, opts);
  await page.keyboard.press('Enter');
}

const focusOn = (page, id) => page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 5000 });

async function axeClean(page, what) {
  assert.deepEqual(await axe(page), [], what);
}

/** From the home page, by keyboard: the module, then the exercise; it opens in the module's program. */
async function openFromHome(page, id) {
  const ex = readExercise('echanger', id);
  await page.goto(env.server.url);
  await ready(page);
  await press(page, 'a', 'Échanger avec mes proches');
  await page.waitForURL(/#\/m\/echanger$/);
  await ready(page);
  await press(page, 'a', ex.top['title.fr']);
  await page.waitForURL(/atelier-courriel\.html#\/m\/echanger\//, { timeout: 15000 });
  await ready(page);
  await page.locator('.em').waitFor();
  assert.equal(await page.locator('h1').innerText(), ex.top['title.fr']);
  return ex;
}

/** "Vérifier" by keyboard; returns the score headline. */
async function check(page) {
  await press(page, 'button', 'Vérifier');
  await page.locator('#result-title').waitFor();
  return page.locator('#result-title').innerText();
}

/** Opens a folder from the bar above the screen. */
async function folder(page, name) {
  await press(page, '.em-folders button', name, { back: true });
  await focusOn(page, name === 'Nouveau message' ? 'em-to' : 'em-screen-title');
}

/** A new message: the address picked among the suggestions, a subject, a text, the files joined. */
async function writeNew(page, { typed, address, subject, body, files }) {
  await folder(page, 'Nouveau message');
  await focusOn(page, 'em-to');
  await page.keyboard.type(typed);
  await press(page, '.em-suggestion', address);
  await focusOn(page, 'em-subject');
  await page.keyboard.type(subject);
  await page.keyboard.press('Tab');
  await page.keyboard.type(body);
  for (const f of files) {
    await press(page, '#em-attach');
    await focusOn(page, 'em-documents-title');
    await press(page, '.em-doc', f);
    await focusOn(page, 'em-attach');
  }
}

async function send(page) {
  await press(page, '#em-send');
  await page.getByText('Message envoyé. Il est rangé dans « Envoyés ».').waitFor();
}

const goalsOf = (ex) => tablesOf(ex, 'goals');

test("repondre-courriel: read Anli's message, reply, check Envoyés, by keyboard", async () => {
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
  const ex = await openFromHome(page, 'repondre-courriel');
  await axeClean(page, 'inbox');
  await shot(page, 'email-inbox-1280');
  await press(page, '.em-item', 'Anli Combo');
  await focusOn(page, 'em-screen-title');
  assert.equal(await page.locator('#em-screen-title').innerText(), 'Le manzaraka de Soilihi');
  assert.match(await page.locator('.em-screen').innerText(), /Jeje Fatima/);
  await axeClean(page, 'message');
  await press(page, 'button', 'Répondre');
  await focusOn(page, 'em-body');
  assert.equal(await page.locator('#em-to').inputValue(), 'anli.combo@exemple.fr');
  assert.equal(await page.locator('#em-subject').inputValue(), 'Re : Le manzaraka de Soilihi');
  assert.equal(await page.locator('#em-to').getAttribute('autocomplete'), 'off');
  await page.keyboard.type('Jeje Anli ! La fête commence à 16 h. <b>À bientôt</b>');
  await axeClean(page, 'reply');
  await send(page);
  assert.equal(await page.locator('.mission-hint').count(), 0);
  await folder(page, 'Envoyés');
  const sent = await page.locator('.em-sent-list').innerText();
  assert.match(sent, /anli\.combo@exemple\.fr/);
  assert.match(sent, /Re : Le manzaraka de Soilihi/);
  // The learner's text is text, never HTML.
  assert.match(sent, /<b>À bientôt<\/b>/);
  assert.equal(await page.locator('.em-sent-list b').count(), 0);
  const goals = goalsOf(ex);
  assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
  assert.equal(await page.locator('.mission .feedback.right').count(), goals.length);
  await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
  await axeClean(page, 'reply checked');
  assert.deepEqual(page.problems, []);
});

test('repondre-courriel: an empty reply is refused twice, then the hint shows', async () => {
  const ex = readExercise('echanger', 'repondre-courriel');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await openFromHome(page, 'repondre-courriel');
  await press(page, '.em-item', 'Anli Combo');
  await press(page, 'button', 'Répondre');
  await focusOn(page, 'em-body');
  await press(page, '#em-send');
  await page.getByText('Votre message est vide. Écrivez quelques mots.').waitFor();
  assert.equal(await page.locator('.mission-hint').count(), 0, 'no hint after one wrong move');
  await page.keyboard.press('Enter');
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  await axeClean(page, 'hint');
  await shot(page, 'email-hint-360');
  assert.deepEqual(page.problems, []);
});

for (const size of SIZES) {
  const w = size.width;
  test(`courriel-ccas at ${w} px: the right address among look-alikes, a subject, the tax notice, by keyboard`, async () => {
    const page = await openPage(env.browser, env.server.origin, size);
    const ex = await openFromHome(page, 'courriel-ccas');
    assert.match(await page.locator('.em-note').innerText(), /accueil@ccas-saint-paul\.fr/);
    await axeClean(page, 'ccas inbox');
    await shot(page, `email-ccas-inbox-${w}`);
    await folder(page, 'Nouveau message');
    await focusOn(page, 'em-to');
    await page.keyboard.type('ccas');
    assert.equal(await page.locator('.em-suggestion').count(), tablesOf(ex, 'addresses').length);
    await axeClean(page, 'suggestions');
    await shot(page, `email-ccas-suggestions-${w}`);
    await press(page, '.em-suggestion', 'accueil@ccas-saint-paul.fr');
    await focusOn(page, 'em-subject');
    assert.equal(await page.locator('.em-suggestion').count(), 0, 'picked: no more suggestions');
    await page.keyboard.type("Avis d'imposition de Josiane Hoarau");
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bonjour, voici mon avis d’imposition. Josiane Hoarau');
    await press(page, '#em-attach');
    await focusOn(page, 'em-documents-title');
    await axeClean(page, 'documents');
    await shot(page, `email-ccas-documents-${w}`);
    await press(page, '.em-doc', 'avis-imposition-2026.pdf');
    await focusOn(page, 'em-attach');
    await page.getByText(tablesOf(ex, 'documents').find((d) => d.id === 'avis')['explanation.fr']).waitFor();
    await axeClean(page, 'compose');
    await shot(page, `email-ccas-compose-${w}`);
    await send(page);
    await folder(page, 'Envoyés');
    const sent = await page.locator('.em-sent-list').innerText();
    assert.match(sent, /accueil@ccas-saint-paul\.fr/);
    assert.match(sent, /avis-imposition-2026\.pdf/);
    assert.equal(await page.locator('.mission-hint').count(), 0);
    const goals = goalsOf(ex);
    assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
    await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
    assert.equal(await page.locator('#em-reply, .em-folders button').first().isDisabled(), true, 'frozen after checking');
    await axeClean(page, 'ccas checked');
    await shot(page, `email-ccas-checked-${w}`);
    assert.deepEqual(page.problems, []);
  });
}

test('courriel-ccas: a look-alike address and the family photo are explained, the hint shows, and it can be put right', async () => {
  const ex = readExercise('echanger', 'courriel-ccas');
  const addresses = tablesOf(ex, 'addresses');
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
  await openFromHome(page, 'courriel-ccas');
  await folder(page, 'Nouveau message');
  await focusOn(page, 'em-to');
  await page.keyboard.type('ccas');
  await press(page, '.em-suggestion', 'aide@ccas-saintpaul-aide.com');
  await page.getByText(addresses.find((a) => a.address === 'aide@ccas-saintpaul-aide.com')['explanation.fr']).waitFor();
  assert.equal(await page.locator('.mission-hint').count(), 0);
  await press(page, '#em-attach');
  await press(page, '.em-doc', 'photo-famille-plage.jpg');
  await page.getByText(tablesOf(ex, 'documents').find((d) => d.id === 'photo')['explanation.fr']).waitFor();
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  await axeClean(page, 'wrong moves');
  await shot(page, 'email-ccas-wrong-1280');
  // Put right: the photo removed, the address typed again, the tax notice joined.
  await press(page, 'button', 'Retirer photo-famille-plage.jpg');
  await focusOn(page, 'em-attach');
  assert.match(await page.locator('.em-form').innerText(), /Aucun fichier joint\./);
  await tabTo(page, '#em-to', undefined, { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('accueil@ccas-saint-paul.fr');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mon avis d’imposition');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bonjour, voici le document demandé.');
  await press(page, '#em-attach');
  await press(page, '.em-doc', 'avis-imposition-2026.pdf');
  await send(page);
  await folder(page, 'Envoyés');
  const goals = goalsOf(ex);
  assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
  assert.deepEqual(page.problems, []);
});

const cvMission = {
  typed: 'recru',
  address: 'recrutement@timarche-kourou.fr',
  subject: 'Candidature employé de rayon',
  body: 'Bonjour, je vous envoie mon CV pour le poste d’employé de rayon.',
};

test('envoyer-mon-cv without a saved CV: the sample CV is joined', async () => {
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
  const ex = await openFromHome(page, 'envoyer-mon-cv');
  await folder(page, 'Nouveau message');
  await press(page, '#em-attach');
  await focusOn(page, 'em-documents-title');
  const docs = await page.locator('.em-documents').innerText();
  assert.match(docs, /CV-Steeve-Bellony\.pdf/);
  assert.match(docs, /Un exemple de CV : vous n'avez pas encore enregistré de CV\./);
  await axeClean(page, 'sample cv');
  await shot(page, 'email-cv-sample-1280');
  await press(page, 'button', 'Fermer');
  await focusOn(page, 'em-attach');
  await writeNew(page, { ...cvMission, files: ['CV-Steeve-Bellony.pdf'] });
  await send(page);
  await folder(page, 'Envoyés');
  assert.match(await page.locator('.em-sent-list').innerText(), /CV-Steeve-Bellony\.pdf/);
  const goals = goalsOf(ex);
  assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
  assert.deepEqual(page.problems, []);
});

test("envoyer-mon-cv with a CV saved in the CV module: the learner's own CV is joined", async () => {
  // The CV as the CV module saves it for the signed-in learner (see cv.test.mjs).
  const cv = { name: 'Fatima  Madi', phone: '0639 12 34 56', job: 'Aide à domicile', experiences: [], trainings: [] };
  const saved = JSON.stringify({ format: 'pas-a-pas-cv', schema: 1, cv });
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 800, init: seedOnce({ 'pas-a-pas.profile.p1.cv': saved }) });
  const ex = await openFromHome(page, 'envoyer-mon-cv');
  await writeNew(page, { ...cvMission, files: ['CV-Fatima-Madi.pdf'] });
  assert.match(await page.locator('.em-attached').innerText(), /CV-Fatima-Madi\.pdf/);
  assert.match(await page.locator('.em-said').innerText(), /C'est le CV\./);
  await press(page, '#em-attach');
  await focusOn(page, 'em-documents-title');
  const docs = await page.locator('.em-documents').innerText();
  assert.match(docs, /CV-Fatima-Madi\.pdf/);
  assert.match(docs, /Votre CV, fait dans « Faire mon CV »\. Poste : Aide à domicile\./);
  assert.doesNotMatch(docs, /Steeve/);
  await axeClean(page, 'own cv in documents');
  await shot(page, 'email-cv-own-1280');
  await press(page, 'button', 'Fermer');
  await focusOn(page, 'em-attach');
  await send(page);
  await folder(page, 'Envoyés');
  const sent = await page.locator('.em-sent-list').innerText();
  assert.match(sent, /CV-Fatima-Madi\.pdf/);
  assert.match(sent, /recrutement@timarche-kourou\.fr/);
  assert.doesNotMatch(sent, /Steeve/);
  const goals = goalsOf(ex);
  assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
  await axeClean(page, 'cv checked');
  await shot(page, 'email-cv-checked-1280');
  assert.deepEqual(page.problems, []);
});

test('in English and in high contrast: the client is translated and axe-clean', async () => {
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
  await openFromHome(page, 'repondre-courriel');
  await press(page, 'button', 'English', { back: true });
  await page.getByRole('button', { name: 'Inbox (3)' }).waitFor();
  assert.match(await page.locator('.em-list').innerText(), /Soilihi's manzaraka/);
  await press(page, 'button', 'High contrast');
  await page.waitForFunction(() => document.documentElement.dataset.contrast === 'high');
  await press(page, '.em-item', 'Anli Combo');
  await press(page, 'button', 'Reply');
  await focusOn(page, 'em-body');
  assert.equal(await page.locator('#em-subject').inputValue(), "Re: Soilihi's manzaraka");
  await axeClean(page, 'english high contrast');
  await shot(page, 'email-en-contrast-1280');
  assert.deepEqual(page.problems, []);
});
