// « Protéger mes données » simulations (atelier-vie-privee.html): a social
// network's privacy settings, phone app permissions, cookie banners. Each is
// opened from the learners' app, completed by keyboard alone at 360 px and
// 1280 px with axe-core on every screen, and a wrong path is explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, ready, axe, shot, tabTo, seedOnce } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const activeId = (page) => page.evaluate(() => document.activeElement?.id || '');

/** Opens a simulation from the learners' app: it lands in the module's program. */
async function open(page, id) {
  await page.goto(env.server.url + `#/m/vie-privee/${id}`);
  await page.waitForURL(/atelier-vie-privee\.html#\/m\/vie-privee\//, { timeout: 15000 });
  await ready(page);
  await page.locator('.sim').waitFor();
}

async function axeClean(page, what) {
  assert.deepEqual(await axe(page), [], what);
}

/** Tabs to the button whose text is `text`, and presses Enter. */
async function pressButton(page, text) {
  await tabTo(page, (t) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === t, text);
  await page.keyboard.press('Enter');
}

/** Waits until the focus is on the element `id`. */
async function focusOn(page, id) {
  await page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 3000 });
}

/** Tabs into the radio group `name`, then arrows until `target` is chosen. */
async function chooseRadio(page, name, target) {
  await tabTo(page, (n) => document.activeElement?.name === n, name);
  for (let i = 0; i < 6 && (await activeId(page)) !== target; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await activeId(page), target);
  assert.equal(await page.locator(`#${target}`).isChecked(), true, target);
}

/** Tabs to a switch and turns it with Space. */
async function flip(page, id) {
  await tabTo(page, (i) => document.activeElement?.id === i, id);
  const before = await page.locator(`#${id}`).isChecked();
  await page.keyboard.press('Space');
  assert.equal(await page.locator(`#${id}`).isChecked(), !before, id);
}

/** "Vérifier" by keyboard; returns the score headline. */
async function check(page) {
  await pressButton(page, 'Vérifier');
  await page.locator('#result-title').waitFor();
  return page.locator('#result-title').innerText();
}

const goalsOf = (ex) => tablesOf(ex, 'goals');

