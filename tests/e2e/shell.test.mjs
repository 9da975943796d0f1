// The app shell: home, routes, keyboard, language, display settings,
// storage trouble, accessibility, privacy, and load time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExercise, exercisesOf } from './content.mjs';
import { useServerAndBrowser, seedOnce, serve, openPage, goto, ready, axe, shot, tabTo, outDir } from './helpers.mjs';

const env = useServerAndBrowser();

const ROUTES = [
  ['home', '#/', 'Bienvenue', 'Welcome'],
  ['module', '#/m/cv', 'Faire mon CV', 'Write my CV'],
  ['exercise', '#/m/vie-privee/mot-de-passe', null, null],
  ['profiles', '#/profils', 'Fatima', 'Fatima'],
  ['finish', '#/fin', 'Vous avez fini ?', 'Are you done?'],
  ['certificate', '#/attestation', 'Attestation de suivi', 'Certificate of attendance'],
  ['advisor', '#/animateur', 'Espace animateur', 'Advisor area'],
  ['check', '#/animateur/verifier', 'Vérifier les exercices', 'Check the exercises'],
  ['settings', '#/reglages', 'Réglages', 'Settings'],
  ['handouts', '#/animateur/fiches', "Préparer l'atelier : fiches à emporter", 'Prepare the workshop: handouts'],
  ['presenter', '#/animateur/projeter/cv/contenu-cv', null, null],
  ['join', '#/animateur/rejoindre', "Rejoindre l'atelier", 'Join the workshop'],
  ['not-found', '#/nulle-part', 'Page introuvable', 'Page not found'],
];

const title = (page) => page.locator('h1').innerText();

test('home shows the five modules as cards, and measures load time', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await page.goto(env.server.url);
  const cards = page.getByRole('link', { name: /Échanger avec mes proches|Faire mon CV|Suivre la scolarité|Protéger mes données|Vérifier une information/ });
  await cards.nth(4).waitFor();
  const interactive = await page.evaluate(() => performance.now());
  assert.equal(await cards.count(), 5);
  assert.equal(await title(page), 'Bienvenue');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await page.title(), 'Bienvenue – Pas à pas');
  for (const name of ['Faire mon CV', 'Suivre la scolarité en ligne', 'Protéger mes données', 'Vérifier une information']) {
    const card = page.getByRole('link', { name: new RegExp(name) });
    assert.match(await card.innerText(), /Environ \d+ minutes/);
  }
  // The same on a CPU slowed down four times.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.reload();
  await cards.nth(3).waitFor();
  const throttled = await page.evaluate(() => performance.now());
  const metrics = { interactive_ms: Math.round(interactive), interactive_4x_cpu_ms: Math.round(throttled) };
  writeFileSync(join(outDir, 'metrics.json'), JSON.stringify(metrics, null, 2));
  console.log(`# load: first interactive screen in ${metrics.interactive_ms} ms, ${metrics.interactive_4x_cpu_ms} ms with 4x CPU throttling`);
  assert.deepEqual(page.problems, []);
});

test('a module is reached with the keyboard alone', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url);
  // The skip link comes first and leads to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Aller au contenu');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'main', null, { timeout: 2000 });
  await tabTo(page, () => document.activeElement.textContent.includes('Protéger mes données'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/m\/vie-privee$/);
  await ready(page);
  assert.equal(await title(page), 'Protéger mes données');
  // Focus moved to the new page's title, for screen readers.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title');
  assert.equal(await page.title(), 'Protéger mes données – Pas à pas');
  assert.deepEqual(page.problems, []);
});

