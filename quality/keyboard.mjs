// Keyboard tests for Kanalregister pages, driven only with page.keyboard.
//
// DOM contract (see README.md):
//   a.skip-link[href="#main"]      first focusable element of the page
//   main#main                      the skip link's target
//   form#filter                    select#filter-platform, select#filter-unit, input#filter-q[type=search]
//   li.channel                     data-platform, data-unit; its text is what the search matches
//   #filter-status[role=status]    live region; its text contains the number of visible channels
//   button.copy[data-copy]         copies the text of the element whose id is data-copy
//   #copy-status[role=status]      live region announcing the copy
//
// Every test throws a KeyboardTestError with a readable message on the first
// expectation that does not hold; it returns a list of the steps that passed.

export class KeyboardTestError extends Error {
  constructor(message) {
    super(message);
    this.name = 'KeyboardTestError';
  }
}

const FOCUSABLE = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** Which parts of the contract the loaded page has. */
export async function detectKeyboardContract(page) {
  return page.evaluate(() => ({
    skipLink: !!document.querySelector('a.skip-link'),
    filter: !!document.querySelector('form#filter') && !!document.querySelector('li.channel'),
    copy: !!document.querySelector('button.copy[data-copy]'),
  }));
}

/** A short description of the focused element, e.g. `select#filter-platform` or `a.skip-link "Hoppa till…"`. */
export async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (nothing focused)';
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    if (el.classList.length) d += '.' + [...el.classList].join('.');
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
    if (text) d += ` "${text.length > 40 ? text.slice(0, 40) + '…' : text}"`;
    return d;
  });
}

async function focusMatches(page, selector) {
  return page.evaluate((s) => !!document.activeElement && document.activeElement !== document.body && document.activeElement.matches(s), selector);
}

/**
 * Press Tab (or Shift+Tab) until the focused element matches selector (no press if it already does).
 * Throws with the list of focus stops if it is not reached within max presses.
 */
export async function tabTo(page, selector, { max = 60, key = 'Tab' } = {}) {
  if (await focusMatches(page, selector)) return 0;
  const stops = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await focusMatches(page, selector)) return i;
    stops.push(await describeFocus(page));
  }
  throw new KeyboardTestError(`could not reach ${selector} with ${key} (${stops.length} presses); focus went: ${stops.slice(0, 12).join(' → ')}${stops.length > 12 ? ' → …' : ''}`);
}

/** Poll fn (run in node, may evaluate in the page) until it returns {ok:true}; returns the last result. */
async function poll(fn, { timeout = 2000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last.ok || Date.now() > end) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
}

function channelState(page) {
  return page.evaluate(() => {
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const items = [...document.querySelectorAll('li.channel')].map((li, index) => ({
      index,
      platform: li.dataset.platform ?? '',
      unit: li.dataset.unit ?? '',
      text: norm(li.textContent),
      visible: li.checkVisibility ? li.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : li.getClientRects().length > 0,
    }));
    const status = document.getElementById('filter-status');
    return { items, status: status ? norm(status.textContent) : null };
  });
}

function countInText(text, n) {
  return new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(text);
}

function itemList(items, max = 4) {
  const s = items.slice(0, max).map((i) => `[${i.platform}] "${i.text.slice(0, 50)}"`).join(', ');
  return items.length > max ? `${s}, … (${items.length} in all)` : s;
}

/**
 * Skip link: on a freshly loaded page, Tab once must focus a.skip-link[href="#main"],
 * visibly (outline or box-shadow, on screen); Enter must move focus / the focus
 * starting point to main#main.
 */
