#!/usr/bin/env node
// Kanalregister quality gate.
//
//   node quality/check.mjs [--screenshots DIR] SITE_DIR...
//
// Checks every .html file of every SITE_DIR:
//   vnu       W3C Nu HTML checker (one java run for all files); errors fail, warnings are printed
//   axe       axe-core, tags wcag2a wcag2aa wcag21a wcag21aa wcag22aa best-practice; any violation fails
//   network   no request to any host but the local server, no local request answered 4xx/5xx
//   js        no uncaught JavaScript error while the page is loaded and tested
//   links     every local a[href] points to an existing file, every #fragment to an existing id,
//             every button.copy[data-copy] to an existing, non-empty element
//   reflow    no horizontal scrolling at 320 CSS px (1280 px at 400 % zoom, WCAG 1.4.10)
//   keyboard  skip link on every page that has one; filter test on pages with form#filter;
//             copy test on the first kanaler/*/index.html with copy buttons of each SITE_DIR
//             (see keyboard.mjs)
// and with --screenshots DIR takes full-page PNGs of index.html and the first kanaler/*/index.html.
// Prints `quality: N passed, M failed` last; exits 1 on any failure.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PARALLEL_PAGES = 2;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const ZOOM400 = { width: 320, height: 225 }; // 1280×900 at 400 %
const CI = process.env.CI === 'true';

const USAGE = 'usage: node quality/check.mjs [--screenshots DIR] SITE_DIR...';

// ---------------------------------------------------------------------------
// results

const results = []; // { check, target, ok }
const tally = new Map();

function record(check, target, ok, details = []) {
  results.push({ check, target, ok });
  const t = tally.get(check) ?? { passed: 0, failed: 0 };
  ok ? t.passed++ : t.failed++;
  tally.set(check, t);
  if (!ok) {
    console.log(`FAIL [${check}] ${target}`);
    for (const d of details) console.log(`    ${d}`);
  }
}

