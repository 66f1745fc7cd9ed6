#!/usr/bin/env node
// Self-test of the quality gate: the sample site must pass, and a copy of it with
// deliberate faults must fail with the expected, readable messages.
//
//   node quality/selftest.mjs        (needs java and /usr/bin/chromium)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(HERE, 'test-fixtures', 'sample-site');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kanalregister-selftest-'));
let failures = 0;

function check(cond, what) {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures++;
}

function run(dirName) {
  const t = Date.now();
  const r = spawnSync(process.execPath, [path.join(HERE, 'check.mjs'), dirName], { cwd: tmp, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: r.status, out: r.stdout + r.stderr, secs: (Date.now() - t) / 1000 };
}

function edit(rel, from, to) {
  const f = path.join(tmp, 'broken-site', rel);
  const s = fs.readFileSync(f, 'utf8');
  if (!s.includes(from)) throw new Error(`selftest: "${from}" not found in ${rel}`);
  fs.writeFileSync(f, s.replace(from, to));
}

try {
  // 1. the sample site passes
  fs.cpSync(FIXTURE, path.join(tmp, 'sample-site'), { recursive: true });
  const good = run('sample-site');
  check(good.code === 0 && /quality: \d+ passed, 0 failed\s*$/.test(good.out), `sample site passes (${good.secs.toFixed(1)} s)`);
  if (good.code !== 0) console.log(good.out);

  // 2. a broken copy fails, with one fault per check
  fs.cpSync(FIXTURE, path.join(tmp, 'broken-site'), { recursive: true });
  // axe: search box without a label
  edit('index.html', '<label for="filter-q">Sök bland kanalerna</label>', '');
  // vnu: a stray end tag (the browser ignores it, so only vnu sees it)
  edit('om/index.html', '<h2>Vem ansvarar?</h2>', '<p>Stray end tag</span></p>\n<h2>Vem ansvarar?</h2>');
  // keyboard: the filter does nothing
  fs.writeFileSync(path.join(tmp, 'broken-site', 'assets', 'filter.js'), '// filter removed\n');
  // network: an external web font
  edit('om/index.html', '</head>', '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">\n</head>');
  // links: a link to a page that does not exist
  edit('om/index.html', '<h2>Tillgänglighet</h2>', '<p><a href="../kanaler/finns-inte/">Borttagen kanal</a></p>\n<h2>Tillgänglighet</h2>');
  // reflow: something 600 px wide
  edit('kanaler/kulturskolan-youtube/index.html', '<dl class="facts">', '<div style="width:600px">bred ruta</div>\n<dl class="facts">');
  // js: an uncaught error
  edit('kanaler/exempelkommun-linkedin/index.html', '</body>', '<script>finnsInte();</script>\n</body>');
  // keyboard: skip link without a focus indicator
  edit('kanaler/fritidsgardar-facebook/index.html', '</head>', '<style>.skip-link:focus-visible { outline: none; }</style>\n</head>');
  // keyboard: copy button copies the wrong thing (first channel page is the one tested)
  fs.writeFileSync(path.join(tmp, 'broken-site', 'assets', 'copy.js'),
    "document.querySelectorAll('button.copy').forEach(b => b.addEventListener('click', () => navigator.clipboard.writeText('fel text')));\n");

  const bad = run('broken-site');
  console.log(bad.out.split('\n').map((l) => `  | ${l}`).join('\n'));
  check(bad.code === 1, `broken site exits 1 (got ${bad.code}, ${bad.secs.toFixed(1)} s)`);
  const expect = [
    ['axe', 'broken-site/index.html', /label \(critical\): Form elements must have labels/],
    ['vnu', 'broken-site/om/index.html', /broken-site\/om\/index\.html:\d+:\d+: Stray end tag “span”/],
    ['keyboard', 'broken-site/index.html', /after choosing platform "Facebook" \(facebook\) with ArrowDown: .*still visible/],
    ['network', 'broken-site/om/index.html', /external request blocked: GET https:\/\/fonts\.googleapis\.com\//],
    ['links', 'broken-site/om/index.html', /kanaler\/finns-inte\/index\.html does not exist/],
    ['reflow', 'broken-site/kanaler/kulturskolan-youtube/index.html', /horizontal scrolling/],
    ['js', 'broken-site/kanaler/exempelkommun-linkedin/index.html', /uncaught: ReferenceError: finnsInte is not defined/],
    ['keyboard', 'broken-site/kanaler/fritidsgardar-facebook/index.html', /no visible focus indicator/],
    ['keyboard', 'broken-site/kanaler/biblioteket-instagram/index.html', /clipboard holds "fel text"/],
  ];
  for (const [checkName, page, re] of expect) {
    const head = `FAIL [${checkName}] ${page}\n`;
    const at = bad.out.indexOf(head);
    const block = at < 0 ? '' : bad.out.slice(at + head.length).split(/\n(?=\S)/)[0];
    check(at >= 0 && re.test(block), `broken site: [${checkName}] ${page} fails with ${re}`);
  }
  const m = /quality: (\d+) passed, (\d+) failed\s*$/.exec(bad.out);
  check(m && Number(m[2]) === expect.length, `broken site: exactly ${expect.length} failures (got ${m ? m[2] : 'no summary'})`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(failures ? `selftest: ${failures} failed` : 'selftest: all ok');
process.exit(failures ? 1 : 0);