test("the first program has no exercise page: each exercise links to the program that shows its kind", async () => {
  const page = await openPage(env.browser, env.server.origin);
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).pathname.replace(/-[0-9a-f]+_bg\.wasm$/, '')));
  const generic = ['choice', 'classify', 'order', 'spot'];
  for (const module of ['echanger', 'cv', 'scolarite', 'vie-privee', 'information']) {
    await goto(page, env.server.url + '#/m/' + module);
    const hrefs = await page.locator('.exercise-row a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const ids = exercisesOf(module);
    assert.equal(hrefs.length, ids.length, module);
    ids.forEach((id, i) => {
      const kind = readExercise(module, id).top.kind;
      const [program, hash] = hrefs[i].split('#');
      assert.equal(hash, `/m/${module}/${id}`);
      if (generic.includes(kind)) assert.equal(program, 'exercice.html', `${module}/${id}`);
      else assert.match(program, /^atelier-[a-z-]+\.html$/, `${module}/${id}: ${kind}`);
    });
  }
  assert.deepEqual([...new Set(wasm)], ['/pas-a-pas'], 'only the first program was loaded');
  // A generic exercise opens in exercice.html, and its way back leads home.
  await page.getByRole('link', { name: /Étape 1 sur/ }).first().click();
  await ready(page);
  assert.match(page.url(), /\/exercice\.html#\/m\/information\//);
  assert.equal(await page.getByRole('button', { name: 'Vérifier', exact: true }).count(), 1);
  await page.getByRole('navigation', { name: 'Vous êtes ici' }).getByRole('link').last().click();
  await ready(page);
  assert.match(page.url(), /\/#\/m\/information$/);
  // A simulation's program does not carry the generic kinds: a generic
  // exercise's address opened there (an old bookmark) goes on to exercice.html.
  await goto(page, env.server.url + 'atelier-cv.html#/m/cv/titre-du-poste');
  await page.waitForURL(/\/exercice\.html#\/m\/cv\/titre-du-poste$/, { timeout: 15000 });
  await ready(page);
  assert.equal(await page.getByRole('button', { name: 'Vérifier', exact: true }).count(), 1);
  assert.equal(await page.getByRole('radio').count() > 1, true, 'the choice is shown');
  assert.deepEqual(page.problems, []);
});

test('every route survives a reload on a plain static server', async () => {
  const page = await openPage(env.browser, env.server.origin);
  for (const [, hash, fr] of ROUTES) {
    await goto(page, env.server.url + hash);
    const before = await title(page);
    if (fr) assert.equal(before, fr, hash);
    await page.reload();
    await ready(page);
    assert.equal(await title(page), before, `reload ${hash}`);
  }
  // The unknown page offers a way home.
  await goto(page, env.server.url + '#/nulle-part');
  await page.getByRole('link', { name: "Retour à l'accueil" }).click();
  await ready(page);
  assert.equal(await title(page), 'Bienvenue');
  assert.deepEqual(page.problems, []);
});

test('switching to English and back changes the text and <html lang>', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/m/cv');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await title(page), 'Write my CV');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  await page.reload();
  await ready(page);
  assert.equal(await title(page), 'Write my CV', 'the language is kept');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await title(page), 'Faire mon CV');
  assert.deepEqual(page.problems, []);
});

