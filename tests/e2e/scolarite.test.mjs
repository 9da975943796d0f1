// The school-portal simulator (atelier-scolarite.html): every mission completed
// by keyboard alone from the learners' app, a wrong path shows the hint, and
// every portal screen is axe-clean at 360 px and 1280 px, with screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, goto, axe, shot, serve, copyOfDist } from './helpers.mjs';
import { readExercise } from './content.mjs';

const env = useServerAndBrowser();

/** Opens a mission from the learners' app; it must land in the portal's program. */
async function openMission(id, width = 1280) {
  const page = await openPage(env.browser, env.server.origin, { width, height: 900 });
  await page.goto(env.server.url + `#/m/scolarite/${id}`);
  await page.waitForURL(/atelier-scolarite\.html#\/m\/scolarite\//, { timeout: 15000 });
  await page.locator('.portal-sim').waitFor({ timeout: 15000 });
  await page.locator('h1#page-title').waitFor();
  return page;
}

/** Does the focused element match `sel` (CSS) and, if given, contain `text`? */
const focusedIs = ([sel, text]) => {
  const el = document.activeElement;
  if (!el || !el.matches(sel)) return false;
  if (text === undefined) return true;
  const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
  return name === text || name.includes(text);
};

/** Tab (or Shift+Tab) until the focused element matches; fails after 120 presses. */
async function tabTo(page, sel, text, { back = false } = {}) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(focusedIs, [sel, text])) return;
  }
  throw new Error(`could not reach ${sel} ${text ?? ''} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Reaches a button by its text with the keyboard and presses Enter. */
async function press(page, text, opts) {
  await tabTo(page, 'button', text, opts);
  await page.keyboard.press('Enter');
}

/** Opens a portal screen from its menu (the menu is before the screen's title). */
async function menu(page, label) {
  await tabTo(page, '.portal-menu-item', label, { back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.activeElement?.id === 'portal-screen-title' && document.activeElement.textContent.startsWith(l), label);
}

/** Chooses a child in the header's list, by keyboard. */
async function chooseChild(page, name) {
  await tabTo(page, '#portal-child', undefined, { back: true });
  for (let i = 0; i < 4; i++) {
    const current = await page.evaluate(() => document.activeElement.selectedOptions[0].textContent);
    if (current.startsWith(name)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`child ${name} not found`);
}

/** Answers the mission's question with the option whose text starts with `text`. */
async function answer(page, text) {
  await tabTo(page, 'input[type=radio][name=portal-answer]');
  for (let i = 0; i < 6; i++) {
    const label = await page.evaluate(() => document.querySelector(`label[for="${document.activeElement.id}"]`).textContent);
    if (label.startsWith(text)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  await press(page, 'Répondre à la question');
}

/** "Vérifier" by keyboard; returns the result headline. */
async function check(page) {
  await tabTo(page, 'button', 'Vérifier');
  await page.keyboard.press('Enter');
  await page.locator('#result-title').waitFor();
  return page.locator('#result-title').innerText();
}

const hint = (id) => readExercise('scolarite', id).top['hint.fr'];
const hintShown = (page) => page.locator('.mission-hint').count();

test('log in the first time: letter, new password, "Jamais" — keyboard only', async () => {
  const page = await openMission('connexion-portail');
  await page.getByText('f.madi7', { exact: true }).waitFor();
  await tabTo(page, '#portal-login');
  await page.keyboard.type('f.madi7');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Flambo-2026');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Première connexion : choisissez votre mot de passe' }).waitFor();
  await tabTo(page, '#portal-new-password');
  await page.keyboard.type('Soleil-974');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Soleil-974');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'portal-prompt-title');
  await press(page, 'Jamais');
  await page.getByText('Bien : le mot de passe ne reste pas sur cet ordinateur.').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Enregistrer le mot de passe ?' }).count(), 0);
  assert.equal(await hintShown(page), 0, 'no hint without wrong moves');
  assert.equal(await check(page), '3 sur 3');
  await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
  assert.deepEqual(await axe(page), [], 'after checking');
  await shot(page, 'portail-connexion-verifie-1280');
  assert.deepEqual(page.problems, []);
});

test('first login, wrong path: a wrong password, a weak new password, then the hint', async () => {
  const page = await openMission('connexion-portail', 360);
  await page.getByLabel('Identifiant').fill('f.madi7');
  await page.getByLabel('Mot de passe', { exact: true }).fill('flambo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText("L'identifiant ou le mot de passe ne correspond pas.", { exact: false }).waitFor();
  assert.equal(await hintShown(page), 0, 'one wrong move: no hint yet');
  await page.getByLabel('Mot de passe', { exact: true }).fill('Flambo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('soleil');
  await page.getByLabel('Confirmez le nouveau mot de passe').fill('soleil');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('au moins 8 caractères', { exact: false }).first().waitFor();
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(hint('connexion-portail')));
  assert.deepEqual(await axe(page), [], 'new password with the hint, 360');
  await shot(page, 'portail-nouveau-mot-de-passe-indice-360');
  // "Enregistrer" on a shared computer is explained and loses that goal.
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Soleil-974');
  await page.getByLabel('Confirmez le nouveau mot de passe').fill('Soleil-974');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Le navigateur garde maintenant votre mot de passe.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Vérifier' }).click();
  assert.equal(await page.locator('#result-title').innerText(), '2 sur 3');
  assert.deepEqual(page.problems, []);
});

test("homework for Thursday, with the attached poem — keyboard only", async () => {
  const page = await openMission('devoirs-jeudi');
  await tabTo(page, '.portal-menu-item', 'Cahier de textes');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Cahier de textes — Inaya Madi' }).waitFor();
  await press(page, 'Ouvrir le document poesie-le-flamboyant.pdf');
  await page.getByText('Sous le soleil de novembre', { exact: false }).waitFor();
  await answer(page, 'Apprendre la poésie');
  await page.getByText('Bonne réponse.', { exact: false }).waitFor();
  assert.equal(await check(page), '3 sur 3');
  assert.deepEqual(page.problems, []);
});

test('homework, wrong path: unrelated screens twice show the hint, a wrong answer is explained', async () => {
  const page = await openMission('devoirs-jeudi', 360);
  await page.getByRole('button', { name: 'Notes' }).click();
  assert.equal(await hintShown(page), 0);
  await page.getByRole('button', { name: 'Vie scolaire' }).click();
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(hint('devoirs-jeudi')));
  await page.getByLabel('Réviser le chapitre 2', { exact: false }).check();
  await page.getByRole('button', { name: 'Répondre à la question' }).click();
  await page.getByText("C'est le devoir d'Ibrahim", { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Vérifier' }).click();
  assert.equal(await page.locator('#result-title').innerText(), '0 sur 3');
  assert.deepEqual(page.problems, []);
});

test('the maths average and its trend, computed from the grades — keyboard only', async () => {
  const page = await openMission('moyenne-maths');
  await tabTo(page, '.portal-menu-item', 'Notes');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Notes — Ibrahim Madi' }).waitFor();
  const maths = page.locator('.portal-subject', { has: page.getByRole('heading', { name: 'Mathématiques' }) });
  assert.match(await maths.locator('.portal-average').innerText(), /Moyenne de l'élève : 12,17\s+↑ en hausse/);
  assert.match(await maths.innerText(), /Moyenne de la classe : 10,50/);
  await answer(page, '12,17 sur 20, en hausse');
  assert.equal(await check(page), '2 sur 2');
  assert.deepEqual(page.problems, []);
});

test('justify yesterday’s absence with a reason — keyboard only', async () => {
  const page = await openMission('justifier-absence');
  await tabTo(page, '.portal-menu-item', 'Vie scolaire');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Vie scolaire — Inaya Madi' }).waitFor();
  await press(page, 'Justifier : Absence, Lundi 23 novembre');
  await page.waitForFunction(() => document.activeElement?.id === 'portal-reason');
  // Sending without a reason is refused kindly.
  await press(page, 'Envoyer la justification');
  await page.getByText("Choisissez d'abord un motif", { exact: false }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'portal-reason');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#portal-reason').inputValue(), 'sante');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rendez-vous chez le médecin.');
  await press(page, 'Joindre un document');
  await page.getByText('certificat-medical.pdf est joint.').waitFor();
  await press(page, 'Envoyer la justification');
  await page.getByText('La justification est envoyée à la vie scolaire.').waitFor();
  assert.equal(await page.locator('.portal-absence.done').count(), 1);
  assert.equal(await check(page), '1 sur 1');
  assert.deepEqual(page.problems, []);
});

test("answer the French teacher's message — keyboard only", async () => {
  const page = await openMission('repondre-professeur');
  await tabTo(page, '.portal-menu-item', 'Messagerie');
  await page.keyboard.press('Enter');
  await press(page, 'Mme Hoarau');
  await page.getByRole('heading', { name: "La rédaction d'Inaya" }).waitFor();
  await press(page, 'Répondre');
  await page.waitForFunction(() => document.activeElement?.id === 'portal-body');
  await page.keyboard.type('Bonjour Madame, Inaya vous donnera sa rédaction jeudi. Merci. Fatima Madi');
  await press(page, 'Envoyer');
  await page.getByText('Votre message est envoyé.').waitFor();
  await page.getByText("Re : La rédaction d'Inaya", { exact: false }).waitFor();
  assert.equal(await check(page), '2 sur 2');
  assert.deepEqual(page.problems, []);
});

test('find the cancelled lesson — keyboard only', async () => {
  const page = await openMission('cours-annule');
  await tabTo(page, '.portal-menu-item', 'Emploi du temps');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Emploi du temps — Ibrahim Madi' }).waitFor();
  assert.equal(await page.locator('.portal-lesson.cancelled').count(), 1);
  await answer(page, 'SVT, jeudi');
  assert.equal(await check(page), '2 sur 2');
  assert.deepEqual(page.problems, []);
});

test('leave a shared computer properly: "Jamais", then log out — keyboard only', async () => {
  const page = await openMission('quitter-ordinateur-partage');
  await press(page, 'Jamais');
  await press(page, 'Se déconnecter', { back: true });
  await page.getByRole('heading', { name: 'Vous êtes déconnecté.' }).waitFor();
  assert.equal(await page.locator('.portal-menu').count(), 0, 'the menu is gone');
  assert.equal(await check(page), '2 sur 2');
  assert.deepEqual(page.problems, []);
});

test('leaving, wrong path: "Enregistrer" is a wrong move; "Réessayer" starts fresh', async () => {
  const page = await openMission('quitter-ordinateur-partage', 360);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Vérifier' }).click();
  assert.equal(await page.locator('#result-title').innerText(), '1 sur 2');
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByRole('button', { name: 'Jamais' }).waitFor();
  assert.equal(await page.locator('.portal-menu').count(), 1, 'logged in again, as at the start');
  assert.deepEqual(page.problems, []);
});

/** Every screen of the portal, axe-clean, with a screenshot, at one width. */
async function everyScreen(width) {
  const page = await openMission('connexion-portail', width);
  const scan = async (name) => {
    assert.deepEqual(await axe(page), [], `${name} at ${width}`);
    // The portal's frame clips what overflows it: nothing may stick out of it.
    const cut = await page.evaluate(() => {
      const frame = document.querySelector('.browser').getBoundingClientRect();
      return [...document.querySelectorAll('.browser th, .browser td, .browser p, .browser h4, .browser button')]
        .filter((e) => e.getBoundingClientRect().right > frame.right + 1)
        .map((e) => e.textContent.trim().slice(0, 30));
    });
    assert.deepEqual(cut, [], `${name} at ${width}: cut at the frame's edge`);
    await shot(page, `portail-${name}-${width}`);
  };
  await scan('connexion');
  await page.getByLabel('Identifiant').fill('f.madi7');
  await page.getByLabel('Mot de passe', { exact: true }).fill('Flambo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Soleil');
  await scan('nouveau-mot-de-passe');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Soleil-974');
  await page.getByLabel('Confirmez le nouveau mot de passe').fill('Soleil-974');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('button', { name: 'Jamais' }).waitFor();
  await scan('enregistrer-mot-de-passe');
  await page.getByRole('button', { name: 'Jamais' }).click();
  await scan('accueil');
  await page.getByRole('button', { name: 'Cahier de textes' }).click();
  await page.getByRole('button', { name: /Ouvrir le document/ }).click();
  await scan('cahier-de-textes');
  await page.getByRole('button', { name: 'Notes' }).click();
  await page.getByLabel('Élève').selectOption('ibrahim');
  await page.getByRole('heading', { name: 'Notes — Ibrahim Madi' }).waitFor();
  await scan('notes');
  await page.getByRole('button', { name: 'Bulletin' }).click();
  await scan('bulletin');
  await page.getByLabel('Élève').selectOption('inaya');
  await page.getByRole('button', { name: 'Vie scolaire' }).click();
  await page.getByRole('button', { name: /^Justifier/ }).first().click();
  await scan('vie-scolaire');
  await page.getByRole('button', { name: 'Messagerie' }).click();
  await scan('messagerie');
  await page.getByRole('button', { name: /Mme Hoarau/ }).click();
  await scan('message');
  await page.getByRole('button', { name: 'Répondre', exact: true }).click();
  await scan('reponse');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await page.getByRole('button', { name: 'Écrire un message' }).click();
  await scan('nouveau-message');
  await page.getByRole('button', { name: 'Emploi du temps' }).click();
  await page.getByLabel('Élève').selectOption('ibrahim');
  await scan('emploi-du-temps');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await scan('deconnecte');
  assert.deepEqual(page.problems, []);
}