for (const size of WIDTHS) {
  const w = size.width;

  test(`social-settings at ${w} px: keyboard alone, the stranger's preview before and after`, async () => {
    const ex = readExercise('vie-privee', 'reseau-social');
    const page = await openPage(env.browser, env.server.origin, size);
    await open(page, 'reseau-social');
    assert.equal(await page.locator('h1').innerText(), ex.top['title.fr']);
    const preview = page.locator('.sn-preview');
    assert.match(await preview.innerText(), /Il voit aussi 6 informations/);
    assert.match(await preview.innerText(), /0692 45 12 78/);
    assert.equal(await page.locator('.mission-hint').count(), 0);
    await axeClean(page, 'social before');
    await shot(page, `vie-privee-social-before-${w}`);
    await chooseRadio(page, 'sn-posts', 'sn-posts-friends');
    await chooseRadio(page, 'sn-phone', 'sn-phone-only-me');
    await chooseRadio(page, 'sn-email', 'sn-email-only-me');
    await chooseRadio(page, 'sn-findable', 'sn-findable-friends');
    await flip(page, 'sn-location');
    await flip(page, 'sn-tag-review');
    await flip(page, 'sn-ads');
    await page.getByText('Modification enregistrée.').waitFor();
    assert.match(await preview.innerText(), /Rien d'autre\. Vos informations sont protégées\./);
    assert.doesNotMatch(await preview.innerText(), /0692 45 12 78/);
    assert.equal(await page.locator('.mission-hint').count(), 0, 'closing settings is never a wrong move');
    await axeClean(page, 'social set');
    const goals = goalsOf(ex);
    assert.equal(await check(page), `${goals.length} sur ${goals.length}`);
    // After "Vérifier": before and after side by side, each goal explained, the debrief.
    assert.equal(await page.getByRole('heading', { name: 'Avant vos réglages' }).count(), 1);
    assert.match(await page.locator('.sn-preview-col').first().innerText(), /0692 45 12 78/);
    assert.equal(await page.locator('.mission .feedback.right').count(), goals.length);
    await page.getByRole('heading', { name: 'Dans la vraie vie' }).waitFor();
    assert.equal(await page.locator('#sn-posts-public').isDisabled(), true, 'settings frozen after checking');
    await axeClean(page, 'social checked');
    await shot(page, `vie-privee-social-checked-${w}`);
    assert.deepEqual(page.problems, []);
  });

  test(`phone-permissions at ${w} px: keyboard alone, dialogs then the settings`, async () => {
    const ex = readExercise('vie-privee', 'autorisations-telephone');
    const apps = tablesOf(ex, 'apps');
    const asks = tablesOf(ex, 'asks').map((a) => ({ ...a, best: JSON.parse(a.best) }));
    const label = { deny: 'Ne pas autoriser', 'while-using': "Pendant l'utilisation de l'appli", once: 'Uniquement cette fois-ci' };
    const page = await openPage(env.browser, env.server.origin, size);
    await open(page, 'autorisations-telephone');
    await axeClean(page, 'phone store');
    await shot(page, `vie-privee-phone-store-${w}`);
    let shotDialog = false;
    for (const app of apps.filter((a) => !a.installed)) {
      await page.getByRole('heading', { name: app['name.fr'] }).waitFor();
      await pressButton(page, 'Installer');
      const answer = async (ask) => {
        await focusOn(page, 'ph-screen-title');
        const question = await page.locator('#ph-screen-title').innerText();
        assert.ok(question.startsWith(`Autoriser ${app['name.fr']} à`), question);
        if (ask['reason.fr']) assert.ok((await page.locator('.ph-reason').innerText()).includes(ask['reason.fr']));
        if (!shotDialog) {
          await axeClean(page, 'phone dialog');
          await shot(page, `vie-privee-phone-dialog-${w}`);
          shotDialog = true;
        }
        await pressButton(page, label[ask.best[0]]);
      };
      for (const ask of asks.filter((k) => k.app === app.id && k.at === 'install')) await answer(ask);
      await focusOn(page, 'ph-screen-title');
      await pressButton(page, app['action.fr']);
      for (const ask of asks.filter((k) => k.app === app.id && k.at === 'use')) await answer(ask);
      await focusOn(page, 'ph-screen-title');
    }
    // The home screen, then Paramètres → Applications → the old app.
    assert.equal(await page.locator('#ph-screen-title').innerText(), "Écran d'accueil");
    await axeClean(page, 'phone home');
    await pressButton(page, '⚙Paramètres');
    await focusOn(page, 'ph-screen-title');
    await pressButton(page, 'Applications');
    await focusOn(page, 'ph-screen-title');
    await axeClean(page, 'phone apps');
    const old = apps.find((a) => a.installed);
    await pressButton(page, `${old['name.fr'][0]}${old['name.fr']}`);
    await focusOn(page, 'ph-screen-title');
    assert.equal(await page.locator('#ph-screen-title').innerText(), `Autorisations de ${old['name.fr']}`);
    const i = asks.findIndex((k) => k.app === old.id);
    assert.equal(await page.locator(`#ph-${i}-always`).isChecked(), true, 'given earlier');
    await chooseRadio(page, `ph-ask-${i}`, `ph-${i}-deny`);
    await axeClean(page, 'phone permissions');
    await shot(page, `vie-privee-phone-settings-${w}`);
    assert.equal(await page.locator('.mission-hint').count(), 0);
    assert.equal(await check(page), `${apps.length} sur ${apps.length}`);
    // Every permission is explained, each one right.
    assert.equal(await page.locator('.ph-results .feedback.right').count(), asks.length);
    for (const ask of asks) assert.ok((await page.locator('.ph-results').innerText()).includes(ask['explanation.fr']));
    await axeClean(page, 'phone checked');
    await shot(page, `vie-privee-phone-checked-${w}`);
    assert.deepEqual(page.problems, []);
  });

  test(`cookie-banners at ${w} px: keyboard alone, each banner refused`, async () => {
    const ex = readExercise('vie-privee', 'bandeaux-cookies');
    const sites = tablesOf(ex, 'sites');
    const purposes = tablesOf(ex, 'purposes');
    const page = await openPage(env.browser, env.server.origin, size);
    await open(page, 'bandeaux-cookies');
    for (const [n, site] of sites.entries()) {
      assert.equal(await page.locator('.ck-count').innerText(), `Site ${n + 1} sur ${sites.length}`);
      assert.equal((await page.locator('.ck-address').textContent()).replace(/\s+/g, ' ').trim(), `Adresse du site : ${site.address}`);
      await axeClean(page, `banner ${site.id}`);
      await shot(page, `vie-privee-cookies-${site.layout}-${w}`);
      if (site.layout === 'settings') {
        assert.equal(await page.getByRole('button', { name: 'Tout refuser' }).count(), 0, 'no refusal in sight');
        await pressButton(page, site['customise.fr']);
        await focusOn(page, 'ck-panel-title');
        for (const p of purposes) {
          const sw = page.locator(`#ck-${p.id}`);
          if (p.required) {
            assert.equal(await sw.isChecked(), true);
            assert.equal(await sw.isDisabled(), true, 'strictly necessary stays on');
          } else {
            assert.equal(await sw.isChecked(), JSON.parse(site.preset).includes(p.id), `${p.id} preset`);
            if (await sw.isChecked()) await flip(page, `ck-${p.id}`);
          }
        }
        await axeClean(page, 'banner settings open');
        await shot(page, `vie-privee-cookies-panel-${w}`);
        await pressButton(page, site['save.fr']);
      } else {
        await pressButton(page, site['refuse.fr']);
      }
      await page.getByText('Votre choix est enregistré.').waitFor();
      assert.equal(await page.locator('.ck-banner').count(), 0);
      if (n + 1 < sites.length) {
        await focusOn(page, 'ck-next');
        await page.keyboard.press('Enter');
        await focusOn(page, 'ck-banner-title');
      }
    }
    await page.getByText('Vous avez vu tous les sites.').waitFor();
    assert.equal(await page.locator('.mission-hint').count(), 0);
    assert.equal(await check(page), `${sites.length} sur ${sites.length}`);
    assert.equal(await page.locator('.ck-result.ck-right').count(), sites.length);
    assert.equal(await page.locator('.mission .feedback.right').count(), sites.length);
    await axeClean(page, 'cookies checked');
    await shot(page, `vie-privee-cookies-checked-${w}`);
    assert.deepEqual(page.problems, []);
  });
}

test('social-settings: opening a setting wider shows the hint, and the missed goal is explained', async () => {
  const ex = readExercise('vie-privee', 'profil-emploi');
  const phoneGoal = goalsOf(ex).find((g) => g.id === 'phone-hidden');
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'profil-emploi');
  assert.match(await page.locator('.sn-preview').innerText(), /Il voit aussi 3 informations/);
  // The phone number was hidden; making it public is three wrong moves.
  await tabTo(page, () => document.activeElement?.name === 'sn-phone');
  assert.equal(await activeId(page), 'sn-phone-only-me');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('#sn-phone-public').isChecked(), true);
  await page.locator('.mission-hint').waitFor();
  assert.ok((await page.locator('.mission-hint').innerText()).includes(ex.top['hint.fr']));
  assert.match(await page.locator('.sn-preview').innerText(), /0690 72 38 14/);
  await axeClean(page, 'social hint');
  const headline = await check(page);
  const [score, max] = headline.split(' sur ').map(Number);
  assert.ok(score < max, headline);
  const missed = page.locator('.mission li', { hasText: phoneGoal['text.fr'] }).locator('.feedback.missed');
  assert.ok((await missed.innerText()).includes(phoneGoal['explanation.fr']));
  // The hint gives way to the answers.
  assert.equal(await page.locator('.mission-hint').count(), 0);
  // "Réessayer" starts again from the file's settings.
  await page.getByRole('button', { name: 'Réessayer' }).click();
  assert.equal(await page.locator('#sn-phone-only-me').isChecked(), true);
  assert.deepEqual(page.problems, []);
});

