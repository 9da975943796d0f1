// The phone with contacts and a video call (module « Échanger avec mes proches »,
// atelier-telephone.html): each mission opened from the home page and completed
// by keyboard alone at 360, 1280 and 1920 px, axe-clean on every screen; wrong
// paths show the hint after two wrong moves; English and high contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, ready, axe, shot, seedOnce } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Reaches the button named `name` (its text without the aria-hidden icons) by keyboard and presses Enter. */
async function press(page, name, back = false) {
  const named = (n) => {
    const el = document.activeElement;
    if (!el || el.tagName !== 'BUTTON') return false;
    const copy = el.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim() === n;
  };
  await tabUntil(page, named, name, back);
  await page.keyboard.press('Enter');
}

/** Tab (or Shift+Tab) until `predicate(arg)` holds in the page. */
async function tabUntil(page, predicate, arg, back = false) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`could not reach ${JSON.stringify(arg)} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

async function titleIs(page, text) {
  await page.waitForFunction(
    (t) => document.activeElement?.id === 'pc-screen-title' && document.activeElement.textContent.trim() === t,
    text,
    { timeout: 10000 },
  );
}

async function axeClean(page, what) {
  assert.deepEqual(await axe(page), [], what);
}

/** From the home page, by keyboard: the module's card, then the exercise's link. */
async function openFromHome(page, id) {
  await page.goto(env.server.url);
  await ready(page);
  await tabUntil(page, () => document.activeElement?.getAttribute('href') === '#/m/echanger');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/m\/echanger$/);
  await ready(page);
  await tabUntil(page, (h) => document.activeElement?.getAttribute('href') === h, `atelier-telephone.html#/m/echanger/${id}`);
  await page.keyboard.press('Enter');
  await page.waitForURL(/atelier-telephone\.html#\/m\/echanger\//, { timeout: 15000 });
  await ready(page);
  await page.locator('.sim.pc').waitFor();
}