test('English is fetched from locales/en/ when chosen, shown first after a reload; a missing file falls back to French', async () => {
  const page = await openPage(env.browser, env.server.origin);
  // Every <h1> text the page ever shows, from its first mutation on.
  await page.addInitScript(() => {
    window.__titles = [];
    new MutationObserver(() => {
      const h1 = document.querySelector('h1');
      if (h1 && window.__titles.at(-1) !== h1.textContent) window.__titles.push(h1.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const fetched = [];
  page.on('request', (r) => r.url().includes('/locales/') && fetched.push(new URL(r.url()).pathname));
  await goto(page, env.server.url);
  assert.deepEqual(fetched, [], 'French is compiled in: no message file fetched');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await title(page), 'Welcome');
  assert.ok(fetched.some((p) => p.endsWith('/locales/en/main.ftl')), fetched.join(' '));
  await page.reload();
  await ready(page);
  assert.equal(await title(page), 'Welcome');
  assert.deepEqual(await page.evaluate(() => window.__titles), ['Welcome'], 'never French for an instant');
  assert.equal(await page.locator('.skip-link').textContent(), 'Skip to content');
  assert.deepEqual(page.problems, []);
  // A message file that cannot be had: its messages show in French, the rest in English.
  const other = await openPage(env.browser, env.server.origin);
  await other.route('**/locales/en/main.ftl', (r) => r.fulfill({ status: 404, body: '' }));
  await goto(other, env.server.url);
  await other.getByRole('button', { name: 'English' }).click();
  await other.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await title(other), 'Bienvenue');
  assert.equal(await other.locator('.module-card').count(), 5);
});

test('high contrast and the largest text persist after a reload', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url);
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await page.getByRole('button', { name: 'Texte très grand' }).click();
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole('button', { name: 'Contraste élevé' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Texte très grand' }).getAttribute('aria-pressed'), 'true');
  const big = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(big >= base * 1.4, `text grows: ${base} → ${big}`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(0, 0, 0)');
  await shot(page, 'home-contrast-largest-1280');
  assert.deepEqual(page.problems, []);
});

test('axe-core finds no WCAG 2.2 AA violation on any screen, in both languages and in high contrast', async () => {
  for (const [lang, contrast] of [['fr', false], ['en', false], ['fr', true]]) {
    const settings = JSON.stringify({ lang, text_size: 1, high_contrast: contrast });
    const page = await openPage(env.browser, env.server.origin, {
      init: `localStorage.setItem('pas-a-pas.settings', ${JSON.stringify(settings)})`,
    });
    for (const [name, hash] of ROUTES) {
      await goto(page, env.server.url + hash);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${name} (${lang}${contrast ? ', high contrast' : ''})`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('screenshots at 360×740 and 1920×1080', async () => {
  for (const [w, h] of [[360, 740], [1920, 1080]]) {
    const page = await openPage(env.browser, env.server.origin, { width: w, height: h });
    for (const [name, hash] of ROUTES) {
      await goto(page, env.server.url + hash);
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      await shot(page, `${name}-${w}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} at ${w}px scrolls sideways by ${overflow}px`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('touch targets are at least 44×44 px', async () => {
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  for (const hash of ['#/', '#/m/cv', '#/m/cv/ordre-experiences']) {
    await goto(page, env.server.url + hash);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, a, input, label')]
        .filter((e) => e.offsetParent && !e.closest('.skip-link, p, li > span, .zone') && !e.classList.contains('segment'))
        .filter((e) => e.tagName !== 'INPUT' || e.type !== 'radio')
        .map((e) => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 43.5 || r.height < 43.5)
        .map(([t, r]) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    assert.deepEqual(small, [], hash);
  }
});

test('blocked storage: the app runs and says nothing will be kept', async () => {
  const page = await openPage(env.browser, env.server.origin, {
    learner: null,
    init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
  });
  await goto(page, env.server.url);
  await page.getByText('Attention : cette page ne peut rien garder.', { exact: false }).waitFor();
  assert.equal(await title(page), 'Qui êtes-vous ?');
  await page.getByRole('button', { name: 'Essayer sans enregistrer' }).click();
  await page.getByRole('link', { name: /Faire mon CV/ }).waitFor();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.contrast), 'high');
  await page.getByRole('link', { name: /Faire mon CV/ }).click();
  await ready(page);
  assert.equal(await title(page), 'Faire mon CV');
  assert.deepEqual(page.problems, []);
});

test('corrupt saved settings: the app starts clean, says so, and keeps the damaged value aside', async () => {
  const page = await openPage(env.browser, env.server.origin, {
    init: seedOnce({ 'pas-a-pas.settings': '{"lang": 12' }),
  });
  await goto(page, env.server.url);
  await page.getByText('Vos réglages enregistrés étaient abîmés.', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('pas-a-pas.settings.corrupt')), '{"lang": 12');
  await page.getByRole('button', { name: 'Fermer ce message' }).click();
  assert.equal(await page.getByText('abîmés', { exact: false }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test('no request leaves the serving origin and dist/ names no other host', async () => {
  const page = await openPage(env.browser, env.server.origin);
  for (const [, hash] of ROUTES) await goto(page, env.server.url + hash);
  const offOrigin = page.problems.filter((p) => p.startsWith('request off origin'));
  assert.deepEqual(offOrigin, []);
  const html = await (await fetch(env.server.url)).text();
  assert.doesNotMatch(html, /(src|href)=["']?(https?:)?\/\//);
});