test('phone-permissions: giving too much is explained, with the hint after two wrong choices', async () => {
  const ex = readExercise('vie-privee', 'autorisations-telephone');
  const torch = tablesOf(ex, 'asks').filter((k) => k.app === 'lampe');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await open(page, 'autorisations-telephone');
  await pressButton(page, 'Installer');
  await focusOn(page, 'ph-screen-title');
  // Contacts have two choices only, like on Android; location has three.
  assert.equal(await page.locator('.ph-choice').count(), 2);
  await pressButton(page, 'Autoriser');
  await focusOn(page, 'ph-screen-title');
  assert.equal(await page.locator('.ph-choice').count(), 3);
  assert.equal(await page.locator('.mission-hint').count(), 0, 'one wrong move: no hint yet');
  // Android 11 and later: no "Toujours autoriser" in the dialog; the most it offers is too much for a torch.
  assert.equal(await page.getByRole('button', { name: 'Toujours autoriser' }).count(), 0);
  await pressButton(page, "Pendant l'utilisation de l'appli");
  await page.locator('.mission-hint').waitFor();
  await axeClean(page, 'phone hint');
  await shot(page, 'vie-privee-phone-hint-360');
  assert.equal(await check(page), `0 sur ${goalsOf(ex).length}`);
  const results = page.locator('.ph-results');
  // The torch's two, and the recipe app's contacts, given earlier and never taken back.
  assert.equal(await results.locator('.feedback.wrong').count(), 3);
  for (const k of torch) assert.ok((await results.locator('.feedback.wrong').allInnerTexts()).some((t) => t.includes(k['explanation.fr'])));
  assert.match(await results.innerText(), /Contacts : Autoriser/);
  assert.ok((await results.locator('.feedback.missed').count()) > 0, 'permissions never asked are shown too');
  await axeClean(page, 'phone wrong checked');
  assert.deepEqual(page.problems, []);
});