function finish(extraFailure = false) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (tally.size) {
    console.log('');
    for (const [check, t] of tally) console.log(`  ${check.padEnd(10)} ${t.passed} passed, ${t.failed} failed`);
  }
  console.log(`quality: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || extraFailure ? 1 : 0);
}

// ---------------------------------------------------------------------------
// arguments and files

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { screenshots: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) { console.log(USAGE); process.exit(0); }
if (!args.positionals.length) { console.error(USAGE); process.exit(2); }

const sites = [];
for (const dir of args.positionals) {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) { console.error(`not a directory: ${dir}\n${USAGE}`); process.exit(2); }
  const files = walk(root).filter((f) => /\.html?$/i.test(f)).sort();
  if (!files.length) { console.error(`no .html files in ${dir}`); process.exit(1); }
  const label = path.relative(process.cwd(), root) || '.';
  sites.push({ dir, root, label, files, pages: files.map((f) => ({ file: f, rel: path.relative(root, f).split(path.sep).join('/') })) });
}

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const labelOf = (file) => path.relative(process.cwd(), file);

// HTML fragments (embed/*.html) are meant to be pasted into a CMS page, not served as pages:
// they are checked inside a minimal page of their own, with their style sheet beside them. The
// page has the main landmark and the h1 the CMS page would have; the fragment starts on its next line.
const isFragment = (file) => /(^|[\\/])embed[\\/][^\\/]+\.html?$/i.test(file);
const FRAGMENT_HEAD = '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Inbäddat innehåll</title>'
  + '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="kanaler.css"></head>'
  + '<body><main><h1>Inbäddat innehåll</h1>\n';
const wrapFragment = (html) => FRAGMENT_HEAD + html + '\n</main></body></html>\n';
const isChannelPage = (rel) => /^kanaler\/[^/]+\/index\.html$/.test(rel);

// ---------------------------------------------------------------------------
// prerequisites

const haveJava = (() => { const r = spawnSync('java', ['-version'], { stdio: 'ignore' }); return !r.error && r.status === 0; })();
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveJava || !haveChromium) {
  const missing = [];
  if (!haveJava) missing.push(['java not installed (apt-get install default-jre-headless)', 'the vnu HTML check']);
  if (!haveChromium) missing.push(['chromium not installed (apt-get install chromium)', `the browser checks (looked for ${CHROMIUM})`]);
  if (CI) {
    for (const [m, what] of missing) console.error(`error: ${m}: CI=true, so the quality gate fails instead of skipping ${what}`);
    process.exit(1);
  }
  for (const [m, what] of missing) console.log(`skipped: ${m}\n  not run: ${what}`);
}

let axeSource, chromium;
try {
  if (haveChromium) {
    axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    ({ chromium } = await import('playwright-core'));
  }
} catch (e) {
  console.error(`error: node modules missing (${e.message.split('\n')[0]}); run "npm ci" in ${path.relative(process.cwd(), HERE) || '.'}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// vnu: one java process for all files, run while the browser works

function runVnu() {
  let jar;
  try { jar = String(require('vnu-jar')); } catch (e) {
    return Promise.resolve({ fatal: `vnu-jar not installed; run "npm ci" in ${path.relative(process.cwd(), HERE) || '.'}` });
  }
  const files = sites.flatMap((s) => s.files);
  // fragments go to vnu wrapped in a page of their own, from a temporary copy; messages map back to the original
  const wrapped = new Map();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quality-fragments-'));
  const inputs = files.map((f, i) => {
    if (!isFragment(f)) return f;
    const copy = path.join(tmp, `${i}-${path.basename(f)}`);
    fs.writeFileSync(copy, wrapFragment(fs.readFileSync(f, 'utf8')));
    wrapped.set(path.resolve(copy), path.resolve(f));
    return copy;
  });
  return new Promise((resolve) => {
    const child = spawn('java', ['-Xss2m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-jar', jar, '--format', 'json', '--stdout', '--exit-zero-always', ...inputs],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => resolve({ fatal: `could not run java: ${e.message}` }));
    child.on('close', (code) => {
      try { resolve({ files, wrapped, messages: JSON.parse(out).messages ?? [] }); } catch {
        resolve({ fatal: `vnu exited with ${code} and no JSON output:\n${(err || out).trim().slice(0, 2000)}` });
      }
    });
  });
}

function reportVnu(res) {
  if (res.fatal) { record('vnu', 'all files', false, [res.fatal]); return; }
  const byFile = new Map(res.files.map((f) => [path.resolve(f), { errors: [], warnings: [] }]));
  const other = [];
  for (const m of res.messages) {
    let file = null;
    try { file = m.url ? path.resolve(decodeURIComponent(new URL(m.url).pathname)) : null; } catch { /* keep null */ }
    if (file && res.wrapped?.has(file)) { // a fragment: its own line numbers, one line below the wrapper's head
      file = res.wrapped.get(file);
      for (const k of ['firstLine', 'lastLine']) if (m[k]) m[k] = Math.max(1, m[k] - 1);
    }
    const entry = file && byFile.get(file);
    const where = `${labelOf(file ?? m.url ?? '?')}:${m.lastLine ?? m.firstLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}`;
    const extract = m.extract ? `  «${m.extract.replace(/\s+/g, ' ').trim().slice(0, 100)}»` : '';
    const line = `${where}: ${m.message}${extract}`;
    if (m.type === 'error' || m.type === 'non-document-error') (entry ? entry.errors : other).push(line);
    else if (m.type === 'info' && m.subType === 'warning') (entry ? entry.warnings : other).push(`warning: ${line}`);
  }
  for (const [file, { errors, warnings }] of byFile) {
    for (const w of warnings) console.log(w);
    record('vnu', labelOf(file), errors.length === 0, errors);
  }
  if (other.length) record('vnu', 'other', !other.some((l) => !l.startsWith('warning:')), other);
}

// ---------------------------------------------------------------------------
// static server

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.js': 'application/javascript; charset=utf-8', '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};