async function open(page, id) {
  await page.goto(env.server.url + `#/m/echanger/${id}`);
  await page.waitForURL(/atelier-telephone\.html#\/m\/echanger\//, { timeout: 15000 });
  await ready(page);
  await page.locator('.sim.pc').waitFor();
}

async function check(page) {
  await press(page, 'Vérifier');
  await page.locator('#result-title').waitFor();
  return page.locator('#result-title').innerText();
}

const said = (page) => page.locator('.pc-said p').first().innerText();

async function type(page, id, text) {
  await tabUntil(page, (i) => document.activeElement?.id === i, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

for (const size of WIDTHS) {
  const w = size.width;

  test(`add a contact at ${w} px: from the home page, keyboard alone`, async () => {
    const ex = readExercise('echanger', 'ajouter-contact');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'ajouter-contact');
    assert.equal(await page.locator('h1').innerText(), ex.top['title.fr']);
    assert.match(await page.locator('.pc-note').innerText(), /0639 21 43 65/);
    await axeClean(page, 'home screen');
    await shot(page, `phone-call-home-${w}`);
    await press(page, 'Contacts');
    await titleIs(page, 'Contacts');
    await press(page, 'Ajouter un contact');
    await titleIs(page, 'Nouveau contact');
    assert.equal(await page.locator('#pc-number').getAttribute('autocomplete'), 'off');
    assert.equal(await page.locator('#pc-name').getAttribute('autocomplete'), 'off');
    await type(page, 'pc-name', 'Tonton Anli');
    await type(page, 'pc-number', '+262 639 21 43 65');
    await axeClean(page, 'new contact');
    await shot(page, `phone-call-form-${w}`);
    await page.keyboard.press('Enter');
    await titleIs(page, 'Contacts');
    assert.equal(await said(page), 'Tonton Anli est enregistré. Le téléphone reconnaît un numéro : Mayotte.');
    assert.match(await page.locator('.pc-list').innerText(), /Tonton Anli\n\+262 639 21 43 65\nMayotte/);
    await axeClean(page, 'contacts');
    await press(page, 'Appeler Tonton Anli');
    await titleIs(page, 'En appel avec Tonton Anli');
    await press(page, 'Raccrocher');
    await titleIs(page, 'Appels');
    assert.match(await page.locator('.pc-list').innerText(), /Tonton Anli\nAppel passé · 18:00/);
    assert.equal(await page.locator('.mission-hint').count(), 0);
    const goals = tablesOf(ex, 'goals');
    assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
    assert.equal(await page.locator('.mission .feedback.right').count(), goals.length);
    await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
    await axeClean(page, 'contact checked');
    await shot(page, `phone-call-contact-checked-${w}`);
    assert.deepEqual(page.problems, []);
  });

  test(`answer Grandma's video call at ${w} px: the camera and the microphone while in use, then call back`, async () => {
    const ex = readExercise('echanger', 'appel-video-mamie');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'appel-video-mamie');
    assert.equal(await page.locator('.pc-caller').innerText(), 'Mamie');
    await axeClean(page, 'incoming');
    await shot(page, `phone-call-incoming-${w}`);
    await press(page, 'Répondre');
    await titleIs(page, 'Autoriser Kozé à prendre des photos et à filmer des vidéos ?');
    // Android's choices, and no "always".
    assert.deepEqual(await page.locator('.pc-choice').allInnerTexts(), [
      "Pendant l'utilisation de l'appli",
      'Uniquement cette fois-ci',
      'Ne pas autoriser',
    ]);
    await axeClean(page, 'camera dialog');
    await shot(page, `phone-call-dialog-${w}`);
    await press(page, "Pendant l'utilisation de l'appli");
    await titleIs(page, 'Autoriser Kozé à enregistrer du son ?');
    await press(page, 'Uniquement cette fois-ci');
    await titleIs(page, 'Appel vidéo avec Mamie');
    assert.equal(await page.locator('.pc-heard').innerText(), ex.top['says.fr']);
    await axeClean(page, 'video call');
    await shot(page, `phone-call-video-${w}`);
    await press(page, 'Raccrocher');
    await titleIs(page, 'Appels');
    assert.match(await page.locator('.pc-list').innerText(), /Mamie\nAppel vidéo reçu · 17:00/);
    // Later: the clock moves on, then "Rappeler".
    await press(page, 'Attendre 1 heure');
    assert.equal(await said(page), '1 heure plus tard. Il est 18:05 ici.');
    assert.match(await page.locator('.pc-status').innerText(), /Cayenne · 18:05/);
    await press(page, 'Rappeler Mamie en vidéo', true);
    // "Only this time" is asked again; "while using the app" is kept.
    await titleIs(page, 'Autoriser Kozé à enregistrer du son ?');
    await press(page, "Pendant l'utilisation de l'appli");
    await titleIs(page, 'Appel vidéo avec Mamie');
    await press(page, 'Raccrocher');
    await titleIs(page, 'Appels');
    assert.equal(await page.locator('.mission-hint').count(), 0);
    const goals = tablesOf(ex, 'goals');
    assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
    assert.equal(await page.locator('.mission .feedback.right').count(), goals.length);
    await axeClean(page, 'video checked');
    assert.deepEqual(page.problems, []);
  });

  test(`call Nadia at a good time at ${w} px: the clock computes the time in Montpellier`, async () => {
    const ex = readExercise('echanger', 'bonne-heure');
    const page = await openPage(env.browser, env.server.origin, size);
    await openFromHome(page, 'bonne-heure');
    await press(page, 'Horloge');
    await titleIs(page, 'Horloge');
    assert.equal(await page.locator('.pc-here').innerText(), 'Ici, à Mamoudzou : 07:30');
    const rows = await page.locator('.pc-clock-row').allInnerTexts();
    assert.match(rows[0], /Montpellier, Hexagone\n+Nadia Ahmed Saïd\n+06:30\n+1 heure de moins qu'ici · heure d'été/);
    assert.match(rows[1], /Saint-Denis, La Réunion[\s\S]*08:30\n+1 heure de plus qu'ici/);
    assert.match(rows[2], /Kourou, Guyane[\s\S]*01:30\n+6 heures de moins qu'ici/);
    await axeClean(page, 'clock');
    await shot(page, `phone-call-clock-${w}`);
    for (let i = 0; i < 3; i++) await press(page, 'Attendre 1 heure');
    assert.equal(await said(page), '1 heure plus tard. Il est 10:30 ici.');
    assert.match(await page.locator('.pc-clock-row').first().innerText(), /09:30/);
    await press(page, 'Retour', true);
    await titleIs(page, "Écran d'accueil");
    await press(page, 'Contacts');
    await titleIs(page, 'Contacts');
    await press(page, 'Appeler Nadia Ahmed Saïd');
    await titleIs(page, 'En appel avec Nadia Ahmed Saïd');
    assert.equal(await said(page), ex.top['good_time.fr'].replace('{time}', '09:30'));
    await axeClean(page, 'call');
    await shot(page, `phone-call-call-${w}`);
    await press(page, 'Raccrocher');
    const goals = tablesOf(ex, 'goals');
    assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
    await axeClean(page, 'good time checked');
    await shot(page, `phone-call-time-checked-${w}`);
    assert.deepEqual(page.problems, []);
  });
}

test('add a contact: two numbers refused by the phone rules bring the hint', async () => {
  const ex = readExercise('echanger', 'ajouter-contact');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await open(page, 'ajouter-contact');
  await press(page, 'Contacts');
  await press(page, 'Ajouter un contact');
  await titleIs(page, 'Nouveau contact');
  await type(page, 'pc-name', 'Tonton Anli');
  await type(page, 'pc-number', '639 21 43 65');
  await page.keyboard.press('Enter');
  assert.equal(await said(page), 'Un numéro commence par 0, ou par + et l\'indicatif, comme +262.');
  assert.equal(await page.locator('.mission-hint').count(), 0, 'one wrong move: no hint yet');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('+33 639 21 43 65');
  await page.keyboard.press('Enter');
  assert.equal(await said(page), 'Pour ce numéro, l\'indicatif est +262. Écrivez +262, ou commencez par 0.');
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  await axeClean(page, 'contact hint');
  await shot(page, 'phone-call-hint-360');
  assert.equal(await check(page), '0 sur 2');
  const goal = tablesOf(ex, 'goals')[0];
  const missed = page.locator('.mission li', { hasText: goal['text.fr'] }).locator('.feedback.missed');
  assert.ok((await missed.innerText()).includes(goal['explanation.fr']));
  assert.equal(await page.locator('#pc-number').isDisabled(), true, 'the phone is frozen after checking');
  assert.deepEqual(page.problems, []);
});

test('video call: declining, then refusing the camera, brings the hint; Grandma sees nothing', async () => {
  const ex = readExercise('echanger', 'appel-video-mamie');
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
  await open(page, 'appel-video-mamie');
  await press(page, 'Refuser');
  await titleIs(page, 'Appels');
  assert.match(await said(page), /Vous avez refusé l'appel/);
  assert.match(await page.locator('.pc-list').innerText(), /Appel vidéo refusé/);
  await press(page, 'Rappeler Mamie en vidéo');
  await titleIs(page, 'Autoriser Kozé à prendre des photos et à filmer des vidéos ?');
  await press(page, 'Ne pas autoriser');
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  await press(page, "Pendant l'utilisation de l'appli");
  await titleIs(page, 'Appel vidéo avec Mamie');
  assert.match(await page.locator('.pc-heard').innerText(), /l'écran est noir : la caméra est refusée/);
  await axeClean(page, 'video hint');
  await shot(page, 'phone-call-video-hint-1280');
  assert.equal(await check(page), '0 sur 3');
  assert.deepEqual(page.problems, []);
});

test('good time: calling Nadia at 6:30 her time twice brings the hint', async () => {
  const ex = readExercise('echanger', 'bonne-heure');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await open(page, 'bonne-heure');
  for (let i = 0; i < 2; i++) {
    if (i === 0) await press(page, 'Contacts');
    await titleIs(page, 'Contacts');
    await press(page, 'Appeler Nadia Ahmed Saïd');
    await titleIs(page, 'En appel avec Nadia Ahmed Saïd');
    assert.equal(await said(page), ex.top['bad_time.fr'].replace('{time}', i === 0 ? '06:30' : '06:35'));
    await press(page, 'Raccrocher');
    await titleIs(page, 'Appels');
    if (i === 0) {
      assert.equal(await page.locator('.mission-hint').count(), 0);
      await press(page, 'Retour', true);
      await press(page, 'Contacts');
    }
  }
  await page.locator('.mission-hint').waitFor();
  await axeClean(page, 'time hint');
  assert.equal(await check(page), '0 sur 2');
  assert.deepEqual(page.problems, []);
});

test('the phone speaks English too, and stays axe-clean in high contrast at 360 px', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'bonne-heure');
  await press(page, 'English');
  await page.getByRole('heading', { name: 'Home screen' }).waitFor();
  await press(page, 'Clock');
  await titleIs(page, 'Clock');
  assert.match(await page.locator('.pc-clock-row').first().innerText(), /Montpellier, Mainland France[\s\S]*1 hour behind here · summer time/);
  await axeClean(page, 'clock in English');
  const settings = JSON.stringify({ lang: 'fr', text_size: 3, high_contrast: true });
  const hc = await openPage(env.browser, env.server.origin, {
    width: 360,
    height: 740,
    init: seedOnce({ 'pas-a-pas.settings': settings }),
  });
  await open(hc, 'appel-video-mamie');
  assert.equal(await hc.evaluate(() => document.documentElement.dataset.contrast), 'high');
  await axeClean(hc, 'incoming high contrast');
  await press(hc, 'Répondre');
  await titleIs(hc, 'Autoriser Kozé à prendre des photos et à filmer des vidéos ?');
  assert.ok(await hc.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the phone');
  await axeClean(hc, 'dialog high contrast');
  await shot(hc, 'phone-call-contrast-360');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(hc.problems, []);
});