test('cookie-banners: accepting is explained, with the hint after two banners accepted', async () => {
  const ex = readExercise('vie-privee', 'cookies-pieges');
  const sites = tablesOf(ex, 'sites');
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'cookies-pieges');
  assert.equal(sites[0].layout, 'settings');
  // Opening the settings and saving the switches the site turned on is accepting.
  await pressButton(page, sites[0]['customise.fr']);
  await focusOn(page, 'ck-panel-title');
  await pressButton(page, sites[0]['save.fr']);
  await focusOn(page, 'ck-next');
  await page.keyboard.press('Enter');
  await focusOn(page, 'ck-banner-title');
  assert.equal(await page.locator('.mission-hint').count(), 0);
  await pressButton(page, sites[1]['accept.fr']);
  await page.locator('.mission-hint').waitFor();
  await axeClean(page, 'cookies hint');
  const goals = goalsOf(ex);
  assert.equal(await check(page), `0 sur ${goals.length}`);
  const results = await page.locator('.ck-results').innerText();
  assert.match(results, /Loc'Auto Cayenne : vous avez accepté : Mesure d'audience, Publicité personnalisée\./);
  assert.match(results, /Sainte-Marie : vous avez accepté : Mesure d'audience, Publicité personnalisée, Réseaux sociaux\./);
  assert.match(results, /pas de choix/);
  for (const g of goals) {
    const fb = page.locator('.mission li', { hasText: g['text.fr'] }).locator('.feedback.missed');
    assert.ok((await fb.innerText()).includes(g['explanation.fr']), g.id);
  }
  assert.equal(await page.locator('#ck-next').count(), 0, 'no next site after checking');
  await axeClean(page, 'cookies wrong checked');
  await shot(page, 'vie-privee-cookies-wrong-1280');
  assert.deepEqual(page.problems, []);
});

test('the simulations speak English too: the words of the apps and the content', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'bandeaux-cookies');
  await pressButton(page, 'English');
  await page.getByRole('heading', { name: 'Your cookie choices' }).waitFor();
  assert.equal(await page.locator('.ck-count').innerText(), 'Site 1 of 3');
  assert.equal(await page.getByRole('button', { name: 'Refuse all', exact: true }).count(), 1);
  await open(page, 'reseau-social');
  await page.getByRole('heading', { name: 'What a stranger sees' }).waitFor();
  assert.match(await page.locator('.sn-preview').innerText(), /They also see 6 things about you/);
  assert.equal(await page.getByRole('radio', { name: 'Only me' }).count(), 3);
  assert.equal(await page.getByRole('radio', { name: 'Nobody' }).count(), 1);
  await open(page, 'autorisations-telephone');
  await pressButton(page, 'Install');
  await page.getByRole('heading', { name: 'Allow Torch Light Pro to access your contacts?' }).waitFor();
  await axeClean(page, 'phone dialog in English');
  assert.deepEqual(page.problems, []);
});

test('high contrast and the largest text: every simulation stays readable and axe-clean at 360 px', async () => {
  const settings = JSON.stringify({ lang: 'fr', text_size: 3, high_contrast: true });
  const page = await openPage(env.browser, env.server.origin, {
    width: 360,
    height: 740,
    init: seedOnce({ 'pas-a-pas.settings': settings }),
  });
  await open(page, 'reseau-social');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.contrast), 'high');
  const noSideScroll = async (what) =>
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${what}: nothing wider than the phone`);
  await noSideScroll('social');
  await axeClean(page, 'social high contrast');
  await shot(page, 'vie-privee-social-contrast-360');
  await open(page, 'autorisations-telephone');
  await pressButton(page, 'Installer');
  await focusOn(page, 'ph-screen-title');
  await noSideScroll('phone');
  await axeClean(page, 'phone dialog high contrast');
  await shot(page, 'vie-privee-phone-contrast-360');
  await open(page, 'cookies-pieges');
  await pressButton(page, 'Gérer mes préférences');
  await focusOn(page, 'ck-panel-title');
  await noSideScroll('cookies');
  await axeClean(page, 'cookie settings high contrast');
  await shot(page, 'vie-privee-cookies-contrast-360');
  assert.deepEqual(page.problems, []);
});
