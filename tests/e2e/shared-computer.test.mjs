// Shared computers, tried as the people who share them would: a closed window,
// a second tab, an erase in one tab, a damaged list of learners, a hostile
// file, the browser's autofill and password saving, the window title, the
// Downloads folder, the reset, and a Content-Security-Policy on every page
// (every test of the suite fails on a violation: see helpers.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser, seedOnce, serve, openPage, goto, ready, copyOfDist, dist, shot, createProfile } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const title = (page) => page.locator('h1').innerText();
const waitTitle = (page, text) =>
  page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, text, { timeout: 15000 });
const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pas-a-pas.')).sort());

/** Answers a one-answer exercise right: one result recorded. */
async function answerRight(page, module, id) {
  const right = tablesOf(readExercise(module, id), 'options').find((o) => o.correct);
  await goto(page, env.server.url + `#/m/${module}/${id}`);
  await page.getByLabel(right['text.fr'], { exact: true }).check();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.locator('#result-title').waitFor();
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('a closed window: the next person sees "Qui êtes-vous ?", not the last learner', async () => {
  const page = await openPage(env.browser, env.server.origin, { learner: null });
  await goto(page, env.server.url);
  await createProfile(page, 'Fatima', 'volcan');
  assert.equal(await title(page), 'Bienvenue');
  // A reload, and the move to another program of the app, keep the learner.
  await page.reload();
  await ready(page);
  assert.equal(await title(page), 'Bienvenue');
  await goto(page, env.server.url + '#/m/cv/mon-cv');
  await page.locator('#cv-step-title').waitFor();
  assert.ok(page.url().includes('atelier-cv.html'));
  assert.equal(await page.getByRole('banner').getByRole('link', { name: 'Fatima', exact: true }).count(), 1);
  assert.equal(await stored(page, 'pas-a-pas.session'), null, 'who is signed in is never in local storage');
  // She closes the window without "J'ai fini". Someone opens the browser again.
  const context = page.context();
  await page.close();
  const next = await context.newPage();
  await goto(next, env.server.url);
  assert.equal(await title(next), 'Qui êtes-vous ?');
  await goto(next, env.server.url + '#/m/cv/mon-cv');
  assert.equal(await title(next), 'Qui êtes-vous ?', 'the CV builder asks who is there first');
  assert.deepEqual(next.problems, []);
});

test('after a damaged list of learners, a new learner inherits no key of anyone', async () => {
  const records = { 'vie-privee/mot-de-passe': { attempts: 1, best: 1, last: 1, max: 1, first_success: '2026-11-20' } };
  const cv = { format: 'pas-a-pas-cv', schema: 1, cv: { name: 'Ancienne Personne', phone: '0692 11 22 33' } };
  const page = await openPage(env.browser, env.server.origin, {
    learner: null,
    init: seedOnce({
      'pas-a-pas.profiles': '{"schema":2,"profiles":[{"id":"p1","name":"Anc',
      'pas-a-pas.profile.p1.progress': JSON.stringify({ schema: 2, records }),
      'pas-a-pas.profile.p1.cv': JSON.stringify(cv),
    }),
  });
  await goto(page, env.server.url);
  await page.getByRole('status').filter({ hasText: 'La liste des profils était abîmée' }).waitFor();
  await createProfile(page, 'Josiane', 'fleur');
  const session = JSON.parse(await page.evaluate(() => sessionStorage.getItem('pas-a-pas.session')));
  assert.notEqual(session.profile, 'p1', 'a new id');
  await goto(page, env.server.url + '#/m/vie-privee');
  assert.match(await page.locator('.module-progress p').innerText(), /^0 exercice fait/);
  await goto(page, env.server.url + '#/m/cv/mon-cv');
  await page.locator('#cv-step-title').waitFor();
  assert.equal(await page.locator('#cv-name').inputValue(), '', 'no one else\'s CV');
  const keys = await appKeys(page);
  assert.ok(keys.includes('pas-a-pas.profiles.corrupt'), 'the damaged list is kept aside');
  assert.ok(keys.includes('pas-a-pas.profile.p1.cv'), 'what was left is not lost');
  assert.deepEqual(page.problems, []);
});

test('two tabs of one learner each record a result, and both are kept', async () => {
  const a = await openPage(env.browser, env.server.origin);
  const b = await a.context().newPage();
  await goto(a, env.server.url);
  await goto(b, env.server.url);
  await answerRight(a, 'vie-privee', 'mot-de-passe');
  await answerRight(b, 'cv', 'titre-du-poste');
  const progress = JSON.parse(await stored(a, 'pas-a-pas.profile.p1.progress'));
  assert.deepEqual(Object.keys(progress.records).sort(), ['cv/titre-du-poste', 'vie-privee/mot-de-passe']);
  // Tab A follows what tab B recorded without a reload.
  await goto(a, env.server.url + '#/m/cv');
  await a.waitForFunction(() => /^1 exercice fait/.test(document.querySelector('.module-progress p')?.textContent ?? ''));
  assert.deepEqual([...a.problems, ...b.problems], []);
});

test('erasing in one tab signs the other tab out, and no key comes back', async () => {
  const a = await openPage(env.browser, env.server.origin);
  const b = await a.context().newPage();
  await goto(a, env.server.url);
  // Tab B is writing a CV, saved as it types.
  await goto(b, env.server.url + '#/m/cv/mon-cv');
  await b.locator('#cv-name').fill('Fatima Madi');
  await b.waitForFunction(() => localStorage.getItem('pas-a-pas.profile.p1.cv')?.includes('Fatima Madi'));
  await answerRight(a, 'vie-privee', 'mot-de-passe');
  await a.getByRole('banner').getByRole('link', { name: "J'ai fini" }).click();
  await ready(a);
  await a.getByRole('button', { name: 'Tout effacer' }).click();
  await a.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await waitTitle(a, 'Qui êtes-vous ?');
  await waitTitle(b, 'Qui êtes-vous ?');
  // Tab B's last keystrokes or a late save bring nothing back.
  await b.keyboard.type('encore');
  await b.waitForTimeout(500);
  await b.reload();
  await ready(b);
  assert.equal(await title(b), 'Qui êtes-vous ?');
  assert.deepEqual((await appKeys(a)).filter((k) => k.startsWith('pas-a-pas.profile.')), []);
  assert.deepEqual([...a.problems, ...b.problems], []);
});

test('an imported file with the same name but another picture makes a new profile, never a merge', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await answerRight(page, 'vie-privee', 'mot-de-passe');
  const before = await stored(page, 'pas-a-pas.profile.p1.progress');
  await page.getByRole('banner').getByRole('link', { name: "J'ai fini" }).click();
  await ready(page);
  await page.getByRole('button', { name: 'Garder ma progression' }).click();
  await waitTitle(page, 'Qui êtes-vous ?');
  const other = {
    format: 'pas-a-pas-progression', schema: 2, exported: '2026-11-30', name: 'Fatima', picture: 'fleur',
    progress: { records: { 'cv/titre-du-poste': { attempts: 2, best: 1, last: 1, max: 1, first_success: '2026-11-29' } } },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'pap-other-')), 'pas-a-pas-fatima.json');
  writeFileSync(file, JSON.stringify(other));
  await page.getByLabel('Choisir mon fichier de progression').setInputFiles(file);
  await page.getByRole('banner').getByRole('link', { name: 'Fatima', exact: true }).waitFor();
  const dir = JSON.parse(await stored(page, 'pas-a-pas.profiles'));
  assert.equal(dir.profiles.length, 2, 'a second Fatima');
  assert.deepEqual(dir.profiles.map((p) => p.picture).sort(), ['fleur', 'volcan']);
  assert.equal(await stored(page, 'pas-a-pas.profile.p1.progress'), before, 'the first Fatima is untouched');
  assert.deepEqual(page.problems, []);
});

