#!/usr/bin/env node
// The "Är kontot äkta?" box, driven in Chromium through the real page and script.
//
//   node quality/verify-cases.mjs SITE_PUBLIC_DIR CASES_TSV
//
// 1. cases: types every row of the shared case table (src/test/resources/verification/cases.tsv,
//    the same rows AccountCasesTest answers with the Java Verifier) into the box of SITE_PUBLIC_DIR's
//    index.html and compares #verify-result's data-result, data-channels and data-lookalike.
// 2. random: 10,000 random inputs must not throw, open a dialog, navigate, add a script or an
//    element other than the box's own (p, ul, li, a to a channel page), or leave data-result unset.
// Prints `verify-cases: N passed, M failed` last; exit 0 when all passed, 1 otherwise, 2 on a usage error.
// Without Chromium it says so and exits 0, except in CI (CI=true).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CI = process.env.CI === 'true';
const RANDOM_INPUTS = 10000;
const RESULTS = ['official', 'closed', 'transferred', 'not_found', 'unrecognised'];

const [siteDir, tablePath] = process.argv.slice(2);
if (!siteDir || !tablePath) {
  console.error('usage: node quality/verify-cases.mjs SITE_PUBLIC_DIR CASES_TSV');
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`verify-cases: skipped: chromium not installed at ${CHROMIUM}`);
  process.exit(CI ? 1 : 0);
}

/** The table's rows: input, result, channels, lookalike, why. */
function readCases(file) {
  const rows = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.startsWith('#') || !line.trim()) return;
    const c = line.split('\t');
    if (c.length !== 5) throw new Error(`${file}:${i + 1}: 5 columns expected, found ${c.length}`);
    const ids = (s) => (s === '-' ? [] : s.split(' ').filter(Boolean)).sort().join(' ');
    rows.push({ line: i + 1, input: c[0], result: c[1], channels: ids(c[2]), lookalike: ids(c[3]), why: c[4] });
  });
  return rows;
}

/** A seeded generator, so that a failure can be run again. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['https://', 'http://', '//', 'www.', 'm.', 'facebook.com', 'fb.com', 'x.com', 'twitter.com', 'youtube.com',
  'youtu.be', 'instagram.com', 'se.linkedin.com', 'tiktok.com', 'vm.tiktok.com', 'bsky.app', 'mastodon.social', 'threads.net',
  'discord.gg', '/', '@', '?', '&', '=', '#', ':', '.', '-', '_', '%', 'profile.php', 'id=', 'people', 'groups', 'channel',
  'UC', 'company', 'status', 'did:plc:', 'provby', 'kommun', '123456789', ' ', '\u00a0', '\u200b', 'а', 'ο', 'İ', '😀',
  '\ud800', 'xn--', '.evil.example', '<', '>', '"', "'", 'javascript:', '<img src=x onerror=alert(1)>', '$1', '{q}',
  '{platforms}', '(', ')', '[', '*', '+', '\\'];

function randomInputs(n) {
  const next = random(16);
  const out = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const parts = Math.floor(next() * 12);
    for (let k = 0; k < parts; k++) {
      s += next() < 0.2 ? String.fromCharCode(Math.floor(next() * 0x3000)) : PIECES[Math.floor(next() * PIECES.length)];
    }
    out.push(s);
  }
  return out;
}

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage();
const problems = [];
page.on('dialog', (d) => { problems.push(`a dialog opened: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
const index = pathToFileURL(path.resolve(siteDir, 'index.html')).href;
await page.goto(index);
let navigations = 0;
page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations++; });

/** Types each input into the box, submits, and reads what the result says. Runs in the page. */
async function ask(inputs) {
  return page.evaluate((list) => {
    const form = document.getElementById('verify');
    const input = document.getElementById('verify-q');
    const result = document.getElementById('verify-result');
    const scripts = document.scripts.length;
    return list.map((text) => {
      input.value = text;
      form.requestSubmit();
      const strange = [...result.querySelectorAll('*')].filter((el) => !['P', 'UL', 'LI', 'A'].includes(el.tagName) ||
        (el.tagName === 'A' && !/^kanaler\/[a-z0-9-]+\/$/.test(el.getAttribute('href') || ''))).map((el) => el.outerHTML.slice(0, 80));
      return {
        result: result.getAttribute('data-result'),
        channels: (result.getAttribute('data-channels') || '').split(' ').filter(Boolean).sort().join(' '),
        lookalike: (result.getAttribute('data-lookalike') || '').split(' ').filter(Boolean).sort().join(' '),
        strange, scripts: document.scripts.length - scripts, hidden: form.hidden,
      };
    });
  }, inputs);
}

let passed = 0;
let failed = 0;
function fail(message) {
  failed++;
  console.log(`FAIL ${message}`);
}

const cases = readCases(tablePath);
const answers = await ask(cases.map((c) => c.input));
cases.forEach((c, i) => {
  const a = answers[i];
  const got = `${a.result} [${a.channels}] lookalike [${a.lookalike}]`;
  const want = `${c.result} [${c.channels}] lookalike [${c.lookalike}]`;
  if (got === want && !a.strange.length && !a.scripts && !a.hidden) passed++;
  else fail(`${path.basename(tablePath)}:${c.line} ${c.why}: ${JSON.stringify(c.input)} answered ${got}, expected ${want}${a.strange.length ? ` with ${a.strange.join(', ')}` : ''}`);
});

const inputs = randomInputs(RANDOM_INPUTS);
for (let start = 0; start < inputs.length; start += 500) {
  const batch = inputs.slice(start, start + 500);
  const got = await ask(batch);
  got.forEach((a, i) => {
    if (RESULTS.includes(a.result) && !a.strange.length && !a.scripts) passed++;
    else fail(`random input ${JSON.stringify(batch[i])}: data-result ${a.result}${a.strange.length ? `, ${a.strange.join(', ')}` : ''}${a.scripts ? ', a script was added' : ''}`);
  });
}
if (navigations) fail(`the page navigated ${navigations} time(s)`);
for (const p of problems) fail(p);
await browser.close();
console.log(`verify-cases: ${cases.length} table rows and ${RANDOM_INPUTS} random inputs; ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
