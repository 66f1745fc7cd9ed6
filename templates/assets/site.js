/* Kanalregister: one small script, progressive enhancement only. Without it every page
   still works: the whole list is in the HTML and every text can be selected by hand.
   It adds the directory's filter and search, the "Är kontot äkta?" check and the copy
   buttons. No dependencies, no requests. Texts come from data- attributes in the page,
   so the script speaks the page's language. Override with your own templates/assets/site.js. */
(function () {
  'use strict';

  /** Replaces {q}, {n} and {total} in a text from the page. */
  function fill(text, values) {
    return (text || '').replace(/\{(q|n|total)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : m;
    });
  }

  /* The same normal forms as se.kanalregister.text.AccountAddress in the build:
     https://www.Facebook.com/Kultur/?ref=x -> facebook.com/kultur; @Kultur -> kultur. */
  function normaliseAddress(address) {
    var s = address.trim();
    var scheme = s.indexOf('://');
    if (scheme >= 0) s = s.substring(scheme + 3);
    var cut = s.search(/[?#]/);
    if (cut >= 0) s = s.substring(0, cut);
    while (s.charAt(s.length - 1) === '/') s = s.substring(0, s.length - 1);
    s = s.toLowerCase();
    if (s.indexOf('www.') === 0) s = s.substring(4);
    else if (s.indexOf('m.') === 0) s = s.substring(2);
    return s;
  }

  function normaliseHandle(handle) {
    var h = handle.trim().toLowerCase();
    while (h.charAt(0) === '@') h = h.substring(1);
    return h;
  }

  function searchable(el) {
    return el.textContent.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
  }

  /* --- the directory's filter: platform, unit and free text, all at once */
  function setUpFilter(form) {
    var platform = document.getElementById('filter-platform');
    var unit = document.getElementById('filter-unit');
    var query = document.getElementById('filter-q');
    var status = document.getElementById('filter-status');
    var items = Array.prototype.map.call(document.querySelectorAll('li.channel'), function (li) {
      return { li: li, text: searchable(li), platform: li.getAttribute('data-platform'), unit: li.getAttribute('data-unit') };
    });
    var groups = Array.prototype.slice.call(document.querySelectorAll('.active-channels .group'));

    function apply() {
      var p = platform.value;
      var u = unit.value;
      var words = query.value.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var match = (!p || item.platform === p) && (!u || item.unit === u) &&
          words.every(function (w) { return item.text.indexOf(w) >= 0; });
        item.li.hidden = !match;
        if (match) shown++;
      });
      groups.forEach(function (g) { g.hidden = !g.querySelector('li.channel:not([hidden])'); });
      var all = !p && !u && words.length === 0;
      status.textContent = all ? fill(form.getAttribute('data-all'), { n: items.length })
        : fill(form.getAttribute('data-some'), { n: shown, total: items.length });
    }

    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.hidden = false;
  }

  /* --- "Är kontot äkta?": looks the address or handle up among the channels on the page */
  function setUpVerify(form) {
    var input = document.getElementById('verify-q');
    var result = document.getElementById('verify-result');
    var items = Array.prototype.slice.call(document.querySelectorAll('li.channel, li.closed-channel'));

    function paragraph(text, cls) {
      var p = document.createElement('p');
      p.textContent = text;
      if (cls) p.className = cls;
      return p;
    }

    function list(matches) {
      var ul = document.createElement('ul');
      matches.forEach(function (li) {
        var heading = li.querySelector('.channel-name');
        var link = heading.querySelector('a');
        var platform = heading.querySelector('.platform');
        var item = document.createElement('li');
        var a = document.createElement('a');
        a.href = link.getAttribute('href');
        a.textContent = link.textContent.replace(/\s+/g, ' ').trim();
        if (link.lang) a.lang = link.lang;
        item.appendChild(document.createTextNode((platform ? platform.textContent : '') + ': '));
        item.appendChild(a);
        ul.appendChild(item);
      });
      return ul;
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var raw = input.value.trim();
      var out = [];
      if (!raw) {
        out.push(paragraph(form.getAttribute('data-empty')));
      } else {
        var address = normaliseAddress(raw);
        var handle = normaliseHandle(raw);
        var matches = items.filter(function (li) {
          var h = li.getAttribute('data-handle');
          return li.getAttribute('data-address') === address || (h && h === handle);
        });
        var active = matches.filter(function (li) { return li.classList.contains('channel'); });
        if (active.length) {
          out.push(paragraph(fill(form.getAttribute('data-yes'), { q: raw }), 'yes'), list(active));
        } else if (matches.length) {
          out.push(paragraph(fill(form.getAttribute('data-closed'), { q: raw }), 'closed'), list(matches));
        } else {
          out.push(paragraph(fill(form.getAttribute('data-no'), { q: raw }), 'no'),
            paragraph(form.getAttribute('data-no-report')));
        }
      }
      while (result.firstChild) result.removeChild(result.firstChild);
      out.forEach(function (node) { result.appendChild(node); });
    });
    form.hidden = false;
  }

  /* --- copy buttons: copy the text of the element named by data-copy, announce it */
  function setUpCopy(buttons) {
    var status = document.getElementById('copy-status');
    var timer = null;

    function announce(ok) {
      if (!status) return;
      status.textContent = '';
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        status.textContent = status.getAttribute(ok ? 'data-done' : 'data-failed');
      }, 60);
    }

    function selectText(el) {
      var range = document.createRange();
      range.selectNodeContents(el);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }

    function fallback(el) {
      selectText(el);
      try {
        return document.execCommand('copy');
      } catch (e) {
        return false;
      }
    }

    function copy(button) {
      var el = document.getElementById(button.getAttribute('data-copy'));
      if (!el) return;
      var text = el.textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { announce(true); },
          function () { announce(fallback(el)); });
      } else {
        announce(fallback(el));
      }
    }

    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () { copy(button); });
      button.hidden = false;
    });
  }

  var filter = document.getElementById('filter');
  if (filter && document.querySelector('li.channel')) setUpFilter(filter);
  var verify = document.getElementById('verify');
  if (verify) setUpVerify(verify);
  var buttons = document.querySelectorAll('button.copy[data-copy]');
  if (buttons.length) setUpCopy(buttons);
}());
