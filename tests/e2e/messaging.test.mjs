// Kozé, the messaging app of « Échanger avec mes proches » (atelier-messagerie.html).
// Each mission is opened from the home page and completed by keyboard alone at
// 360, 1280 and 1920 px, with axe-core on every screen; wrong moves are said,
// and the hint comes after two of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, ready, axe, shot, tabTo, seedOnce } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function axeClean(page, what) {
  assert.deepEqual(await axe(page), [], what);
}

/** From the home page, by keyboard: the module's card, then the exercise. */
async function openFromHome(page, id) {
  await page.goto(env.server.url);
  await ready(page);
  await tabTo(page, () => document.activeElement?.getAttribute('href') === '#/m/echanger');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/m\/echanger$/);
  await ready(page);
  await tabTo(page, (i) => document.activeElement?.getAttribute('href') === `atelier-messagerie.html#/m/echanger/${i}`, id);
  await page.keyboard.press('Enter');
  await page.waitForURL(/atelier-messagerie\.html#\/m\/echanger\//, { timeout: 15000 });
  await ready(page);
  await page.locator('.kz').waitFor();
}

/** Opens a mission by its address (for the wrong paths). */
async function open(page, id) {
  await page.goto(env.server.url + `#/m/echanger/${id}`);
  await page.waitForURL(/atelier-messagerie\.html#\/m\/echanger\//, { timeout: 15000 });
  await ready(page);
  await page.locator('.kz').waitFor();
}

async function focusOn(page, id) {
  await page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 3000 });
}

/** Tabs to the element `id` and presses `key`. */
async function press(page, id, key = 'Enter') {
  await tabTo(page, (i) => document.activeElement?.id === i, id);
  await page.keyboard.press(key);
}

/** Tabs to the conversation named `name` in the list, and opens it. */
async function openChat(page, name) {
  await tabTo(page, (n) => document.activeElement?.querySelector?.('.kz-row-name')?.textContent === n, name);
  await page.keyboard.press('Enter');
  await focusOn(page, 'kz-screen-title');
  assert.equal(await page.locator('#kz-screen-title').innerText(), name);
}

async function pressButton(page, text) {
  await tabTo(page, (t) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === t, text);
  await page.keyboard.press('Enter');
}

async function check(page) {
  await pressButton(page, 'Vérifier');
  await page.locator('#result-title').waitFor();
  return page.locator('#result-title').innerText();
}

const said = (page) => page.locator('.kz-said p').innerText();

/** "Vérifier": every goal reached, explained, and the debrief read aloud. */
async function allReached(page, ex, what, w) {
  const goals = tablesOf(ex, 'goals');
  assert.equal(await check(page), `${goals.length} sur ${goals.length}`, what);
  assert.equal(await page.locator('.mission .feedback.right').count(), goals.length);
  await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
  assert.ok((await page.locator('.debrief').innerText()).includes(ex.top['debrief.fr']));
  assert.equal(await page.locator('.debrief button').count(), 1, 'the debrief is read aloud');
  assert.equal(await page.locator('.kz-frame button').first().isDisabled(), true, 'the app is frozen after checking');
  await axeClean(page, `${what} checked`);
  await shot(page, `echanger-koze-${what}-checked-${w}`);
}