export async function testSkipLink(page) {
  const steps = [];
  const pre = await page.evaluate(() => ({
    active: document.activeElement === document.body || document.activeElement === null,
    main: !!document.querySelector('main#main'),
    skip: !!document.querySelector('a.skip-link[href="#main"]'),
  }));
  if (!pre.skip) throw new KeyboardTestError('no a.skip-link[href="#main"] on the page');
  if (!pre.main) throw new KeyboardTestError('no <main id="main"> on the page (the skip link has no target)');
  if (!pre.active) throw new KeyboardTestError(`something already has focus before the first Tab: ${await describeFocus(page)} (autofocus?)`);

  await page.keyboard.press('Tab');
  if (!(await focusMatches(page, 'a.skip-link[href="#main"]'))) {
    throw new KeyboardTestError(`first Tab focused ${await describeFocus(page)}, expected the skip link a.skip-link[href="#main"] to be the first focusable element`);
  }
  const look = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/rgba\(.*,\s*0\)|transparent/.test(cs.outlineColor);
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const onScreen = r.width >= 2 && r.height >= 2 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
    const hit = onScreen ? document.elementFromPoint(Math.min(innerWidth - 1, Math.max(0, r.left + r.width / 2)), Math.min(innerHeight - 1, Math.max(0, r.top + r.height / 2))) : null;
    return {
      outline, shadow, onScreen,
      covered: onScreen && !(hit && (hit === el || el.contains(hit))),
      detail: `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}; box: ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`,
    };
  });
  if (!look.onScreen) throw new KeyboardTestError(`the focused skip link is not visible on screen (${look.detail}); show it on :focus`);
  if (look.covered) throw new KeyboardTestError(`the focused skip link is covered by another element (${look.detail})`);
  if (!look.outline && !look.shadow) throw new KeyboardTestError(`the focused skip link has no visible focus indicator: computed outline and box-shadow are both none (${look.detail})`);
  steps.push('Tab → skip link focused and visible');

  await page.keyboard.press('Enter');
  const moved = await poll(() => page.evaluate(() => {
    const main = document.getElementById('main');
    const a = document.activeElement;
    return { ok: location.hash === '#main' || (a && main.contains(a)), hash: location.hash, inMain: !!(a && main.contains(a)) };
  }), { timeout: 1000 });
  if (!moved.ok) throw new KeyboardTestError(`Enter on the skip link did not go to #main (location.hash is "${moved.hash}", focus on ${await describeFocus(page)})`);
  if (!moved.inMain) {
    // main is not focusable (no tabindex="-1"): the next Tab must still land inside main.
    const hasFocusable = await page.evaluate((sel) => [...document.getElementById('main').querySelectorAll(sel)].some((e) => !e.disabled && e.getClientRects().length > 0), FOCUSABLE);
    if (hasFocusable) {
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => document.getElementById('main').contains(document.activeElement));
      if (!inMain) throw new KeyboardTestError(`after Enter on the skip link, Tab focused ${await describeFocus(page)}, which is outside main#main (give main tabindex="-1" or check the link target)`);
    }
  }
  steps.push('Enter → moved to main');
  return steps;
}

/**
 * Filter: Tab to select#filter-platform, pick a platform with ArrowDown, check the list
 * and the status; Tab to input#filter-q, type a word, check the list and the status.
 * Expects to be called right after testSkipLink (focus in or at main).
 */
