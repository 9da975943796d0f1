// « Protéger mes données », passwords and two-step login: the passphrase
// meter (its own program, atelier-mot-de-passe.html) and the two-step login
// with the scam call (atelier-vie-privee.html), each completed by keyboard
// alone from the learners' app, wrong moves explained, axe clean at 360 px
// and 1280 px, and the typed password never written to storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, goto, axe, shot, tabTo, root } from './helpers.mjs';

const env = useServerAndBrowser();

/** Top-level `key = "value"` lines and `[[a.b]]` tables of an exercise file. */
function readFile(id) {
  const text = readFileSync(join(root, 'exercises', 'vie-privee', `${id}.toml`), 'utf8');
  const out = { top: {}, tables: [] };
  let current = out.top;
  for (const line of text.split('\n')) {
    const header = line.match(/^\[\[([\w.]+)\]\]\s*$/);
    if (header) {
      current = { table: header[1] };
      out.tables.push(current);
      continue;
    }
    const kv = line.match(/^([\w.]+)\s*=\s*(".*"|true|false|\d+)\s*$/);
    if (kv) current[kv[1]] = kv[2].startsWith('"') ? JSON.parse(kv[2]) : kv[2];
  }
  return out;
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id);
const axeClean = async (page, what) => assert.deepEqual(await axe(page), [], what);

