#!/usr/bin/env node
// The workshop server against `python3 -m http.server`, on the same dist/,
// side by side in one run (a benchmark, not a test: it fails on nothing).
//
// 1. Headless Chromium records what a learner's browser asks for: the
//    first screen (index.html, until the four module cards show) and one
//    module (atelier-cv.html#/m/cv/mon-cv, the CV builder).
// 2. 30 simulated learners replay that, all at once, against each server:
//    a cold cache, up to 6 connections each, `Accept-Encoding: gzip,
//    deflate, br` as Chromium sends. Printed: requests per second, p95
//    latency of a request, p95 time for a learner's whole load, bytes on
//    the wire, and the ratios.
// 3. With LIGHTHOUSE=path/to/lighthouse (12.x), Lighthouse's mobile run on
//    the home page served by the workshop server: LCP and performance.
//
//   node scripts/bench-server.mjs [path/to/pas-a-pas] [--learners 30] [--rounds 3] [--stagger MS]
import { spawn, execFileSync } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const LEARNERS = option('--learners', 30);
const ROUNDS = option('--rounds', 3);
// Milliseconds between two learners' arrivals (0: all at once, as when the room scans the code together).
const STAGGER = option('--stagger', 0);
const binary = args[0] || join(root, 'target', 'release', 'pas-a-pas');
if (!existsSync(binary)) {
  console.error(`${binary} is missing: run scripts/build.sh first`);
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function start(kind) {
  const port = await freePort();
  const proc =
    kind === 'workshop'
      ? spawn(binary, ['--port', String(port), '--host', '127.0.0.1', '--no-browser'], { stdio: 'ignore' })
      : spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, close: () => proc.kill() };
}

/** The paths Chromium requests for the first screen, then for the CV module. */
async function record(url) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ locale: 'fr-FR' });
  // A learner signed in, as after "Qui êtes-vous ?": the first screen is the home page.
  await context.addInitScript(`if (location.protocol === 'http:' && !sessionStorage.getItem('pas-a-pas.session')) {
    localStorage.setItem('pas-a-pas.profiles', JSON.stringify({ schema: 2, profiles: [{ id: 'p1', name: 'Fatima', picture: 'volcan', created: '2026-11-01' }] }));
    sessionStorage.setItem('pas-a-pas.session', JSON.stringify({ profile: 'p1', last_active: Date.now() }));
  }`);
  const page = await context.newPage();
  let seen = [];
  page.on('request', (r) => r.url().startsWith(url) && seen.push(new URL(r.url()).pathname));
  await page.goto(url);
  await page.locator('.module-card').nth(3).waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
  const first = [...new Set(seen)];
  seen = [];
  await page.goto(url + 'atelier-cv.html#/m/cv/mon-cv');
  await page.locator('h1#page-title').waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
  const cv = [...new Set(seen)];
  await browser.close();
  return { first, cv };
}

function fetchOne(agent, port, path, sockets) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.get(
      { host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'gzip, deflate, br', 'accept': '*/*' } },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve({ ok: res.statusCode === 200, ms: performance.now() - t0 }));
      },
    );
    req.on('socket', (s) => sockets.add(s));
    req.on('error', () => resolve({ ok: false, ms: performance.now() - t0 }));
  });
}

/** One learner: each page's files over at most 6 connections, pages one after the other. */
async function learner(port, pages, sockets, latencies, delay) {
  await new Promise((r) => setTimeout(r, delay));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
  const t0 = performance.now();
  let errors = 0;
  for (const paths of pages) {
    const results = await Promise.all(paths.map((p) => fetchOne(agent, port, p, sockets)));
    for (const r of results) {
      latencies.push(r.ms);
      if (!r.ok) errors++;
    }
  }
  agent.destroy();
  return { ms: performance.now() - t0, errors };
}

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function measure(server, pages) {
  const sockets = new Set();
  const latencies = [];
  const loads = [];
  let errors = 0;
  const t0 = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const done = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => learner(server.port, pages, sockets, latencies, i * STAGGER)));
    for (const d of done) {
      loads.push(d.ms);
      errors += d.errors;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const bytes = [...sockets].reduce((sum, s) => sum + s.bytesRead, 0);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p95: p95(latencies),
    load: p95(loads),
    perLearner: bytes / (LEARNERS * ROUNDS),
    connections: sockets.size,
    errors,
  };
}

const workshop = await start('workshop');
const python = await start('python');
try {
  const { first, cv } = await record(workshop.url);
  console.log(`First screen: ${first.length} requests; CV module (atelier-cv.html): ${cv.length} requests.`);
  const pages = [first, cv];
  const ours = await measure(workshop, pages);
  const theirs = await measure(python, pages);
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  const rows = [
    ['requests per second', ours.rps.toFixed(0), theirs.rps.toFixed(0), ours.rps / theirs.rps],
    ['p95 latency of a request', `${ours.p95.toFixed(1)} ms`, `${theirs.p95.toFixed(1)} ms`, theirs.p95 / ours.p95],
    ['p95 time of a learner\'s load', `${ours.load.toFixed(0)} ms`, `${theirs.load.toFixed(0)} ms`, theirs.load / ours.load],
    ['bytes on the wire per learner', kb(ours.perLearner), kb(theirs.perLearner), theirs.perLearner / ours.perLearner],
    ['connections opened', String(ours.connections), String(theirs.connections), theirs.connections / ours.connections],
    ['failed requests', String(ours.errors), String(theirs.errors), null],
  ];
  const arrival = STAGGER ? `one every ${STAGGER} ms` : 'at once';
  console.log(`\n${LEARNERS} learners ${arrival}, ${ROUNDS} rounds, ${ours.requests} requests per server, on 127.0.0.1:\n`);
  console.log('| | workshop server | python3 -m http.server | workshop better by |');
  console.log('|---|---|---|---|');
  for (const [name, a, b, ratio] of rows) console.log(`| ${name} | ${a} | ${b} | ${ratio === null ? '' : `${ratio.toFixed(1)}×`} |`);
  // What the bytes mean on a room's Wi-Fi: 30 learners sharing 20 Mbit/s.
  const shared = (b) => ((b * LEARNERS * 8) / 20e6).toFixed(0);
  console.log(`\nOn a Wi-Fi giving 20 Mbit/s to the room, ${LEARNERS} learners' loads take at least ` +
    `${shared(ours.perLearner)} s (workshop server) against ${shared(theirs.perLearner)} s (python), transfer alone.`);

  if (process.env.LIGHTHOUSE) {
    const dir = mkdtempSync(join(tmpdir(), 'pas-a-pas-lh-'));
    const flags = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    for (const [name, server] of [['workshop server', workshop], ['python3 -m http.server', python]]) {
      const report = join(dir, 'report.json');
      execFileSync(process.env.LIGHTHOUSE, [server.url, '--output=json', `--output-path=${report}`, '--only-categories=performance',
        `--chrome-flags=${flags}`, '--quiet'], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' } });
      const lh = JSON.parse(readFileSync(report, 'utf8'));
      const lcp = lh.audits['largest-contentful-paint'].numericValue / 1000;
      const fcp = lh.audits['first-contentful-paint'].numericValue / 1000;
      console.log(`Lighthouse ${lh.lighthouseVersion} mobile, home page, ${name}: performance ${Math.round(lh.categories.performance.score * 100)}, ` +
        `LCP ${lcp.toFixed(2)} s, FCP ${fcp.toFixed(2)} s, TBT ${lh.audits['total-blocking-time'].numericValue.toFixed(0)} ms`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  workshop.close();
  python.close();
}