export async function testFilter(page) {
  const steps = [];
  const parts = await page.evaluate(() => ({
    form: !!document.querySelector('form#filter'),
    platform: !!document.querySelector('form#filter select#filter-platform'),
    unit: !!document.querySelector('form#filter select#filter-unit'),
    q: !!document.querySelector('form#filter input#filter-q[type=search]'),
    status: (() => { const s = document.getElementById('filter-status'); return !!s && s.getAttribute('role') === 'status'; })(),
  }));
  const missing = Object.entries({
    'select#filter-platform': parts.platform, 'select#filter-unit': parts.unit,
    'input#filter-q[type=search]': parts.q, '#filter-status[role=status]': parts.status,
  }).filter(([, ok]) => !ok).map(([s]) => s);
  if (missing.length) throw new KeyboardTestError(`filter form is missing ${missing.join(', ')}`);

  const initial = await channelState(page);
  if (initial.items.length < 2) throw new KeyboardTestError(`need at least 2 li.channel to test the filter, found ${initial.items.length}`);
  const initialVisible = initial.items.filter((i) => i.visible);
  if (initialVisible.length !== initial.items.length) {
    throw new KeyboardTestError(`before filtering, ${initial.items.length - initialVisible.length} of ${initial.items.length} li.channel are already hidden`);
  }

  // --- platform ---------------------------------------------------------
  await tabTo(page, 'select#filter-platform');
  const sel = await page.evaluate(() => {
    const s = document.getElementById('filter-platform');
    return { index: s.selectedIndex, options: [...s.options].map((o) => ({ value: o.value, label: o.text.trim(), disabled: o.disabled })) };
  });
  const counts = new Map();
  for (const i of initial.items) counts.set(i.platform, (counts.get(i.platform) ?? 0) + 1);
  // Prefer a platform with at least 2 channels (so the search step has something to narrow), but not all of them.
  const candidates = sel.options.map((o, idx) => ({ ...o, idx, n: counts.get(o.value) ?? 0 }))
    .filter((o) => o.idx > sel.index && !o.disabled && o.value && o.n > 0 && o.n < initial.items.length);
  const target = candidates.find((o) => o.n >= 2) ?? candidates[0];
  if (!target) {
    throw new KeyboardTestError(`select#filter-platform has no option (after the selected one) whose value matches the data-platform of some but not all channels; options: ${sel.options.map((o) => JSON.stringify(o.value)).join(', ')}; data-platform values: ${[...counts.keys()].map((v) => JSON.stringify(v)).join(', ')}`);
  }
  for (let k = sel.index; k < target.idx; k++) {
    if (sel.options[k + 1].disabled) continue;
    await page.keyboard.press('ArrowDown');
  }
  const chosen = await page.evaluate(() => document.getElementById('filter-platform').value);
  if (chosen !== target.value) {
    throw new KeyboardTestError(`ArrowDown on select#filter-platform should have selected "${target.value}", its value is "${chosen}"`);
  }
  if (!(await focusMatches(page, 'select#filter-platform'))) {
    throw new KeyboardTestError(`choosing a platform moved focus away from the select to ${await describeFocus(page)}`);
  }
  const expectP = initial.items.filter((i) => i.platform === target.value).map((i) => i.index);
  const afterP = await poll(async () => {
    const st = await channelState(page);
    const vis = st.items.filter((i) => i.visible).map((i) => i.index);
    return { ok: sameSet(vis, expectP) && st.status !== initial.status && countInText(st.status ?? '', expectP.length), st, vis };
  });
  if (!afterP.ok) {
    const wrong = afterP.st.items.filter((i) => i.visible && i.platform !== target.value);
    const lost = afterP.st.items.filter((i) => !i.visible && i.platform === target.value);
    const why = [];
    if (wrong.length) why.push(`${wrong.length} channel(s) of other platforms are still visible: ${itemList(wrong)}`);
    if (lost.length) why.push(`${lost.length} channel(s) of "${target.value}" are hidden: ${itemList(lost)}`);
    if (afterP.st.status === initial.status) why.push(`#filter-status did not change ("${afterP.st.status}")`);
    else if (!countInText(afterP.st.status ?? '', expectP.length)) why.push(`#filter-status "${afterP.st.status}" does not contain the number of visible channels (${expectP.length})`);
    throw new KeyboardTestError(`after choosing platform "${target.label}" (${target.value}) with ArrowDown: ${why.join('; ')}`);
  }
  steps.push(`platform "${target.value}" → ${expectP.length} of ${initial.items.length} channels, status "${afterP.st.status}"`);

  // --- search -----------------------------------------------------------
  await tabTo(page, 'input#filter-q');
  // Focus order must be reversible: Shift+Tab leaves the search box, Tab comes back.
  await page.keyboard.press('Shift+Tab');
  if (await focusMatches(page, 'input#filter-q')) throw new KeyboardTestError('Shift+Tab did not move focus away from input#filter-q');
  await page.keyboard.press('Tab');
  if (!(await focusMatches(page, 'input#filter-q'))) throw new KeyboardTestError(`Shift+Tab then Tab from input#filter-q ended on ${await describeFocus(page)}, not back on the search box`);

  const visibleNow = afterP.st.items.filter((i) => i.visible);
  const term = pickTerm(visibleNow) ?? pickTerm(afterP.st.items) ?? firstWord(visibleNow[0].text);
  const lower = (s) => s.toLocaleLowerCase('sv');
  const expectQ = visibleNow.filter((i) => lower(i.text).includes(lower(term))).map((i) => i.index);
  await page.keyboard.type(term, { delay: 15 });
  const typed = await page.evaluate(() => document.getElementById('filter-q').value);
  if (typed !== term) throw new KeyboardTestError(`typed "${term}" but input#filter-q contains "${typed}"`);
  const afterQ = await poll(async () => {
    const st = await channelState(page);
    const vis = st.items.filter((i) => i.visible).map((i) => i.index);
    const statusOk = expectQ.length === expectP.length || (st.status !== afterP.st.status);
    return { ok: sameSet(vis, expectQ) && statusOk && countInText(st.status ?? '', expectQ.length), st, vis, statusOk };
  });
  if (!afterQ.ok) {
    const wrong = afterQ.st.items.filter((i) => i.visible && !expectQ.includes(i.index));
    const lost = afterQ.st.items.filter((i) => !i.visible && expectQ.includes(i.index));
    const why = [];
    if (wrong.length) why.push(`${wrong.length} channel(s) that should be hidden are visible: ${itemList(wrong)}`);
    if (lost.length) why.push(`${lost.length} matching channel(s) are hidden: ${itemList(lost)}`);
    if (!afterQ.statusOk) why.push(`#filter-status did not change ("${afterQ.st.status}")`);
    else if (!countInText(afterQ.st.status ?? '', expectQ.length)) why.push(`#filter-status "${afterQ.st.status}" does not contain the number of visible channels (${expectQ.length})`);
    throw new KeyboardTestError(`after typing "${term}" in input#filter-q (platform "${target.value}" still chosen, expecting ${expectQ.length} of ${expectP.length} channels whose text contains it): ${why.join('; ')}`);
  }
  steps.push(`search "${term}" → ${expectQ.length} channel(s), status "${afterQ.st.status}"`);
  return steps;
}

function sameSet(a, b) {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

function words(text) {
  return [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4))];
}

function firstWord(text) {
  return words(text)[0] ?? text.slice(0, 3);
}