test('progress files of any shape are refused with a reason, never a crash', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/profils');
  const dir = mkdtempSync(join(tmpdir(), 'pap-shapes-'));
  const base = { format: 'pas-a-pas-progression', schema: 2, exported: '2026-11-26', name: 'Anli', picture: 'chat' };
  const shapes = [[1], 'texte', null, 7, { records: [] }, { records: { 'cv/a': [1, 2] } }, { records: { 'cv/a': { best: { a: [] } } } }];
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  for (const [i, progress] of shapes.entries()) {
    const file = join(dir, `f${i}.json`);
    writeFileSync(file, JSON.stringify({ ...base, progress }));
    await page.getByLabel('Choisir mon fichier de progression').setInputFiles(file);
    await page.getByRole('alert').filter({ hasText: "Ce fichier n'a pas été utilisé." }).waitFor();
  }
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'nothing changed');
  assert.deepEqual(page.problems, []);
});

test('an exercise file nested too deep shows an error card at its line, the module still works', async () => {
  const dir = copyOfDist();
  const bad = `id = "mot-de-passe"\nkind = "choice"\nx = ${'['.repeat(50000)}${']'.repeat(50000)}\n`;
  writeFileSync(join(dir, 'exercises', 'vie-privee', 'mot-de-passe.toml'), bad);
  const server = await serve(dir);
  try {
    const page = await openPage(env.browser, server.origin);
    await goto(page, server.url + '#/m/vie-privee');
    const card = page.locator('.problem-card');
    await card.first().waitFor();
    for (const summary of await page.locator('.problem-card summary').all()) await summary.click();
    const text = (await card.allInnerTexts()).join('\n');
    assert.ok(text.includes('vie-privee/mot-de-passe.toml, ligne 3') && text.includes('imbriqués trop profondément'), text);
    // The other exercises of the module still open.
    await goto(page, server.url + '#/m/vie-privee/regles-mot-de-passe');
    assert.notEqual(await title(page), '');
    assert.deepEqual(page.problems.filter((p) => !p.includes('404')), []);
  } finally {
    server.close();
  }
});

