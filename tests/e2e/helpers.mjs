// Shared tools for the end-to-end tests: a static server (python's, or the
// workshop server with PAS_A_PAS_SERVER=target/release/pas-a-pas), headless
// Chromium through playwright-core, axe-core, screenshots, and a guard that
// fails a test when any request leaves the serving origin.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after, afterEach } from 'node:test';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const dist = join(root, 'dist');
export const outDir = join(here, 'out');
mkdirSync(join(outDir, 'screenshots'), { recursive: true });

const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * Serves `dir` on 127.0.0.1 with `python3 -m http.server`, or, when
 * PAS_A_PAS_SERVER names the workshop server's program, with it. That
 * program carries dist/ inside it, so for a copy of dist/ it serves the
 * copy's exercises (`--exercises`): a test may change only those.
 */
export async function serve(dir = dist) {
  const port = await freePort();
  const workshop = process.env.PAS_A_PAS_SERVER;
  const args = ['--port', String(port), '--host', '127.0.0.1', '--no-browser'];
  if (workshop && dir !== dist) args.push('--exercises', join(dir, 'exercises'));
  const proc = workshop
    ? spawn(workshop, args, { stdio: 'ignore' })
    : spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
        stdio: 'ignore',
      });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, origin: `http://127.0.0.1:${port}`, close: () => proc.kill() };
}

/** A copy of dist/ that a test may break. */
export function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'pas-a-pas-dist-'));
  cpSync(dist, dir, { recursive: true });
  return dir;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/**
 * A fresh browser context (empty storage) and page, watched: every request
 * off `origin` and every console error is recorded in `page.problems`.
 */
export async function openPage(browser, origin, { width = 1280, height = 800, init, learner = 'Fatima' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR', acceptDownloads: true });
  if (learner) await context.addInitScript(seedLearner(learner));
  if (init) await context.addInitScript(onServedPages(init));
  await context.addInitScript(reportViolations);
  // A second tab or a new window of this context is watched the same way.
  context.on('page', (p) => watch(p, origin));
  const page = await context.newPage();
  watch(page, origin);
  return page;
}

/**
 * Every Content-Security-Policy violation seen in any page of this test file;
 * `useServerAndBrowser` fails the test in which one happens.
 */
export const cspViolations = [];
const reportViolations = `document.addEventListener('securitypolicyviolation', (e) =>
  console.error('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || '') + ' at ' + e.sourceFile + ':' + e.lineNumber));`;

/** Records requests off the origin, console errors and CSP violations of `page` in `page.problems`. */
export function watch(page, origin) {
  if (page.problems) return page;
  page.problems = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')) {
      page.problems.push(`request off origin: ${u}`);
    }
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    page.problems.push(`console error: ${msg.text()}`);
    // Reported once, by the listener every page gets (`reportViolations`).
    if (msg.text().startsWith('CSP violation')) {
      cspViolations.push(`${page.url()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  return page;
}

/**
 * A script that, on a fresh browser, creates one learner profile and signs it
 * in, so tests of the exercises start where a learner would.
 */
export function seedLearner(name) {
  const profiles = { schema: 2, profiles: [{ id: 'p1', name, picture: 'volcan', created: '2026-11-01' }] };
  // The profile once for the browser; signed in once for each tab (who is
  // signed in lives in the tab's session storage).
  return onServedPages(`if (!localStorage.getItem('pas-a-pas.profiles')) {
    localStorage.setItem('pas-a-pas.profiles', ${JSON.stringify(JSON.stringify(profiles))});
  }
  if (!sessionStorage.getItem('seeded-learner')) {
    sessionStorage.setItem('seeded-learner', '1');
    sessionStorage.setItem('pas-a-pas.session', JSON.stringify({ profile: 'p1', last_active: Date.now() }));
  }`);
}

/** An init script that runs only on the app's pages (not on a new tab's about:blank, which has no storage). */
export function onServedPages(script) {
  return `if (location.protocol === 'http:') { ${script} }`;
}

/** "Nouveau profil" on "Qui êtes-vous ?": a picture and a name, then signed in. */
export async function createProfile(page, name, picture) {
  await page.getByRole('button', { name: 'Nouveau profil' }).click();
  await page.locator(`label[for="picture-${picture}"]`).click();
  await page.getByLabel('2. Écrivez votre prénom ou un surnom').fill(name);
  await page.getByRole('button', { name: 'Créer mon profil' }).click();
  await page.getByRole('link', { name, exact: true }).waitFor();
}

/** Waits until the app has rendered the page title. */
export async function ready(page) {
  await page.locator('h1#page-title').waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

export async function goto(page, url) {
  await page.goto(url);
  await ready(page);
}

/** axe-core with the WCAG 2.2 AA tags; returns readable violations. */
export async function axe(page) {
  // Evaluated by the test driver, not added as a <script>: the page's CSP
  // (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

export async function shot(page, name) {
  await page.screenshot({ path: join(outDir, 'screenshots', `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element matches `predicate` (max 60 presses). */
export async function tabTo(page, predicate, arg) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error('could not reach the element with Tab');
}

/** The static server and Chromium for the tests of one file: `env.server`, `env.browser`. */
export function useServerAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  afterEach(() => {
    const seen = cspViolations.splice(0);
    if (seen.length) throw new Error(`Content-Security-Policy violations:\n${seen.join('\n')}`);
  });
  return env;
}

/** A script that writes these local storage values once, before the tab's first load. */
export function seedOnce(values) {
  const marker = `seeded-${Object.keys(values).join()}`;
  return onServedPages(`if (!sessionStorage.getItem(${JSON.stringify(marker)})) {
    sessionStorage.setItem(${JSON.stringify(marker)}, '1');
    for (const [k, v] of Object.entries(${JSON.stringify(values)})) localStorage.setItem(k, v);
  }`);
}