/** A word from the channels' text that some, but not all, of them contain. */
function pickTerm(items) {
  if (items.length < 2) return null;
  const lower = (s) => s.toLocaleLowerCase('sv');
  for (const item of items) {
    for (const w of words(item.text)) {
      const n = items.filter((i) => lower(i.text).includes(lower(w))).length;
      if (n < items.length) return w;
    }
  }
  return null;
}

/**
 * Copy buttons: Tab to the first button.copy[data-copy], press Enter, check that the
 * clipboard holds the text of the element with id = data-copy, that #copy-status
 * announced something and focus stayed on the button. If there is a second copy
 * button, Tab to it and use Space. Expects the browser context to have been granted
 * clipboard-read and clipboard-write. withClipboard(fn) serialises clipboard use
 * between pages tested in parallel (the clipboard is shared by the whole browser).
 */
export async function testCopy(page, { withClipboard = (fn) => fn() } = {}) {
  const steps = [];
  const buttons = await page.evaluate(() => [...document.querySelectorAll('button.copy[data-copy]')].map((b) => {
    const target = document.getElementById(b.dataset.copy);
    return { id: b.dataset.copy, target: !!target, text: target ? target.textContent.replace(/\s+/g, ' ').trim() : '' };
  }));
  if (!buttons.length) throw new KeyboardTestError('no button.copy[data-copy] on the page');
  const hasStatus = await page.evaluate(() => { const s = document.getElementById('copy-status'); return !!s && s.getAttribute('role') === 'status'; });
  if (!hasStatus) throw new KeyboardTestError('no live region #copy-status[role=status] on the page');
  for (const b of buttons) {
    if (!b.target) throw new KeyboardTestError(`button.copy[data-copy="${b.id}"]: no element with id "${b.id}"`);
    if (!b.text) throw new KeyboardTestError(`button.copy[data-copy="${b.id}"]: element #${b.id} has no text to copy`);
  }

  const uses = buttons.length > 1 ? [['Enter', 0], ['Space', 1]] : [['Enter', 0]];
  for (const [key, n] of uses) {
    const selector = `button.copy[data-copy="${cssEscape(buttons[n].id)}"]`;
    await tabTo(page, selector);
    const expected = buttons[n].text;
    const result = await withClipboard(async () => {
      const sentinel = `kanalregister-quality-${Date.now()}`;
      await page.evaluate(async (s) => {
        await navigator.clipboard.writeText(s);
        const status = document.getElementById('copy-status');
        window.__copyStatusMutations = 0;
        window.__copyStatusObserver?.disconnect();
        window.__copyStatusObserver = new MutationObserver((m) => { window.__copyStatusMutations += m.length; });
        window.__copyStatusObserver.observe(status, { childList: true, characterData: true, subtree: true });
      }, sentinel);
      await page.keyboard.press(key);
      return poll(() => page.evaluate(async (exp) => {
        let clip;
        try { clip = (await navigator.clipboard.readText()).replace(/\s+/g, ' ').trim(); } catch (e) { clip = `<readText failed: ${e.message}>`; }
        const status = document.getElementById('copy-status').textContent.replace(/\s+/g, ' ').trim();
        const announced = window.__copyStatusMutations > 0 && status !== '';
        return { ok: clip === exp && announced, clip, status, announced };
      }, expected), { timeout: 2000 });
    });
    if (result.clip !== expected) {
      throw new KeyboardTestError(`${key} on ${selector}: clipboard holds "${result.clip.slice(0, 80)}", expected the text of #${buttons[n].id}: "${expected}"`);
    }
    if (!result.announced) {
      throw new KeyboardTestError(`${key} on ${selector} copied the text, but #copy-status announced nothing (text: "${result.status}")`);
    }
    if (!(await focusMatches(page, selector))) {
      throw new KeyboardTestError(`${key} on ${selector}: focus moved away from the button to ${await describeFocus(page)}`);
    }
    steps.push(`${key} on copy button #${buttons[n].id} → clipboard "${expected}", status "${result.status}"`);
  }
  return steps;
}

function cssEscape(s) {
  return s.replace(/["\\]/g, '\\$&');
}

/**
 * The whole keyboard test for one freshly loaded page, according to what it has:
 * skip link always (required when the page has the filter or copy buttons), then
 * the filter test and/or the copy test.
 */
export async function runKeyboardTest(page, { filter = true, copy = true, withClipboard } = {}) {
  const has = await detectKeyboardContract(page);
  const steps = [];
  if (!has.skipLink && !has.filter && !has.copy) return steps;
  steps.push(...await testSkipLink(page));
  if (filter && has.filter) steps.push(...await testFilter(page));
  if (copy && has.copy) steps.push(...await testCopy(page, { withClipboard }));
  return steps;
}