test('the browser never offers autofill or to save a simulated password; no name in the window title', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/cv/mon-cv');
  await page.locator('#cv-step-title').waitFor();
  // Every field of the six steps.
  let seen = 0;
  for (let step = 1; step <= 6; step++) {
    const fields = await page.$$eval('.cv-form input:not([type=radio]):not([type=checkbox]):not([type=file]), .cv-form textarea', (els) =>
      els.map((e) => `${e.id}:${e.getAttribute('autocomplete')}`),
    );
    seen += fields.length;
    for (const f of fields) assert.ok(f.endsWith(':off'), `step ${step}: ${f}`);
    if (step < 6) {
      await page.getByRole('button', { name: 'Étape suivante' }).click();
      await page.waitForFunction((n) => document.querySelector('#cv-step-title')?.textContent.includes(`Étape ${n} sur 6`), step + 1);
    }
  }
  assert.ok(seen >= 8, `${seen} fields seen`);
  await goto(page, env.server.url + '#/profils');
  assert.equal(await title(page), 'Fatima');
  assert.ok(!(await page.title()).includes('Fatima'), `window title: ${await page.title()}`);
  assert.equal(await page.title(), 'Mon profil – Pas à pas');
  // The simulated passwords are never a real password field, nor in a real submission.
  for (const [route, field] of [
    ['#/m/scolarite/connexion-portail', '#portal-password'],
    ['#/m/vie-privee/double-authentification', '#ts-password'],
    ['#/m/vie-privee/phrase-de-passe', '#pw-input'],
  ]) {
    await goto(page, env.server.url + route);
    await page.locator(field).waitFor();
    assert.equal(await page.locator('input[type=password]').count(), 0, route);
    assert.equal(await page.locator(field).getAttribute('autocomplete'), 'off', route);
    assert.match(await page.locator(field).getAttribute('class'), /masked/, `${route}: shown as dots`);
    const url = page.url();
    await page.locator(field).fill('Soleil-974!');
    await page.locator(field).press('Enter');
    await page.waitForTimeout(300);
    assert.equal(page.url(), url, `${route}: no real form submission`);
  }
  assert.deepEqual(page.problems, []);
});