for (const size of WIDTHS) {
  const w = size.width;

  test(`koze-tatie at ${w} px: a reply and a voice message to Tatie Josiane, by keyboard`, async () => {
    const ex = readExercise('echanger', 'koze-tatie');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'koze-tatie');
    assert.equal(await page.locator('h1').innerText(), ex.top['title.fr']);
    await page.getByRole('heading', { name: 'Discussions' }).waitFor();
    assert.equal(await page.locator('.kz-row').count(), 6);
    await axeClean(page, 'list');
    await shot(page, `echanger-koze-list-${w}`);
    await openChat(page, 'Tatie Josiane');
    assert.match(await page.locator('.kz-messages').innerText(), /Koman i lé/);
    await press(page, 'kz-reply-1');
    await focusOn(page, 'kz-input');
    assert.match(await page.locator('.kz-replying').innerText(), /Réponse à Tatie Josiane : Tu viens manger avec nous \?/);
    assert.equal(await page.locator('#kz-input').getAttribute('autocomplete'), 'off');
    await page.keyboard.type('Oui, je viens <b>dimanche</b> !');
    await page.keyboard.press('Enter');
    await page.getByText('Envoyé à Tatie Josiane.').waitFor();
    const mine = page.locator('.kz-msg.kz-out').last();
    assert.match(await mine.innerText(), /Oui, je viens <b>dimanche<\/b> !/, 'the learner\'s text is shown as text');
    assert.equal(await mine.locator('b').count(), 0);
    assert.match(await mine.locator('.kz-quote').innerText(), /Tu viens manger avec nous/);
    assert.equal(await page.locator('#kz-input').inputValue(), '');
    await press(page, 'kz-voice');
    await focusOn(page, 'kz-send-voice');
    assert.match(await page.locator('.kz-recording').innerText(), /le micro reste éteint/);
    await axeClean(page, 'recording');
    await shot(page, `echanger-koze-recording-${w}`);
    await page.keyboard.press('Enter');
    await page.locator('.kz-msg.kz-out', { hasText: 'Message vocal de 8 secondes' }).waitFor();
    assert.equal(await page.locator('.mission-hint').count(), 0);
    await axeClean(page, 'conversation');
    await shot(page, `echanger-koze-conversation-${w}`);
    await allReached(page, ex, 'tatie', w);
    assert.deepEqual(page.problems, []);
  });

  test(`koze-photo-bebe at ${w} px: the baby's photo to the family group, by keyboard`, async () => {
    const ex = readExercise('echanger', 'koze-photo-bebe');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'koze-photo-bebe');
    await openChat(page, 'Famille Hoarau');
    assert.match(await page.locator('.kz-members').innerText(), /Tatie Josiane, Marie Hoarau, Kévin Hoarau, Dylan Hoarau, et vous/);
    await press(page, 'kz-photo');
    await focusOn(page, 'kz-screen-title');
    assert.equal(await page.locator('#kz-screen-title').innerText(), 'Galerie');
    assert.equal(await page.locator('.kz-pick').count(), 4);
    assert.equal(await page.getByRole('button', { name: 'Ma carte Vitale' }).count(), 1);
    await axeClean(page, 'gallery');
    await shot(page, `echanger-koze-gallery-${w}`);
    await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Le bébé Noah qui dort');
    await page.keyboard.press('Enter');
    await focusOn(page, 'kz-screen-title');
    assert.equal(await page.locator('#kz-screen-title').innerText(), 'Famille Hoarau');
    await page.locator('.kz-msg.kz-out', { hasText: 'Photo : Le bébé Noah qui dort' }).waitFor();
    assert.equal(await said(page), 'Envoyé à Famille Hoarau.');
    await allReached(page, ex, 'photo', w);
    assert.deepEqual(page.problems, []);
  });

  test(`koze-groupe-mariage at ${w} px: a group with Anli and Ahmed, then leave the sale's group, by keyboard`, async () => {
    const ex = readExercise('echanger', 'koze-groupe-mariage');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'koze-groupe-mariage');
    await press(page, 'kz-new-group');
    await focusOn(page, 'kz-screen-title');
    // Nothing typed yet: said kindly, not a wrong move.
    await press(page, 'kz-create');
    await page.getByText('Écrivez un nom pour le groupe.').waitFor();
    await focusOn(page, 'kz-group-name');
    assert.equal(await page.locator('#kz-group-name').getAttribute('autocomplete'), 'off');
    await page.keyboard.type('Mariage de Fatima');
    await press(page, 'kz-member-anli', 'Space');
    await press(page, 'kz-member-ahmed', 'Space');
    assert.equal(await page.locator('#kz-member-fatima').isChecked(), false);
    await axeClean(page, 'new group');
    await shot(page, `echanger-koze-new-group-${w}`);
    await press(page, 'kz-create');
    await focusOn(page, 'kz-screen-title');
    assert.equal(await page.locator('#kz-screen-title').innerText(), 'Mariage de Fatima');
    assert.equal(await said(page), 'Groupe « Mariage de Fatima » créé.');
    await press(page, 'kz-back');
    await focusOn(page, 'kz-screen-title');
    assert.equal(await page.locator('.kz-row-name').first().innerText(), 'Mariage de Fatima', 'the new group comes first');
    await openChat(page, 'Vide-grenier Kourou');
    assert.match(await page.locator('.kz-messages').innerText(), /Obrigada, até logo/);
    await press(page, 'kz-leave');
    await page.getByText('Vous avez quitté le groupe « Vide-grenier Kourou ».').waitFor();
    assert.equal(await page.locator('#kz-input').count(), 0, 'no writing in a group one has left');
    assert.equal(await page.locator('.mission-hint').count(), 0);
    await allReached(page, ex, 'group', w);
    assert.deepEqual(page.problems, []);
  });

  test(`koze-numero-inconnu at ${w} px: block and report the unknown number, by keyboard`, async () => {
    const ex = readExercise('echanger', 'koze-numero-inconnu');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'koze-numero-inconnu');
    await openChat(page, '+33 7 56 21 48 90');
    assert.match(await page.locator('.kz-unknown').innerText(), /Ce numéro n'est pas dans vos contacts/);
    assert.match(await page.locator('.kz-messages').innerText(), /Coucou maman, j'ai changé de numéro/);
    await axeClean(page, 'unknown');
    await shot(page, `echanger-koze-unknown-${w}`);
    await press(page, 'kz-block');
    await page.getByText('Numéro bloqué.', { exact: false }).waitFor();
    await focusOn(page, 'kz-block');
    assert.equal(await page.locator('#kz-block').innerText(), 'Débloquer');
    assert.equal(await page.locator('#kz-input').count(), 0, 'a blocked number cannot be written to');
    await press(page, 'kz-report');
    await page.getByText('Kozé reçoit ses 5 derniers messages.', { exact: false }).waitFor();
    assert.equal(await page.locator('#kz-report').innerText(), 'Numéro signalé');
    await allReached(page, ex, 'unknown', w);
    assert.deepEqual(page.problems, []);
  });
}