function serve(root) {
  const server = http.createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', { allow: 'GET, HEAD' });
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { return send(400, 'bad request'); }
    let file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden');
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!pathname.endsWith('/')) return send(301, '', { location: encodeURI(pathname) + '/' });
        file = path.join(file, 'index.html');
      }
      fs.readFile(file, (err2, body) => {
        if (err2) return send(404, 'not found', { 'content-type': 'text/plain; charset=utf-8' });
        if (isFragment(file)) body = wrapFragment(body.toString('utf8'));
        send(200, body, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
      });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------
// per-page checks

const { runKeyboardTest, detectKeyboardContract } = await import('./keyboard.mjs');

let clipboardQueue = Promise.resolve();
function withClipboard(fn) {
  const run = clipboardQueue.then(fn, fn);
  clipboardQueue = run.catch(() => {});
  return run;
}

function pageState(page) {
  if (!page.__kr) page.__kr = { origin: null, external: [], localErrors: [], jsErrors: [], consoleErrors: [] };
  return page.__kr;
}

function addExternal(page, method, url, type) {
  const st = pageState(page);
  const seen = st.external.find((x) => x.url === url);
  if (seen) { if (!seen.types.includes(type)) seen.types.push(type); } else st.external.push({ method, url, types: [type] });
}

async function blockExternal(context, origins) {
  await context.route(() => true, (route) => {
    const req = route.request();
    const url = req.url();
    let origin;
    try { origin = new URL(url).origin; } catch { origin = 'invalid'; }
    if (origins.has(origin)) return route.continue();
    const page = req.frame()?.page();
    if (page) addExternal(page, req.method(), url, req.resourceType());
    return route.abort('blockedbyclient');
  });
}

/** A page reused for many visits (much cheaper than a new page per visit); its listeners report into page.__kr. */
async function workerPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => pageState(page).jsErrors.push(String(e.stack || e.message).split('\n').slice(0, 3).map((l) => l.trim()).join(' ')));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageState(page).consoleErrors.push(m.text()); });
  page.on('websocket', (ws) => addExternal(page, 'WebSocket', ws.url(), 'websocket'));
  page.on('response', (r) => {
    const st = pageState(page);
    if (st.origin && r.status() >= 400 && r.url().startsWith(st.origin)) st.localErrors.push(`${r.status()} ${r.request().method()} ${r.url().slice(st.origin.length)} (${r.request().resourceType()})`);
  });
  page.on('requestfailed', (r) => {
    const st = pageState(page);
    const f = r.failure()?.errorText ?? '';
    if (st.origin && r.url().startsWith(st.origin) && !/ERR_ABORTED|BLOCKED_BY_CLIENT/.test(f)) st.localErrors.push(`${f} ${r.url().slice(st.origin.length)}`);
  });
  return page;
}