/** Every value of local and session storage, as one text. */
const storage = (page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage].map((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n')).join('\n'),
  );

async function checkByKeyboard(page) {
  await tabTo(page, () => document.activeElement.textContent === 'Vérifier');
  await page.keyboard.press('Enter');
  await page.locator('#result-title').waitFor();
  return page.locator('#result-title').innerText();
}

const meterText = (page) => page.locator('#pw-meter').innerText();

test('passphrase: from the learners\' app, by keyboard, weak then very strong, never stored', async () => {
  const ex = readFile('phrase-de-passe');
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + 'index.html#/m/vie-privee/phrase-de-passe');
  assert.match(page.url(), /atelier-mot-de-passe\.html#\/m\/vie-privee\/phrase-de-passe$/, 'lands in its own program');
  await page.locator('#pw-input').waitFor();
  await axeClean(page, 'passphrase, empty');
  // Nothing typed: "Vérifier" asks for an answer first.
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await page.getByText("Répondez d'abord.", { exact: false }).waitFor();

  await tabTo(page, () => document.activeElement.id === 'pw-input');
  // Dots, like a real password field, but never a type=password field the real browser would offer to save.
  const masked = async () => /\bmasked\b/.test((await page.locator('#pw-input').getAttribute('class')) ?? '');
  assert.equal(await page.getByRole('textbox', { name: 'Nouveau mot de passe' }).getAttribute('type'), 'text');
  assert.ok(await masked(), 'shown as dots');
  // From here on, nothing typed may leave the page: no request at all.
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  await page.keyboard.type('Soleil974');
  let meter = await meterText(page);
  assert.match(meter, /Solidité : très faible \(1 sur 5\)/, meter);
  assert.match(meter, /Un pirate le trouve tout de suite\./, meter);
  assert.match(meter, /Temps pour le deviner : 1 seconde\./, meter);
  assert.match(meter, /parmi les mots de passe les plus courants en France et outre-mer/, meter);
  assert.match(meter, /Mettez plusieurs mots sans lien entre eux/, meter);
  await shot(page, 'passphrase-weak-1280');

  // 3 common words are not at the top (CNIL: length first).
  await page.keyboard.press('Control+A');
  await page.keyboard.type('soleil maison amour');
  meter = await meterText(page);
  assert.match(meter, /Solidité : moyen \(3 sur 5\)/, meter);
  assert.match(meter, /Ajoutez des mots : la longueur compte le plus\./, meter);

  // The hint's example, 5 unrelated words: at the top.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('manguier-pirogue-cartable-vanille-tortue');
  meter = await meterText(page);
  assert.match(meter, /Solidité : très solide \(5 sur 5\)/, meter);
  assert.match(meter, /Gardez-le pour un seul compte\./, meter);
  assert.match(meter, /plus de 100 ans/, meter);
  assert.match(meter, /5 mots, 40 caractères/, meter);
  assert.equal(await page.locator('.pw-bar span.on').count(), 5);
  assert.deepEqual(requests, [], 'typing sends nothing');

  // Show, look, hide again: by keyboard.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Afficher le mot de passe');
  await page.keyboard.press('Enter');
  assert.ok(!(await masked()), 'shown in clear');
  await page.getByText('Le mot de passe se voit à l\'écran.', { exact: false }).waitFor();
  await axeClean(page, 'passphrase, shown');
  await shot(page, 'passphrase-shown-1280');
  await page.keyboard.press('Enter');
  assert.ok(await masked(), 'dots again');

  for (const secret of ['manguier', 'Soleil974', 'maison amour']) {
    assert.ok(!(await storage(page)).includes(secret), `${secret} is not in storage while typing`);
  }
  assert.equal(await checkByKeyboard(page), '3 sur 3');
  for (const g of ex.tables.filter((t) => t.table === 'goals')) {
    await page.getByText(g['explanation.fr']).waitFor();
  }
  await page.getByText(ex.top['debrief.fr']).waitFor();
  const stored = await storage(page);
  assert.ok(stored.includes('phrase-de-passe'), 'the result is recorded');
  for (const secret of ['manguier', 'pirogue', 'Soleil974']) {
    assert.ok(!stored.includes(secret), `${secret} is not in storage after "Vérifier"`);
  }
  await axeClean(page, 'passphrase, checked');
  await shot(page, 'passphrase-checked-1280');
  assert.deepEqual(page.problems, []);
});

test('passphrase at 360 px: long but weak passwords bring the hint; a missed goal is explained', async () => {
  const ex = readFile('phrase-de-passe');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await goto(page, env.server.url + '#/m/vie-privee/phrase-de-passe');
  await page.locator('#pw-input').waitFor();
  await axeClean(page, 'passphrase 360, empty');
  await tabTo(page, () => document.activeElement.id === 'pw-input');
  await page.keyboard.type('soleilsoleil');
  assert.match(await meterText(page), /très faible \(1 sur 5\)/);
  assert.match(await meterText(page), /Répéter le même morceau n'aide presque pas/);
  assert.match(await meterText(page), /Évitez les répétitions et les suites/);
  assert.equal(await page.locator('.mission-hint').count(), 0, 'no hint after one wrong move');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('azertyazerty');
  await page.locator('.mission-hint').getByText(ex.top['hint.fr']).waitFor();
  await axeClean(page, 'passphrase 360, hint');
  await shot(page, 'passphrase-hint-360');
  assert.equal(await checkByKeyboard(page), '2 sur 3');
  const missed = ex.tables.find((t) => t.id === 'very-strong-phrase');
  await page.locator('.mission .feedback').getByText(missed['explanation.fr']).waitFor();
  await axeClean(page, 'passphrase 360, checked');
  await shot(page, 'passphrase-checked-360');
  assert.ok(!(await storage(page)).includes('azerty'));
  // High contrast: the meter's words stay readable.
  await page.getByRole('button', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.contrast === 'high');
  await axeClean(page, 'passphrase 360, high contrast');
  await shot(page, 'passphrase-contrast-360');
  assert.deepEqual(page.problems, []);
});

/** Logs in: password (after a wrong one), then the code read on the phone. */
async function login(page, ex) {
  await tabTo(page, () => document.activeElement.id === 'ts-password');
  await page.keyboard.type('Soleil974');
  await page.keyboard.press('Enter');
  await page.getByText(ex.top['wrong_password.fr']).waitFor();
  await page.locator('#ts-password').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(ex.top.password);
  await page.keyboard.press('Enter');
  await page.locator('#ts-code').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'ts-code');
}

const lastCode = async (page) => (await page.locator('.ts-inbox li').last().innerText()).match(/\b(\d{6})\b/)[1];

test('two-step: from the learners\' app, by keyboard: password, SMS code, scam call, call the bank', async () => {
  const ex = readFile('double-authentification');
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + 'index.html#/m/vie-privee/double-authentification');
  assert.match(page.url(), /atelier-vie-privee\.html#\/m\/vie-privee\/double-authentification$/);
  await page.locator('#ts-password').waitFor();
  await axeClean(page, 'two-step, password');
  await shot(page, 'two-step-start-1280');
  await login(page, ex);
  const code = await lastCode(page);
  assert.equal(code, JSON.parse(readFileSync(join(root, 'exercises/vie-privee/double-authentification.toml'), 'utf8').match(/^codes = (\[.*\])/m)[1])[0]);
  await page.keyboard.type('000000');
  await page.keyboard.press('Enter');
  await page.getByText(ex.top['wrong_code.fr']).waitFor();
  // Two wrong moves: the hint shows.
  await page.locator('.mission-hint').getByText(ex.top['hint.fr']).waitFor();
  await axeClean(page, 'two-step, wrong code');
  await shot(page, 'two-step-wrong-code-1280');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.getByText('Vous êtes connecté.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'ts-pick-up');
  await axeClean(page, 'two-step, ringing');
  await shot(page, 'two-step-ringing-1280');
  await page.keyboard.press('Enter');

  const answers = ex.tables.filter((t) => t.table === 'call.answers');
  const byId = (id) => answers.find((a) => a.id === id);
  // Turn 1: go along; the focus is on the first answer.
  await page.waitForFunction(() => document.activeElement?.id === 'ts-answer-0');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), byId('pas-moi')['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText(byId('pas-moi')['explanation.fr']).waitFor();
  // Turn 2: the code SMS arrives; asking the caller's name is explained as no proof.
  await page.locator('.ts-inbox li').getByText('pour VALIDER le paiement', { exact: false }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'ts-answer-0');
  await tabTo(page, (t) => document.activeElement.textContent === t, byId('demander-son-nom')['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText(byId('demander-son-nom')['explanation.fr']).waitFor();
  await page.waitForFunction((t) => document.activeElement?.textContent === t, byId('demander-son-nom')['text.fr']);
  await axeClean(page, 'two-step, call');
  await shot(page, 'two-step-call-1280');
  await tabTo(page, (t) => document.activeElement.textContent === t, byId('raccrocher')['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText('Qui appelez-vous maintenant ?').waitFor();
  const callbacks = ex.tables.filter((t) => t.table === 'callback');
  const wrong = callbacks.find((c) => !c.correct);
  const right = callbacks.find((c) => c.correct);
  await tabTo(page, (t) => document.activeElement.textContent === t, wrong['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText(wrong['explanation.fr']).waitFor();
  // The focus stays on the answer given (set once the buttons are drawn again).
  await page.waitForFunction((t) => document.activeElement?.textContent === t, wrong['text.fr']);
  await tabTo(page, (t) => document.activeElement.textContent === t, right['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText(right['explanation.fr']).waitFor();
  assert.equal(await checkByKeyboard(page), '3 sur 3');
  await page.getByText(ex.top['debrief.fr']).waitFor();
  await axeClean(page, 'two-step, checked');
  await shot(page, 'two-step-checked-1280');
  // The same screen in English: interface and content.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'The phone' }).waitFor();
  await page.getByText(ex.top['debrief.en']).waitFor();
  await page.getByText(right['explanation.en']).waitFor();
  await axeClean(page, 'two-step, checked, English');
  assert.deepEqual(page.problems, []);
});

test('two-step at 360 px: an expired code, a replaced code, and giving the code are explained', async () => {
  const ex = readFile('double-authentification');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await page.clock.install();
  await goto(page, env.server.url + '#/m/vie-privee/double-authentification');
  await page.locator('#ts-password').waitFor();
  await axeClean(page, 'two-step 360, password');
  await login(page, ex);
  const first = await lastCode(page);
  await page.clock.fastForward('06:00');
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await page.getByText(ex.top['expired_code.fr']).waitFor();
  await tabTo(page, () => document.activeElement.textContent === 'Recevoir un nouveau code');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ts-code');
  assert.equal(await page.locator('.ts-inbox li').count(), 2);
  const second = await lastCode(page);
  assert.notEqual(second, first);
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await page.getByText(ex.top['old_code.fr']).waitFor();
  await axeClean(page, 'two-step 360, old code');
  await shot(page, 'two-step-old-code-360');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(second);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ts-pick-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ts-answer-0');
  await page.keyboard.press('Enter');
  await page.locator('.ts-inbox li').getByText('pour VALIDER le paiement', { exact: false }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'ts-answer-0');
  const give = ex.tables.find((t) => t.id === 'lire-le-code');
  await tabTo(page, (t) => document.activeElement.textContent === t, give['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText(give['explanation.fr']).waitFor();
  await page.waitForFunction((t) => document.activeElement?.textContent === t, give['text.fr']);
  await axeClean(page, 'two-step 360, code given');
  await shot(page, 'two-step-code-given-360');
  const hang = ex.tables.find((t) => t.id === 'raccrocher');
  await tabTo(page, (t) => document.activeElement.textContent === t, hang['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText('Qui appelez-vous maintenant ?').waitFor();
  const right = ex.tables.find((t) => t.table === 'callback' && t.correct);
  await tabTo(page, (t) => document.activeElement.textContent === t, right['text.fr']);
  await page.keyboard.press('Enter');
  await page.getByText(right['explanation.fr']).waitFor();
  // The focus lands (on the next frame) on the answer given or on what follows it.
  await page.waitForFunction(() => /^ts-(callback-\d+|done)$/.test(document.activeElement?.id || ''));
  assert.equal(await checkByKeyboard(page), '2 sur 3');
  const kept = ex.tables.find((t) => t.id === 'kept-code');
  await page.locator('.mission .feedback').getByText(kept['explanation.fr']).waitFor();
  await axeClean(page, 'two-step 360, checked');
  await shot(page, 'two-step-checked-360');
  assert.deepEqual(page.problems, []);
});

test('scam or genuine: the fake carte Vitale e-mail and what to do next, by keyboard, 1280 and 360 px', async () => {
  const mail = readFile('courriel-carte-vitale');
  const clues = mail.tables.filter((t) => t.clue === 'true');
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/vie-privee/courriel-carte-vitale');
  await axeClean(page, 'e-mail, before');
  for (const c of clues) {
    await tabTo(page, (t) => document.activeElement.textContent.trim() === t.trim(), c['text.fr']);
    await page.keyboard.press('Enter');
  }
  assert.equal(await checkByKeyboard(page), `${clues.length} sur ${clues.length}`);
  await axeClean(page, 'e-mail, checked');
  await shot(page, 'scam-email-checked-1280');

  const next = readFile('que-faire-arnaque');
  const options = next.tables;
  await page.setViewportSize({ width: 360, height: 740 });
  await goto(page, env.server.url + '#/m/vie-privee/que-faire-arnaque');
  await axeClean(page, 'what to do, before, 360');
  // One wrong choice among the right ones: explained, and it costs a point.
  const wrong = options.find((o) => o.id === 'repondre-stop');
  for (const o of [...options.filter((o) => o.correct === 'true'), wrong]) {
    await tabTo(page, (id) => document.activeElement.id === id, `option-${o.id}`);
    await page.keyboard.press('Space');
  }
  const right = options.filter((o) => o.correct === 'true').length;
  assert.equal(await checkByKeyboard(page), `${right - 1} sur ${right}`);
  await page.getByText(wrong['explanation.fr']).waitFor();
  await axeClean(page, 'what to do, checked, 360');
  await shot(page, 'scam-what-next-checked-360');
  assert.deepEqual(page.problems, []);
});