test('"J\'ai fini" after a download reminds that the file stays in Downloads, and shows how to delete it', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/profils');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Emporter ma progression' }).click(),
  ]);
  // A CV downloaded in the CV builder (another program of the app) counts too.
  await goto(page, env.server.url + '#/m/cv/mon-cv');
  await page.locator('#cv-name').fill('Fatima Madi');
  const [cv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger mon CV' }).click(),
  ]);
  await page.getByRole('banner').getByRole('link', { name: "J'ai fini" }).click();
  await ready(page);
  await page.getByRole('heading', { name: 'Vous avez téléchargé un fichier' }).waitFor();
  await page.getByText(download.suggestedFilename(), { exact: true }).waitFor();
  await page.getByText(cv.suggestedFilename(), { exact: true }).waitFor();
  const how = page.getByRole('button', { name: 'Comment effacer ce fichier ?' });
  assert.equal(await how.getAttribute('aria-expanded'), 'false');
  await how.click();
  await page.getByText('Cliquez sur le fichier avec le bouton droit', { exact: false }).waitFor();
  await shot(page, 'finish-downloads-1280');
  assert.deepEqual(page.problems, []);
});

test('"Réinitialiser cet ordinateur" asks for the advisor\'s code when one is set', async () => {
  const workshop = { code: '2468' };
  const page = await openPage(env.browser, env.server.origin, {
    init: seedOnce({ 'pas-a-pas.workshop': JSON.stringify(workshop) }),
  });
  await goto(page, env.server.url + '#/animateur');
  // The pages are behind the code; the reset asks for it once more.
  await page.getByLabel('Code animateur (4 chiffres)').fill('2468');
  await page.getByRole('button', { name: "Ouvrir l'espace animateur" }).click();
  await page.getByLabel('Pour confirmer, écrivez EFFACER').fill('EFFACER');
  await page.getByLabel("Code de l'animateur").fill('1111');
  await page.getByRole('button', { name: 'Tout effacer sur cet ordinateur' }).click();
  await page.getByText("Ce n'est pas le bon code.").last().waitFor();
  assert.ok((await appKeys(page)).includes('pas-a-pas.profiles'), 'nothing was erased');
  await page.getByLabel("Code de l'animateur").fill('2468');
  await page.getByRole('button', { name: 'Tout effacer sur cet ordinateur' }).click();
  await page.getByText("C'est fait", { exact: false }).waitFor();
  assert.ok(!(await appKeys(page)).includes('pas-a-pas.profiles'));
  assert.deepEqual(page.problems, []);
});

test('every page of every program carries a Content-Security-Policy, and none is violated', async () => {
  const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length >= 7, pages.join());
  for (const name of pages) {
    const html = readFileSync(join(dist, name), 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.ok(csp, `${name} has a policy`);
    for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "style-src 'self'"]) {
      assert.ok(csp[1].includes(part), `${name}: ${part}`);
    }
    assert.ok(!csp[1].includes('unsafe-inline') && !/'unsafe-eval'/.test(csp[1]), `${name}: no unsafe-inline or unsafe-eval`);
  }
  const page = await openPage(env.browser, env.server.origin);
  for (const route of ['', '#/m/cv', '#/m/cv/mon-cv', '#/m/scolarite/connexion-portail', '#/m/information/make-the-fake',
    '#/m/vie-privee/phrase-de-passe', '#/animateur', '#/attestation', '#/profils']) {
    await goto(page, env.server.url + route);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.ok(policy, `${route}: the policy is in the page`);
  }
  // A script injected by an attacker would be refused, and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  const { cspViolations } = await import('./helpers.mjs');
  assert.ok(cspViolations.length >= 1 && cspViolations.every((v) => v.includes('script')), cspViolations.join('\n'));
  cspViolations.splice(0);
  page.problems = page.problems.filter((p) => !p.includes('Content Security Policy') && !p.includes('CSP violation'));
  assert.deepEqual(page.problems, []);
});