async function checkPage(page, site, pg) {
  const target = `${site.label}/${pg.rel}`;
  const url = `${site.origin}/${pg.rel.split('/').map(encodeURIComponent).join('/')}`;
  page.__kr = { origin: site.origin, external: [], localErrors: [], jsErrors: [], consoleErrors: [] };
  const st = page.__kr;
  try {
    await page.setViewportSize(DESKTOP);
    const resp = await page.goto(url, { waitUntil: 'load' });
    if (!resp || !resp.ok()) throw new Error(`HTTP ${resp ? resp.status() : 'no response'}`);
    await page.evaluate(() => document.fonts.ready.then(() => true));
  } catch (e) {
    record('load', target, false, [`could not load ${url}: ${e.message.split('\n')[0]}`]);
    return false;
  }

  // axe
  try {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) }));
    }, AXE_TAGS);
    const lines = [];
    for (const v of violations) {
      lines.push(`${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`);
      for (const n of v.nodes.slice(0, 5)) {
        lines.push(`    ${n.target}`);
        if (n.summary) lines.push(...n.summary.split('\n').filter((s) => s.trim()).slice(0, 3).map((s) => `        ${s.trim()}`));
      }
      if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
    }
    record('axe', target, violations.length === 0, lines);
  } catch (e) {
    record('axe', target, false, [`axe did not run: ${e.message.split('\n')[0]}`]);
  }

  // links and in-page references
  try {
    const refs = await page.evaluate(() => {
      const out = { links: [], missingIds: [], copy: [] };
      const here = location.href.split('#')[0];
      for (const a of document.querySelectorAll('a[href], area[href]')) {
        const raw = a.getAttribute('href');
        if (/^(mailto|tel|javascript|data|sms):/i.test(raw.trim())) continue;
        const u = new URL(a.href);
        const name = (a.textContent || a.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
        if (u.href.split('#')[0] === here) {
          const frag = decodeURIComponent(u.hash.slice(1));
          if (frag && frag !== 'top' && !document.getElementById(frag) && !document.getElementsByName(frag).length) out.missingIds.push(`href="${raw}" "${name}": no element with id "${frag}" on this page`);
          continue;
        }
        if (u.origin === location.origin) out.links.push({ raw, path: decodeURIComponent(u.pathname), frag: decodeURIComponent(u.hash.slice(1)), name });
      }
      for (const b of document.querySelectorAll('button.copy[data-copy]')) {
        const t = document.getElementById(b.dataset.copy);
        if (!t) out.copy.push(`button.copy[data-copy="${b.dataset.copy}"]: no element with that id`);
        else if (!t.textContent.trim()) out.copy.push(`button.copy[data-copy="${b.dataset.copy}"]: #${b.dataset.copy} is empty`);
      }
      return out;
    });
    const problems = [...refs.missingIds, ...refs.copy];
    for (const l of refs.links) {
      let file = path.join(site.root, l.path);
      if (file !== site.root && !file.startsWith(site.root + path.sep)) { problems.push(`href="${l.raw}" "${l.name}": points outside the site`); continue; }
      if (l.path.endsWith('/')) file = path.join(file, 'index.html');
      else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) { problems.push(`href="${l.raw}" "${l.name}": ${path.relative(site.root, file)} does not exist`); continue; }
      if (l.frag && /\.html?$/i.test(file)) {
        const html = site.cache.get(file) ?? fs.readFileSync(file, 'utf8');
        site.cache.set(file, html);
        const esc = l.frag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!new RegExp(`\\s(id|name)=["']?${esc}(["'\\s>])`).test(html)) problems.push(`href="${l.raw}" "${l.name}": no id "${l.frag}" in ${path.relative(site.root, file)}`);
      }
    }
    record('links', target, problems.length === 0, problems);
  } catch (e) {
    record('links', target, false, [`link check did not run: ${e.message.split('\n')[0]}`]);
  }

  // reflow at 320 CSS px
  try {
    await page.setViewportSize(ZOOM400);
    const r = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
      const cw = document.documentElement.clientWidth;
      const sw = Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0);
      const offenders = [];
      if (sw > cw + 1) {
        const describe = (el) => {
          let d = el.tagName.toLowerCase();
          if (el.id) d += '#' + el.id;
          else if (el.classList.length) d += '.' + [...el.classList].join('.');
          return d;
        };
        for (const el of document.body.querySelectorAll('*')) {
          const rect = el.getBoundingClientRect();
          if (rect.right > cw + 1 && rect.width > 0 && ![...el.children].some((c) => c.getBoundingClientRect().right > cw + 1)) {
            const p = el.parentElement ? describe(el.parentElement) + ' > ' : '';
            offenders.push(`${p}${describe(el)} (right edge at ${Math.round(rect.right)}px)`);
            if (offenders.length >= 5) break;
          }
        }
      }
      resolve({ cw, sw, offenders });
    })));
    await page.setViewportSize(DESKTOP);
    record('reflow', target, r.sw <= r.cw + 1, [`page is ${r.sw}px wide in a ${r.cw}px viewport (400 % zoom): horizontal scrolling`, ...r.offenders.map((o) => `wider than the viewport: ${o}`)]);
  } catch (e) {
    await page.setViewportSize(DESKTOP).catch(() => {});
    record('reflow', target, false, [`reflow check did not run: ${e.message.split('\n')[0]}`]);
  }

  // keyboard
  const has = await detectKeyboardContract(page);
  // The copy test (clipboard, serialised) runs on the first channel page with copy buttons of each site.
  const keyboardCopy = has.copy && isChannelPage(pg.rel) && !site.copyTested;
  if (keyboardCopy) site.copyTested = true;
  if (has.skipLink || has.filter || keyboardCopy) {
    try {
      const steps = await runKeyboardTest(page, { filter: true, copy: keyboardCopy, withClipboard });
      record('keyboard', target, true);
      if (process.env.QUALITY_VERBOSE) for (const s of steps) console.log(`    keyboard ${target}: ${s}`);
    } catch (e) {
      record('keyboard', target, false, [e.name === 'KeyboardTestError' ? e.message : `keyboard test crashed: ${e.message.split('\n')[0]}`]);
    }
  }

  // network and JS errors during the whole visit
  await page.waitForTimeout(50);
  record('network', target, st.external.length === 0 && st.localErrors.length === 0, [
    ...st.external.map((x) => `external request blocked: ${x.method} ${x.url} (${x.types.join(', ')})`),
    ...st.localErrors.map((x) => `local request failed: ${x}`),
  ]);
  record('js', target, st.jsErrors.length === 0, st.jsErrors.map((x) => `uncaught: ${x}`));
  for (const c of st.consoleErrors) console.log(`warning: console error on ${target}: ${c}`);
  return true;
}

