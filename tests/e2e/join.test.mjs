// "Rejoindre l'atelier" (#/animateur/rejoindre): on the projector, the
// learners' address as a large QR code and in large text. The code is read
// back from a screenshot, as a phone's camera would, with jsQR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, seedOnce, openPage, goto, ready, axe, shot, outDir, root } from './helpers.mjs';

const env = useServerAndBrowser();
const jsqrSource = readFileSync(join(root, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8');

/** What a phone reads on the screen: a screenshot (the viewport, or the whole page), decoded by jsQR in the page. */
async function scan(page, { fullPage = false } = {}) {
  const png = (await page.screenshot({ fullPage })).toString('base64');
  // Evaluated by the test driver, as axe is: the page's CSP refuses inline scripts.
  if (!(await page.evaluate(() => !!window.jsQR))) await page.evaluate(jsqrSource);
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return window.jsQR(data, width, height)?.data ?? null;
  }, png);
}

/** How the page fits the screen: the QR code's side and bottom, the address's size and bottom, scrolling. */
const measure = (page) =>
  page.evaluate(() => {
    const qr = document.querySelector('svg.join-qr').getBoundingClientRect();
    const address = document.querySelector('.join-address');
    const e = document.scrollingElement;
    return {
      qr: Math.round(qr.width),
      qrBottom: Math.round(qr.bottom),
      font: parseFloat(getComputedStyle(address).fontSize),
      addressBottom: Math.round(address.getBoundingClientRect().bottom),
      wide: e.scrollWidth > innerWidth,
      tall: e.scrollHeight > innerHeight,
    };
  });

/**
 * A page that the browser sees at `http://atelier.test/pas-a-pas/…`, as a room's
 * address under a sub-path would be (http://<laptop>:8080/pas-a-pas/); the
 * files come from the test server.
 */
