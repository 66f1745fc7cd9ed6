/* Kanalregister: one small script, progressive enhancement only. Without it every page
   still works: the whole list is in the HTML and every text can be selected by hand.
   It adds the directory's filter and search, the "Är kontot äkta?" check and the copy
   buttons. No dependencies, no requests. Texts come from data- attributes in the page,
   so the script speaks the page's language. Override with your own templates/assets/site.js. */
(function () {
  'use strict';

  /** Replaces {q}, {n}, {total} and {platforms} in a text from the page. */
  function fill(text, values) {
    return (text || '').replace(/\{(q|n|total|platforms)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : m;
    });
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

  /* --- "Är kontot äkta?": which account an address or handle names, by the platforms' rules
     that the build writes into the page (#verify-rules, from se.kanalregister.account.AccountRules).
     This is only an interpreter of that table; it does, step for step, what AccountParser and
     Verifier do in Java, and the shared case table in the quality checks proves it. */
  var Accounts = (function () {
    var SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/)?/;
    var MAX_LENGTH = 2000;
    var cache = {};

    function regex(source) {
      if (!Object.prototype.hasOwnProperty.call(cache, source)) cache[source] = new RegExp(source, 'i');
      return cache[source];
    }

    function blank(c) {
      var n = c.charCodeAt(0);
      return n <= 0x20 || (n >= 0x7f && n <= 0xa0) || n === 0x1680 || (n >= 0x2000 && n <= 0x200f) ||
        (n >= 0x2028 && n <= 0x202f) || (n >= 0x205f && n <= 0x206f) || n === 0x3000 || n === 0xfeff;
    }

    function trim(s) {
      var start = 0, end = s.length;
      while (start < end && blank(s.charAt(start))) start++;
      while (end > start && blank(s.charAt(end - 1))) end--;
      return s.substring(start, end);
    }

    function hasBlank(s) {
      for (var i = 0; i < s.length; i++) if (blank(s.charAt(i))) return true;
      return false;
    }

    function indexOfAny(s, chars) {
      for (var i = 0; i < s.length; i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
      return -1;
    }

    function fold(kind, key) {
      if (kind === 'lower') return key.toLowerCase();
      if (kind === 'lower-no-dots') return key.toLowerCase().split('.').join('');
      return key;
    }

    function reading(kind, identities, platform, imitates) {
      return { kind: kind, identities: identities || [], platform: platform || null, imitates: imitates || null };
    }

    function identity(platform, rule, m, host, param) {
      var template = rule.key, key = '';
      for (var i = 0; i < template.length; i++) {
        var c = template.charAt(i);
        if (c === '$' && i + 1 < template.length && /[0-9]/.test(template.charAt(i + 1))) {
          var g = +template.charAt(++i);
          key += g < m.length && m[g] !== undefined ? m[g] : '';
        } else if (template.substring(i, i + 6) === '{host}') {
          key += host; i += 5;
        } else if (template.substring(i, i + 7) === '{param}') {
          key += param; i += 6;
        } else {
          key += c;
        }
      }
      key = fold(rule.fold, key);
      return key ? { platform: platform, kind: rule.kind, key: key, id: platform + ':' + rule.kind + ':' + key } : null;
    }

    function apply(platform, rule, text) {
      var m = regex(rule.pattern).exec(text);
      return m && rule.outcome === 'account' ? identity(platform, rule, m, '', '') : null;
    }

    function handle(rules, body) {
      var found = [];
      rules.platforms.forEach(function (p) {
        for (var i = 0; i < p.handles.length; i++) {
          var id = apply(p.platform, p.handles[i], body);
          if (id) {
            if (!found.some(function (f) { return f.id === id.id; })) found.push(id);
            break;
          }
        }
      });
      return found.length ? reading('handle', found) : reading('name');
    }

    function param(query, name) {
      var pairs = query.split('&');
      for (var i = 0; i < pairs.length; i++) {
        var eq = pairs[i].indexOf('=');
        if (eq > 0 && pairs[i].substring(0, eq) === name) {
          var value = pairs[i].substring(eq + 1);
          return /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : null;
        }
      }
      return null;
    }

    function subdomain(host, domains) {
      for (var i = 0; i < domains.length; i++) {
        var d = domains[i];
        if (host === d) return '';
        if (host.length > d.length + 1 && host.substring(host.length - d.length - 1) === '.' + d) {
          return host.substring(0, host.length - d.length - 1);
        }
      }
      return null;
    }

    function onPlatform(p, host, path, query) {
      for (var i = 0; i < p.paths.length; i++) {
        var rule = p.paths[i];
        var m = regex(rule.pattern).exec(path);
        if (!m) continue;
        var value = '';
        if (rule.param) {
          value = param(query, rule.param);
          if (value === null) continue;
        }
        if (rule.outcome === 'not-account') return reading('not_account', [], p.platform);
        if (rule.outcome === 'uncheckable') return reading('uncheckable', [], p.platform);
        var id = identity(p.platform, rule, m, host, value);
        return id ? reading('address', [id], p.platform) : reading('not_account', [], p.platform);
      }
      if (path === '') return reading('not_account', [], p.platform);
      var key = path.substring(1);
      return reading('address', [{ platform: p.platform, kind: 'page', key: key, id: p.platform + ':page:' + key }], p.platform);
    }

    function imitates(rules, host, userinfo, path) {
      var user = userinfo.toLowerCase();
      var slash = path.indexOf('/', 1);
      var folder = (slash < 0 ? path : path.substring(0, slash)).toLowerCase();
      var labels = host.split('.');
      var label = labels.length >= 2 ? labels[labels.length - 2] : host;
      for (var i = 0; i < rules.platforms.length; i++) {
        var p = rules.platforms[i];
        for (var j = 0; j < p.domains.length; j++) {
          var d = p.domains[j];
          if (host.indexOf(d + '.') === 0 || host.indexOf('.' + d + '.') >= 0 || user.indexOf(d) >= 0 ||
              folder === '/' + d || folder === '/www.' + d) return p.platform;
          var own = d.substring(0, d.indexOf('.'));
          if (own.length >= 5 && (skeleton(rules, label).indexOf(skeleton(rules, own)) >= 0 ||
              resembles(rules, label, own))) return p.platform;
        }
      }
      return null;
    }

    function address(rules, rest) {
      var end = indexOfAny(rest, '/?#');
      var authority = end < 0 ? rest : rest.substring(0, end);
      var tail = end < 0 ? '' : rest.substring(end);
      var at = authority.lastIndexOf('@');
      var userinfo = at < 0 ? '' : authority.substring(0, at);
      var host = (at < 0 ? authority : authority.substring(at + 1)).toLowerCase();
      var port = /:[0-9]*$/.exec(host);
      if (port) host = host.substring(0, port.index);
      while (host.charAt(host.length - 1) === '.') host = host.substring(0, host.length - 1);
      if (host.indexOf('.') < 0 || host.charAt(0) === '.' || host.indexOf('..') >= 0) return reading('name');
      var pathEnd = indexOfAny(tail, '?#');
      var path = (pathEnd < 0 ? tail : tail.substring(0, pathEnd)).replace(/\/{2,}/g, '/');
      while (path.charAt(path.length - 1) === '/') path = path.substring(0, path.length - 1);
      var query = '';
      if (pathEnd >= 0 && tail.charAt(pathEnd) === '?') {
        var hash = tail.indexOf('#', pathEnd);
        query = hash < 0 ? tail.substring(pathEnd + 1) : tail.substring(pathEnd + 1, hash);
      }
      var i, p;
      for (i = 0; i < rules.platforms.length; i++) {
        p = rules.platforms[i];
        if (p.short_hosts.indexOf(host) >= 0) return reading('uncheckable', [], p.platform);
      }
      for (i = 0; i < rules.platforms.length; i++) {
        p = rules.platforms[i];
        var hd = p.handle_domain;
        if (hd && host.length > hd.length + 1 && host.substring(host.length - hd.length - 1) === '.' + hd && path === '') {
          if (/^[a-z0-9-]+$/.test(host.substring(0, host.length - hd.length - 1))) {
            return reading('address', [{ platform: p.platform, kind: 'handle', key: host, id: p.platform + ':handle:' + host }], p.platform);
          }
        }
        var sub = subdomain(host, p.domains);
        if (sub === null) continue;
        if (sub !== '' && !regex('^(' + p.subdomains + ')$').test(sub)) return reading('not_account', [], p.platform);
        return onPlatform(p, host, path, query);
      }
      var ids = [];
      rules.platforms.forEach(function (q) {
        if (q.domains.length) return;
        for (var k = 0; k < q.paths.length; k++) {
          var m = regex(q.paths[k].pattern).exec(path);
          if (m) {
            var id = identity(q.platform, q.paths[k], m, host, '');
            if (id) ids.push(id);
            break;
          }
        }
      });
      var exact = host + path + (query ? '?' + query : '');
      ids.push({ platform: 'web', kind: 'url', key: exact, id: 'web:url:' + exact });
      return reading('address', ids, null, imitates(rules, host, userinfo, path));
    }

    /** What a typed text names: AccountParser.read. */
    function read(rules, text) {
      var s = trim(String(text));
      if (!s) return reading('empty');
      if (s.length > MAX_LENGTH || hasBlank(s)) return reading('name');
      var scheme = SCHEME.exec(s), rest;
      if (scheme) {
        var name = scheme[1].toLowerCase();
        if (!scheme[2] || !(name === 'http' || name === 'https')) return reading('name');
        rest = s.substring(scheme[0].length);
      } else if (s.substring(0, 2) === '//') {
        rest = s.substring(2);
      } else {
        var slash = s.indexOf('/');
        var first = slash < 0 ? s : s.substring(0, slash);
        if (first.charAt(0) === '@' || (slash < 0 && s.indexOf('@') > 0)) {
          var h = handle(rules, s.charAt(0) === '@' ? s.substring(1) : s);
          if (h.kind === 'handle' || first.charAt(0) === '@') return h;
        }
        if (first.indexOf('.') < 0) return reading('name');
        rest = s;
      }
      return address(rules, rest);
    }

    /** Lookalikes.skeleton: confusables folded, separators removed. */
    function skeleton(rules, name) {
      var lower = name.toLowerCase(), out = '';
      for (var i = 0; i < lower.length; i++) {
        var c = lower.charAt(i);
        var mapped = Object.prototype.hasOwnProperty.call(rules.confusables, c) ? rules.confusables[c] : c;
        if (rules.separators.indexOf(mapped.charAt(0)) < 0) out += mapped;
      }
      return out.split('rn').join('m').split('vv').join('w');
    }

    function distance(a, b) {
      var previous = [], current = [], i, j;
      for (j = 0; j <= b.length; j++) previous[j] = j;
      for (i = 1; i <= a.length; i++) {
        current = [i];
        for (j = 1; j <= b.length; j++) {
          var change = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
          current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + change);
        }
        previous = current;
      }
      return previous[b.length];
    }

    function resembles(rules, candidate, official) {
      var a = skeleton(rules, candidate), b = skeleton(rules, official);
      if (!a || !b) return false;
      if (a === b) return true;
      if (b.length >= 4 && a.length > b.length && (a.indexOf(b) === 0 || a.substring(a.length - b.length) === b)) {
        var added = a.indexOf(b) === 0 ? a.substring(b.length) : a.substring(0, a.length - b.length);
        return added.length <= 3 || rules.affixes.some(function (affix) { return skeleton(rules, affix) === added; });
      }
      if (Math.min(a.length, b.length) < 5 || Math.max(a.length, b.length) > 64) return false;
      return distance(a, b) <= (Math.max(a.length, b.length) >= 10 ? 2 : 1);
    }

    function namePart(rules, id) {
      var key = id.key, at = key.indexOf('@');
      if (at > 0) return key.substring(0, at);
      var p = rules.platforms.filter(function (q) { return q.platform === id.platform; })[0];
      var domain = p && p.handle_domain ? '.' + p.handle_domain : null;
      return domain && key.length > domain.length && key.substring(key.length - domain.length) === domain
        ? key.substring(0, key.length - domain.length) : key;
    }

    function firstFolder(exact) {
      var slash = exact.indexOf('/');
      if (slash < 0) return '';
      var path = exact.substring(slash + 1), end = 0;
      while (end < path.length && '/?'.indexOf(path.charAt(end)) < 0) end++;
      var folder = path.substring(0, end);
      return folder.charAt(0) === '@' ? folder.substring(1) : folder;
    }

    function words(s) {
      var out = '', space = false;
      for (var i = 0; i < s.length; i++) {
        var c = s.charAt(i);
        if (blank(c)) {
          space = out.length > 0;
        } else {
          if (space) out += ' ';
          space = false;
          out += c;
        }
      }
      return out.toLowerCase();
    }

    /**
     * Verifier.answer. known: [{id, name, platform, status, identities: [{platform, kind, key, id}]}]
     * in the directory's order. Returns {result, channels, listed, lookalike, platforms, reason}.
     */
    function answer(rules, known, text) {
      var r = read(rules, text);
      function unrecognised(reason, channels, platforms) {
        return { result: 'unrecognised', channels: channels, listed: [], lookalike: [], platforms: platforms, reason: reason };
      }
      if (r.kind === 'empty') return unrecognised('empty', [], []);
      if (r.kind === 'name') {
        var q = words(String(text)), byName = [];
        if (q.length >= 3) {
          known.forEach(function (k) {
            var n = words(k.name);
            if (n && (n.indexOf(q) >= 0 || q.indexOf(n) >= 0)) byName.push(k);
          });
        }
        return unrecognised('name', byName, []);
      }
      if (r.kind === 'not_account') return unrecognised('not-account', [], [r.platform]);
      if (r.kind === 'uncheckable') return unrecognised('uncheckable', [], [r.platform]);
      var keys = {};
      r.identities.forEach(function (id) { keys[id.id] = true; });
      var matches = [], platforms = [];
      known.forEach(function (k) {
        if (k.identities.some(function (id) { return keys[id.id] === true; })) {
          matches.push(k);
          if (platforms.indexOf(k.platform) < 0) platforms.push(k.platform);
        }
      });
      if (matches.length) {
        var active = matches.filter(function (k) { return k.status === 'active'; });
        if (active.length) return { result: 'official', channels: active, listed: [], lookalike: [], platforms: platforms, reason: null };
        return { result: matches[0].status === 'transferred' ? 'transferred' : 'closed', channels: matches, listed: [],
          lookalike: [], platforms: platforms, reason: null };
      }
      var named = [];
      if (r.imitates) named.push(r.imitates);
      r.identities.forEach(function (id) { if (id.platform !== 'web' && named.indexOf(id.platform) < 0) named.push(id.platform); });
      var listed = r.kind !== 'address' ? [] : known.filter(function (k) {
        return k.status === 'active' && named.indexOf(k.platform) >= 0;
      });
      var candidates = r.identities.filter(function (id) { return rules.name_kinds.indexOf(id.kind) >= 0; });
      if (r.imitates) {
        var first = firstFolder(r.identities[r.identities.length - 1].key);
        if (first) candidates.push({ platform: r.imitates, kind: 'username', key: first });
      }
      var lookalike = known.filter(function (k) {
        return k.identities.some(function (own) {
          return rules.name_kinds.indexOf(own.kind) >= 0 && candidates.some(function (c) {
            return c.platform === own.platform && resembles(rules, namePart(rules, c), namePart(rules, own));
          });
        });
      });
      return { result: 'not_found', channels: [], listed: listed, lookalike: lookalike, platforms: named,
        reason: r.imitates ? 'imitation' : null };
    }

    /** 'facebook:username:kultur' -> an identity; keys never hold a space, kinds never a colon. */
    function parseKey(id) {
      var a = id.indexOf(':'), b = id.indexOf(':', a + 1);
      return { platform: id.substring(0, a), kind: id.substring(a + 1, b), key: id.substring(b + 1), id: id };
    }

    return { read: read, answer: answer, parseKey: parseKey };
  }());

  /* --- the box itself: reads the channels from the directory's list, answers with text nodes only */
  function setUpVerify(form, rules) {
    var input = document.getElementById('verify-q');
    var result = document.getElementById('verify-result');
    var known = Array.prototype.map.call(document.querySelectorAll('li.channel, li.closed-channel'), function (li) {
      var platform = li.getAttribute('data-platform') || '';
      var heading = li.querySelector('.channel-name a');
      return {
        li: li,
        id: li.getAttribute('data-id') || '',
        name: heading ? heading.textContent : '',
        platform: platform.indexOf('other-') === 0 ? 'other' : platform,
        status: li.getAttribute('data-status') || 'active',
        identities: (li.getAttribute('data-keys') || '').split(' ').filter(Boolean).map(Accounts.parseKey)
      };
    });

    function text(el) {
      return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    function paragraph(value, cls) {
      var p = document.createElement('p');
      p.textContent = value;
      if (cls) p.className = cls;
      return p;
    }

    /** Each channel as "Platform: name (address)", the name linking to its page in the register. */
    function list(channels) {
      var ul = document.createElement('ul');
      channels.forEach(function (k) {
        var li = k.li;
        var link = li.querySelector('.channel-name a');
        var item = document.createElement('li');
        item.appendChild(document.createTextNode(text(li.querySelector('.channel-name .platform')) + ': '));
        var a = document.createElement('a');
        a.href = link.getAttribute('href');
        a.textContent = text(link);
        if (link.lang) a.lang = link.lang;
        item.appendChild(a);
        // the address, not the handle the list shows: addresses are what a resident compares
        var account = li.querySelector('a.account');
        var where = account ? (account.getAttribute('href') || '').replace(/^https?:\/\//, '') : text(li.querySelector('.old-address .address'));
        var detail = [where, text(li.querySelector('.status-line')), text(li.querySelector('.successor'))].filter(Boolean);
        if (detail.length) item.appendChild(document.createTextNode(' (' + detail.join(', ') + ')'));
        ul.appendChild(item);
      });
      return ul;
    }

    function platformNames(channels) {
      var names = [];
      channels.forEach(function (k) {
        var name = text(k.li.querySelector('.channel-name .platform'));
        if (name && names.indexOf(name) < 0) names.push(name);
      });
      return names.join(', ');
    }

    function ids(channels) {
      return channels.map(function (k) { return k.id; }).join(' ');
    }

    function show(raw) {
      var a = Accounts.answer(rules, known, raw);
      var q = raw.trim();
      var out = [];
      if (a.result === 'official') {
        out.push(paragraph(fill(form.getAttribute('data-yes'), { q: q, platforms: platformNames(a.channels) }), 'yes'), list(a.channels));
      } else if (a.result === 'closed' || a.result === 'transferred') {
        out.push(paragraph(fill(form.getAttribute('data-' + a.result), { q: q }), 'closed'), list(a.channels));
      } else if (a.result === 'not_found') {
        out.push(paragraph(fill(form.getAttribute('data-no'), { q: q }), 'no'));
        if (a.reason === 'imitation') out.push(paragraph(form.getAttribute('data-imitation'), 'no'));
        if (a.lookalike.length) out.push(paragraph(form.getAttribute('data-lookalike'), 'no'), list(a.lookalike));
        if (a.listed.length) out.push(paragraph(form.getAttribute('data-no-listed')), list(a.listed));
        out.push(paragraph(form.getAttribute('data-no-report')));
      } else if (a.reason === 'name') {
        out.push(paragraph(form.getAttribute('data-name')));
        if (a.channels.length) out.push(paragraph(form.getAttribute('data-name-matches')), list(a.channels));
      } else if (a.reason === 'empty') {
        out.push(paragraph(form.getAttribute('data-empty')));
      } else {
        out.push(paragraph(fill(form.getAttribute('data-' + a.reason), { q: q })));
      }
      while (result.firstChild) result.removeChild(result.firstChild);
      out.forEach(function (node) { result.appendChild(node); });
      result.setAttribute('data-result', a.result);
      result.setAttribute('data-channels', ids(a.channels));
      result.setAttribute('data-lookalike', ids(a.lookalike));
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      show(input.value);
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
  var rules = document.getElementById('verify-rules');
  if (verify && rules) {
    try {
      setUpVerify(verify, JSON.parse(rules.textContent));
    } catch (e) {
      verify.hidden = true; // unreadable rules (an edited page): the list below still answers
    }
  }
  var buttons = document.querySelectorAll('button.copy[data-copy]');
  if (buttons.length) setUpCopy(buttons);
}());