async function screenshots(browser, desktopCtx, outDir, origins) {
  fs.mkdirSync(outDir, { recursive: true });
  const phoneCtx = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1, serviceWorkers: 'block' });
  await blockExternal(phoneCtx, origins);
  try {
    const tasks = [];
    for (const site of sites) {
      const siteName = site.label.replace(/^(\.\.\/)+/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'site';
      const picks = [];
      if (site.pages.some((p) => p.rel === 'index.html')) picks.push({ rel: 'index.html', name: 'index' });
      const ch = site.pages.find((p) => isChannelPage(p.rel));
      if (ch) picks.push({ rel: ch.rel, name: `kanal-${ch.rel.split('/')[1]}` });
      if (!picks.length) console.log(`warning: --screenshots: ${site.label} has neither index.html nor kanaler/*/index.html`);
      for (const p of picks) {
        for (const [ctx, vp, kind] of [[phoneCtx, PHONE, 'phone'], [desktopCtx, DESKTOP, 'desktop'], [desktopCtx, ZOOM400, 'zoom400']]) {
          tasks.push({ ctx, vp, url: `${site.origin}/${p.rel}`, file: path.join(outDir, `${siteName}--${p.name}--${kind}-${vp.width}x${vp.height}.png`) });
        }
      }
    }
    await Promise.all(Array.from({ length: PARALLEL_PAGES }, async () => {
      for (let t; (t = tasks.shift());) {
        const page = await t.ctx.newPage();
        try {
          await page.setViewportSize(t.vp);
          await page.goto(t.url, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => true));
          await page.screenshot({ path: t.file, fullPage: true, animations: 'disabled' });
          record('screenshot', labelOf(t.file), true);
        } catch (e) {
          record('screenshot', labelOf(t.file), false, [e.message.split('\n')[0]]);
        } finally {
          await page.close().catch(() => {});
        }
      }
    }));
  } finally {
    await phoneCtx.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// main

const started = Date.now();
const vnuPromise = haveJava ? runVnu() : null;
const servers = [];
let browserFailure = false;

if (haveChromium) {
  const userDataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kanalregister-chromium-'));
  let context;
  try {
    for (const site of sites) {
      const server = await serve(site.root);
      servers.push(server);
      site.origin = `http://127.0.0.1:${server.address().port}`;
      site.cache = new Map();
    }
    const origins = new Set(sites.map((s) => s.origin));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: DESKTOP,
      permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block', locale: 'sv-SE', timeout: 60000,
    });
    await blockExternal(context, origins);
    for (const p of context.pages()) await p.close();

    const queue = sites.flatMap((site) => site.pages.map((pg) => [site, pg]));
    const total = queue.length;
    console.log(`checking ${total} page(s) in ${sites.map((s) => s.label).join(', ')}${haveJava ? ' (vnu running alongside)' : ''}`);
    await Promise.all(Array.from({ length: Math.min(PARALLEL_PAGES, total) }, async () => {
      let page = await workerPage(context);
      while (queue.length) {
        if (!(await checkPage(page, ...queue.shift()))) { // failed to load: start over with a fresh page
          await page.close().catch(() => {});
          page = await workerPage(context);
        }
      }
      await page.close().catch(() => {});
    }));
    if (args.values.screenshots) await screenshots(context.browser(), context, path.resolve(args.values.screenshots), origins);
  } catch (e) {
    console.error(`error: browser checks aborted: ${e.stack || e.message}`);
    browserFailure = true;
  } finally {
    if (context) await context.close().catch(() => {});
    for (const s of servers) s.close();
    await fsp.rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  }
} else if (args.values.screenshots) {
  console.log('skipped: --screenshots needs chromium');
}

if (vnuPromise) {
  const res = await vnuPromise;
  console.log(`vnu: checked ${sites.reduce((n, s) => n + s.files.length, 0)} file(s)`);
  reportVnu(res);
}
console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
finish(browserFailure);
