/*
 * Kanalregister's handbook: search, sortable tables and print buttons.
 * Progressive enhancement: every page works without this script; the search form and the
 * print buttons are hidden until it runs, and table headings become buttons only here.
 * Fixed texts come from the page (data attributes written from the message bundle).
 */
(function () {
  'use strict';

  /** Lower case without accents, so that "overlata" finds "överlåta". */
  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  /** Fills {0}, {1}, … of a message with args. */
  function format(pattern, args) {
    return String(pattern || '').replace(/\{(\d)\}/g, function (m, i) {
      return args[+i] !== undefined ? String(args[+i]) : m;
    });
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  // Print buttons.
  each('[data-print]', function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  // Search over the index that search-index.js assigned.
  var index = window.kanalregisterSearch;
  if (Array.isArray(index)) each('form[data-search]', function (form) { search(form, index); });

  function search(form, entries) {
    var input = form.querySelector('input[type="search"]');
    var status = form.querySelector('[data-search-status]');
    var list = form.querySelector('[data-search-results]');
    var root = form.getAttribute('data-root') || '';
    var prepared = entries.map(function (e) {
      return { entry: e, title: fold(e.t), all: fold(e.t + ' ' + e.c + ' ' + e.x) };
    });
    var timer = 0;
    form.hidden = false;
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 200);
    });

    function run() {
      var query = input.value.trim();
      list.textContent = '';
      if (!query) { status.textContent = ''; return; }
      var words = fold(query).split(/\s+/).filter(Boolean);
      var hits = [];
      prepared.forEach(function (p, i) {
        var score = 0;
        for (var w = 0; w < words.length; w++) {
          if (p.all.indexOf(words[w]) < 0) return;
          score += p.title.indexOf(words[w]) >= 0 ? 10 : 1;
        }
        hits.push({ p: p, score: score, i: i });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
      var n = hits.length;
      var key = n === 0 ? 'data-none' : n === 1 ? 'data-one' : 'data-many';
      status.textContent = format(form.getAttribute(key), [query, n]);
      hits.slice(0, 20).forEach(function (hit) { list.appendChild(result(hit.p.entry, words[0])); });
    }

    function result(entry, word) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + entry.h;
      a.textContent = entry.t;
      var context = document.createElement('span');
      context.className = 'search-context';
      context.textContent = entry.c;
      li.appendChild(a);
      li.appendChild(context);
      var snippet = excerpt(entry.x, word);
      if (snippet) {
        var p = document.createElement('p');
        p.textContent = snippet;
        li.appendChild(p);
      }
      return li;
    }
  }

  /** About 160 characters of text around the first place the word occurs. */
  function excerpt(text, word) {
    if (!text) return '';
    var at = Math.max(0, fold(text).indexOf(word));
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, start + 160);
    return (start > 0 ? '… ' : '') + text.slice(start, end).trim() + (end < text.length ? ' …' : '');
  }

  // Sortable tables: th[data-sort] of table[data-sortable] become buttons; cells sort by data-value.
  each('table[data-sortable]', sortable);

  function sortable(table) {
    var head = table.tHead && table.tHead.rows[0];
    if (!head || !table.tBodies[0]) return;
    var status = document.querySelector('[data-sort-status]');
    each('[data-sort-hint]', function (hint) { hint.hidden = false; });
    var collator = new Intl.Collator(document.documentElement.lang || 'sv', { numeric: true });
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var type = th.getAttribute('data-sort');
      if (!type) return;
      var label = th.textContent.trim();
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = label;
      var icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.appendChild(icon);
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        sortRows(table.tBodies[0], column, type, direction, collator);
        Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', direction);
        if (status) {
          status.textContent = format(table.getAttribute('data-sorted-by'), [label, table.getAttribute('data-' + direction)]);
        }
      });
    });
  }

  function sortRows(body, column, type, direction, collator) {
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
      var cell = row.cells[column];
      var value = cell.getAttribute('data-value');
      return { row: row, value: value === null ? cell.textContent.trim() : value, i: i };
    });
    rows.sort(function (a, b) {
      var emptyA = a.value === '';
      var emptyB = b.value === '';
      if (emptyA !== emptyB) return emptyA ? 1 : -1; // unknown values last, in both directions
      var c;
      if (type === 'number') c = Number(a.value) - Number(b.value);
      else if (type === 'date') c = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      else c = collator.compare(a.value, b.value);
      if (direction === 'descending') c = -c;
      return c || a.i - b.i;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
})();