const ROOM = 'http://atelier.test';
async function openInRoom(options) {
  const page = await openPage(env.browser, ROOM, options);
  await page.context().route(`${ROOM}/**`, async (route) => {
    const u = new URL(route.request().url());
    const path = u.pathname.replace(/^\/pas-a-pas\//, '/');
    await route.fulfill({ response: await route.fetch({ url: env.server.origin + path + u.search }) });
  });
  return page;
}

test('from the advisor\'s corner, behind the code: at 127.0.0.1 the page says phones cannot use it, and the code reads at 1920, 1280 and 360 px', async () => {
  const page = await openPage(env.browser, env.server.origin, {
    width: 1920,
    height: 1080,
    init: seedOnce({ 'pas-a-pas.workshop': JSON.stringify({ code: '2468' }) }),
  });
  await goto(page, env.server.url + 'animateur.html#/animateur');
  await page.getByLabel('Code animateur (4 chiffres)').fill('2468');
  await page.getByRole('button', { name: "Ouvrir l'espace animateur" }).click();
  await page.getByRole('link', { name: 'Afficher l\'adresse pour les téléphones' }).click();
  await ready(page);
  assert.equal(await page.locator('h1').innerText(), "Rejoindre l'atelier");
  assert.match(page.url(), /animateur\.html#\/animateur\/rejoindre$/);
  assert.equal(await page.locator('header.site-header').count(), 0, 'no header on the projector');
  // The learners' app: the folder the page is served from, no page name, no hash.
  const address = env.server.url;
  assert.equal(await page.locator('.join-address').innerText(), address);
  assert.equal(await page.getByRole('img', { name: address }).count(), 1, 'the code is named by its address');
  // Served from 127.0.0.1: phones cannot reach it, and the page says what to open instead.
  const warning = await page.locator('.join-warning').innerText();
  assert.ok(warning.includes('Les téléphones ne peuvent pas utiliser cette adresse'), warning);
  assert.ok(warning.includes('Le serveur d\'atelier'), warning);
  for (const [width, height] of [[1920, 1080], [1280, 800], [360, 740]]) {
    await page.setViewportSize({ width, height });
    assert.ok(!(await measure(page)).wide, `no sideways scrolling at ${width} px`);
    assert.equal(await scan(page, { fullPage: true }), address, `the QR code carries the address at ${width} px`);
    assert.deepEqual(await axe(page), [], `join page at ${width} px`);
    await shot(page, `join-localhost-${width}`);
  }
  // Back to the advisor's corner, still open.
  await page.getByRole('link', { name: "Retour à l'espace animateur" }).click();
  await ready(page);
  assert.equal(await page.locator('h1').innerText(), 'Espace animateur');
  await page.getByRole('heading', { name: 'Réglages de l\'atelier' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('at a room\'s address under a sub-path: that address, no warning, and all of it on one screen at 1920, 1280 and 360 px', async () => {
  const page = await openInRoom({ width: 1920, height: 1080 });
  await goto(page, `${ROOM}/pas-a-pas/animateur.html?from=menu#/animateur/rejoindre`);
  const address = `${ROOM}/pas-a-pas/`;
  assert.equal(await page.locator('.join-address').innerText(), address);
  assert.equal(await page.locator('.join-warning').count(), 0, 'a room\'s address needs no warning');
  for (const [width, height] of [[1920, 1080], [1280, 800], [360, 740]]) {
    await page.setViewportSize({ width, height });
    const m = await measure(page);
    assert.ok(!m.wide, `no sideways scrolling at ${width} px`);
    assert.ok(m.qr >= Math.min(0.55 * height, 0.85 * width), `QR code ${m.qr} px at ${width}×${height}`);
    assert.ok(m.qrBottom <= height, `the whole code on the screen at ${width} px (${m.qrBottom} px)`);
    if (width > 1000) {
      assert.ok(m.addressBottom <= height, `the address on the screen at ${width} px (${m.addressBottom} px)`);
      assert.ok(!m.tall, `one screen at ${width}×${height}`);
    }
    assert.equal(await scan(page), address, `read at ${width} px`);
    assert.deepEqual(await axe(page), [], `join page at ${width} px`);
    await shot(page, `join-${width}`);
  }
  // Readable from the back of the room.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const big = await measure(page);
  assert.ok(big.font >= 64, `address at ${big.font} px at 1920 px`);
  assert.ok(big.qr >= 600, `QR code ${big.qr} px at 1920×1080`);
  assert.deepEqual(page.problems, []);
});

test('in English and high contrast the code stays black on white; printed, it is one page without buttons', async () => {
  const settings = JSON.stringify({ lang: 'en', text_size: 1, high_contrast: true });
  const page = await openInRoom({ width: 1280, height: 800, init: seedOnce({ 'pas-a-pas.settings': settings }) });
  await goto(page, `${ROOM}/pas-a-pas/animateur.html#/animateur/rejoindre`);
  assert.equal(await page.locator('h1').innerText(), 'Join the workshop');
  const address = `${ROOM}/pas-a-pas/`;
  assert.equal(await page.evaluate(() => document.documentElement.dataset.contrast), 'high');
  const colors = await page.evaluate(() => {
    const svg = document.querySelector('svg.join-qr');
    return [getComputedStyle(svg).backgroundColor, getComputedStyle(svg.querySelector('path')).fill];
  });
  assert.deepEqual(colors, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'black on white in high contrast');
  assert.equal(await scan(page), address);
  assert.deepEqual(await axe(page), [], 'join page in high contrast, in English');
  await shot(page, 'join-high-contrast-en-1280');
  const pdf = join(outDir, 'join.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  assert.match(execFileSync('pdfinfo', [pdf]).toString(), /Pages:\s+1\n/);
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  for (const s of ['Join the workshop', address, "Scan this code with the phone's camera."]) assert.ok(text.includes(s), text);
  assert.ok(!text.includes('Full screen') && !text.includes('Back to'), 'no buttons on paper');
  assert.deepEqual(page.problems, []);
});

test('the learners\' app sends the page to the advisor\'s corner', async () => {
  const page = await openPage(env.browser, env.server.origin);
  await goto(page, env.server.url + '#/animateur/rejoindre');
  await page.waitForURL(/animateur\.html#\/animateur\/rejoindre$/);
  await ready(page);
  assert.equal(await page.locator('h1').innerText(), "Rejoindre l'atelier");
  assert.deepEqual(page.problems, []);
});