test('koze-tatie: writing to Marie instead is said, and the hint comes after two wrong moves', async () => {
  const ex = readExercise('echanger', 'koze-tatie');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await open(page, 'koze-tatie');
  await page.getByRole('button', { name: /Marie Hoarau/ }).click();
  await page.getByLabel('Votre message').fill('Oui, je viens !');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  assert.match(await said(page), /Ce message est parti à Marie Hoarau\./);
  assert.equal(await page.locator('.kz-said-wrong').count(), 1);
  assert.equal(await page.locator('.kz-said button').count(), 1, 'what was said can be read aloud');
  assert.equal(await page.locator('.mission-hint').count(), 0, 'one wrong move: no hint yet');
  await page.getByRole('button', { name: 'Message vocal' }).click();
  await page.getByRole('button', { name: 'Envoyer le message vocal' }).click();
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  assert.equal(await page.locator('.mission-hint button').count(), 1, 'the hint is read aloud');
  await axeClean(page, 'tatie hint');
  await shot(page, 'echanger-koze-hint-360');
  assert.equal(await check(page), `0 sur ${tablesOf(ex, 'goals').length}`);
  for (const g of tablesOf(ex, 'goals')) {
    const fb = page.locator('.mission li', { hasText: g['text.fr'] }).locator('.feedback.missed');
    assert.ok((await fb.innerText()).includes(g['explanation.fr']), g.id);
  }
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByRole('heading', { name: 'Discussions' }).waitFor();
  assert.equal(await page.locator('.mission-hint').count(), 0, 'a new attempt starts afresh');
  assert.deepEqual(page.problems, []);
});