test('every portal screen is axe-clean at 1280 px', () => everyScreen(1280));
test('every portal screen is axe-clean at 360 px', () => everyScreen(360));

test('a mission with its question, the hint and the debrief: axe-clean at 360 px and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const page = await openMission('moyenne-maths', width);
    await page.getByRole('button', { name: 'Cahier de textes' }).click();
    await page.getByRole('button', { name: 'Messagerie' }).click();
    await page.locator('.mission-hint').waitFor();
    await page.getByLabel('15 sur 20, en hausse').check();
    await page.getByRole('button', { name: 'Répondre à la question' }).click();
    await page.getByText('15, c\'est la dernière note.', { exact: false }).waitFor();
    assert.deepEqual(await axe(page), [], `hint at ${width}`);
    await shot(page, `portail-mission-indice-${width}`);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
    assert.deepEqual(await axe(page), [], `debrief at ${width}`);
    await shot(page, `portail-mission-bilan-${width}`);
    // High contrast: the portal's colours follow the theme.
    if (width === 360) await page.getByRole('button', { name: 'Affichage' }).click();
    await page.getByRole('button', { name: 'Contraste élevé' }).click();
    await page.getByRole('button', { name: 'Notes' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.contrast), 'high');
    assert.deepEqual(await axe(page), [], `high contrast at ${width}`);
    await shot(page, `portail-contraste-${width}`);
    assert.deepEqual(page.problems, []);
  }
});

test("the portal's world file: an advisor's mistake is shown once, at its line, on the check page and in the missions", async () => {
  const dir = copyOfDist();
  const file = join(dir, 'exercises', 'scolarite', 'portail.toml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.indexOf('id = "inaya-poesie"') + 1; // the next line: child = "inaya"
  lines[at] = 'child = "lina"';
  writeFileSync(file, lines.join('\n'));
  const broken = await serve(dir);
  try {
    const page = await openPage(env.browser, broken.origin);
    await goto(page, broken.url + '#/animateur/verifier');
    await page.getByText('1 problème à corriger.', { exact: false }).waitFor();
    const card = page.locator('.problem-card');
    const text = await card.allTextContents();
    assert.ok(text.some((t) => t.includes(`scolarite/portail.toml, ligne ${at + 1}`) && t.includes('lina')), text.join('\n'));
    // A mission that reads the world says so instead of opening.
    await goto(page, broken.url + '#/m/scolarite/cours-annule');
    assert.equal(await page.locator('h1').innerText(), "Cet exercice ne peut pas s'ouvrir");
    assert.deepEqual(page.problems.filter((p) => p.startsWith('request off origin')), []);
  } finally {
    broken.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