test('koze-photo-bebe: the carte Vitale sent is explained and the goal is lost', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'koze-photo-bebe');
  await page.getByRole('button', { name: /Famille Hoarau/ }).click();
  await page.getByRole('button', { name: 'Photo', exact: true }).click();
  await page.getByRole('button', { name: 'Ma carte Vitale' }).click();
  assert.match(await said(page), /La photo de votre carte Vitale est partie\./);
  await page.getByRole('button', { name: 'Photo', exact: true }).click();
  await page.getByRole('button', { name: "La plage de l'Étang-Salé" }).click();
  assert.match(await said(page), /Ce n'est pas la photo demandée/);
  await page.locator('.mission-hint').waitFor();
  await page.getByRole('button', { name: 'Photo', exact: true }).click();
  await page.getByRole('button', { name: 'Le bébé Noah qui dort' }).click();
  assert.equal(await check(page), '2 sur 3');
  const ex = readExercise('echanger', 'koze-photo-bebe');
  const kept = tablesOf(ex, 'goals').find((g) => g.id === 'private-kept');
  const fb = page.locator('.mission li', { hasText: kept['text.fr'] }).locator('.feedback.missed');
  assert.ok((await fb.innerText()).includes(kept['explanation.fr']));
  await axeClean(page, 'photo wrong checked');
  assert.deepEqual(page.problems, []);
});

test('koze-groupe-mariage: Fatima in her own surprise group and leaving the family group are wrong moves', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'koze-groupe-mariage');
  await page.getByRole('button', { name: 'Nouveau groupe' }).click();
  await page.getByLabel('Nom du groupe').fill('Mariage de Fatima');
  for (const name of ['Anli Combo', 'Ahmed Saïd', 'Fatima Madi']) await page.getByLabel(name).check();
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  assert.match(await said(page), /Vous avez ajouté Fatima Madi, que la mission ne demandait pas\./);
  await page.getByRole('button', { name: 'Retour aux discussions' }).click();
  await page.getByRole('button', { name: /Famille Hoarau/ }).click();
  await page.getByRole('button', { name: 'Quitter le groupe' }).click();
  assert.match(await said(page), /Ce n'est pas le groupe de la mission\./);
  await page.locator('.mission-hint').waitFor();
  assert.equal(await check(page), '0 sur 2');
  assert.deepEqual(page.problems, []);
});

test('koze-numero-inconnu: answering the unknown number twice brings the hint', async () => {
  const ex = readExercise('echanger', 'koze-numero-inconnu');
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'koze-numero-inconnu');
  await page.getByRole('button', { name: /\+33 7 56 21 48 90/ }).click();
  await page.getByRole('button', { name: 'Répondre' }).first().click();
  await page.getByLabel('Votre message').fill("C'est qui ?");
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  assert.match(await said(page), /Vous avez écrit au numéro inconnu\./);
  await page.getByLabel('Votre message').fill('Dylan ?');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  await page.getByRole('button', { name: 'Bloquer' }).click();
  await page.getByRole('button', { name: 'Signaler' }).click();
  assert.equal(await check(page), '2 sur 3');
  assert.deepEqual(page.problems, []);
});

test('Kozé speaks English, and stays axe-clean in high contrast with the largest text at 360 px', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'koze-tatie');
  await pressButton(page, 'English');
  await page.getByRole('heading', { name: 'Chats' }).waitFor();
  await page.getByRole('button', { name: /Hoarau family/ }).click();
  assert.match(await page.locator('.kz-messages').innerText(), /Grandma wants to see the baby!/);
  assert.equal(await page.getByRole('button', { name: 'Reply' }).count(), 2);
  await page.getByRole('button', { name: 'Photo', exact: true }).click();
  await page.getByRole('button', { name: 'Baby Noah asleep' }).waitFor();
  await axeClean(page, 'gallery in English');

  const settings = JSON.stringify({ schema: 2, lang: 'fr', text_size: 3, high_contrast: true });
  const hc = await openPage(env.browser, env.server.origin, {
    width: 360,
    height: 740,
    init: seedOnce({ 'pas-a-pas.settings': settings }),
  });
  await open(hc, 'koze-numero-inconnu');
  assert.equal(await hc.evaluate(() => document.documentElement.dataset.contrast), 'high');
  const noSideScroll = async (what) =>
    assert.ok(await hc.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${what}: nothing wider than the phone`);
  await noSideScroll('list');
  await axeClean(hc, 'list high contrast');
  await hc.getByRole('button', { name: /\+33 7 56 21 48 90/ }).click();
  await noSideScroll('unknown');
  await axeClean(hc, 'unknown high contrast');
  await shot(hc, 'echanger-koze-contrast-360');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(hc.problems, []);
});
