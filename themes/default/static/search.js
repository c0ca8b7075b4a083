/* tongbao search: offline, in Chinese, no library, nothing from another host.
 *
 * The header's form (base.html) says where the site's root is from this page
 * (data-root) and where the index is (data-index). The index,
 * static/search-index.js, defines window.TONGBAO_SEARCH_INDEX: document types,
 * each with a label, a path prefix and suffix and [key, title] pairs. It is
 * loaded with a <script> element (file:// pages may not fetch()) when the box
 * is first used, and the postings are built then: every single character and
 * every pair of neighbouring characters (bigram) of a title's Chinese text,
 * and every prefix of its ASCII words, lower-cased (project ids too). A query
 * matches a document that has all of the query's bigrams (its character, for
 * one character; its words, as prefixes); an exact title comes first, then a
 * title containing the query as typed, then the rest, each by type and length.
 * Then departments whose name holds the query's characters in order (发改,
 * 工信: short names), then documents whose text (commentary, description,
 * 形象进度 notes, problems, a page's words) holds the query, then all its
 * bigrams; these show the line they matched, the query marked. Texts are
 * scanned, not indexed: a scan of 10,000 projects' texts is a few
 * milliseconds. When nothing has all of them, titles with at least half are
 * shown.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form) return;
  var input = form.querySelector('input');
  var panel = form.querySelector('.search-panel');
  var status = form.querySelector('.search-status');
  var list = form.querySelector('.search-results');
  if (!input || !panel || !status || !list) return;
  var root = form.getAttribute('data-root') || '';
  var MAX = 20;
  var WORD_PREFIX_MAX = 24;
  var SNIPPET_BEFORE = 16;
  var SNIPPET_AFTER = 40;
  var index = null;
  var loading = false;
  form.hidden = false;

  function norm(s) {
    return (s.normalize ? s.normalize('NFKC') : s).toLowerCase();
  }

  /* 1: an ASCII letter or digit; 2: another letter (Chinese …); 0: space, punctuation. */
  function kind(c) {
    var n = c.charCodeAt(0);
    if ((n >= 48 && n <= 57) || (n >= 97 && n <= 122)) return 1;
    if (n < 0xc0 || n === 0xd7 || n === 0xf7) return 0;
    if ((n >= 0x2000 && n <= 0x2bff) || (n >= 0x3000 && n <= 0x303f) ||
        (n >= 0xfe10 && n <= 0xfe6f) || (n >= 0xff00 && n <= 0xff65)) return 0;
    return 2;
  }

  /* Runs of one kind: [[kind, [chars]], …], separators left out. */
  function runs(s) {
    var out = [];
    var cur = null;
    Array.from(s).forEach(function (c) {
      var k = kind(c);
      if (!k) { cur = null; return; }
      if (!cur || cur[0] !== k) { cur = [k, []]; out.push(cur); }
      cur[1].push(c);
    });
    return out;
  }

  function docTokens(text, add) {
    runs(text).forEach(function (r) {
      var cs = r[1];
      var i;
      if (r[0] === 1) {
        var w = cs.join('');
        for (i = 1; i <= Math.min(w.length, WORD_PREFIX_MAX); i++) add(w.slice(0, i));
      } else {
        for (i = 0; i < cs.length; i++) {
          add(cs[i]);
          if (i + 1 < cs.length) add(cs[i] + cs[i + 1]);
        }
      }
    });
  }

  function queryTokens(q) {
    var out = [];
    runs(q).forEach(function (r) {
      var cs = r[1];
      if (r[0] === 1) out.push(cs.join('').slice(0, WORD_PREFIX_MAX));
      else if (cs.length === 1) out.push(cs[0]);
      else for (var i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
    });
    return out.filter(function (t, i) { return out.indexOf(t) === i; });
  }

  function build(data) {
    var docs = [];
    var post = new Map();
    (data.types || []).forEach(function (g, type) {
      (g.docs || []).forEach(function (d) {
        var id = docs.length;
        var title = norm(d[1]);
        var text = g.keys ? title + ' ' + norm(d[0]) : title;
        var raw = d[2] || '';
        var body = raw ? norm(raw) : '';
        docs.push({
          type: type, label: g.label, key: g.keys ? d[0] : '', title: d[1],
          norm: title, text: text, href: g.prefix + d[0] + g.suffix,
          abbrev: !!g.abbrev, body: body,
          /* Snippets come from the text as written when normalising kept
             its length (Chinese does), else from the normalised text. */
          shown: raw.length === body.length ? raw : body
        });
        var seen = new Set();
        docTokens(text, function (t) {
          if (seen.has(t)) return;
          seen.add(t);
          var p = post.get(t);
          if (p) p.push(id); else post.set(t, [id]);
        });
      });
    });
    return { docs: docs, post: post };
  }

  /* Ids in every list (each ascending). */
  function intersect(lists) {
    lists = lists.slice().sort(function (a, b) { return a.length - b.length; });
    var out = lists[0];
    for (var i = 1; i < lists.length && out.length; i++) {
      var set = new Set(lists[i]);
      out = out.filter(function (id) { return set.has(id); });
    }
    return out;
  }

  /* Whether the characters of q appear in s in order: 发改 in 区发展和改革局,
     工信 in 区工业和信息化局, the way departments are called for short. */
  function subsequence(q, s) {
    var i = 0;
    for (var j = 0; j < s.length && i < q.length; j++) if (s[j] === q[i]) i++;
    return i === q.length;
  }

  /* Tiers: 0 exact title, 1 title containing the query, 2 title with all its
     tokens, 3 a department by its short name, 4 text containing the query,
     5 text with all its tokens, 6 half the tokens of a title. */
  function search(q) {
    var qn = norm(q).trim().replace(/\s+/g, ' ');
    var toks = queryTokens(qn);
    if (!toks.length) return [];
    var lists = toks.map(function (t) { return index.post.get(t) || []; });
    var seen = new Set();
    var hits = intersect(lists).map(function (id) {
      var d = index.docs[id];
      var pos = d.text.indexOf(qn);
      var tier = d.norm === qn || (d.key && norm(d.key) === qn) ? 0 : pos >= 0 ? 1 : 2;
      seen.add(id);
      return { id: id, tier: tier, miss: 0, pos: pos < 0 ? 0 : pos };
    });
    var docs = index.docs;
    var plain = qn.replace(/ /g, '');
    var short = plain.length >= 2 && plain.length <= 8 && runs(plain).every(function (r) { return r[0] === 2; });
    for (var id = 0; id < docs.length; id++) {
      if (seen.has(id)) continue;
      var d = docs[id];
      if (short && d.abbrev && subsequence(plain, d.norm)) {
        hits.push({ id: id, tier: 3, miss: 0, pos: 0 });
        continue;
      }
      if (!d.body) continue;
      var at = d.body.indexOf(qn);
      if (at >= 0) {
        hits.push({ id: id, tier: 4, miss: 0, pos: 0, at: at, len: qn.length });
        continue;
      }
      if (toks.length > 1) {
        var first = -1;
        var all = toks.every(function (t) {
          var k = d.body.indexOf(t);
          if (first < 0) first = k;
          return k >= 0;
        });
        if (all) hits.push({ id: id, tier: 5, miss: 0, pos: 0, at: first, len: toks[0].length });
      }
    }
    if (!hits.length && toks.length > 1) {
      var count = new Map();
      lists.forEach(function (l) {
        l.forEach(function (id) { count.set(id, (count.get(id) || 0) + 1); });
      });
      var need = Math.ceil(toks.length / 2);
      count.forEach(function (c, id) {
        if (c >= need) hits.push({ id: id, tier: 6, miss: toks.length - c, pos: 0 });
      });
    }
    hits.sort(function (a, b) {
      var x = docs[a.id], y = docs[b.id];
      return a.tier - b.tier || a.miss - b.miss || x.type - y.type || a.pos - b.pos ||
        x.norm.length - y.norm.length || a.id - b.id;
    });
    return hits;
  }

  function fill(text, n, k) {
    return text.replace('{n}', String(n)).replace('{k}', String(k));
  }

  function span(cls, text) {
    var s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    return s;
  }

  /* The line of `text` around [at, at+len), the match marked; text nodes
     only, so nothing in it is read as markup. */
  function snippet(text, at, len) {
    var start = text.lastIndexOf('\n', at) + 1;
    var end = text.indexOf('\n', at + len);
    if (end < 0) end = text.length;
    var from = Math.max(start, at - SNIPPET_BEFORE);
    var to = Math.min(end, at + len + SNIPPET_AFTER);
    var p = document.createElement('span');
    p.className = 'search-snippet';
    p.appendChild(document.createTextNode((from > start ? '…' : '') + text.slice(from, at)));
    var m = document.createElement('mark');
    m.textContent = text.slice(at, at + len);
    p.appendChild(m);
    p.appendChild(document.createTextNode(text.slice(at + len, to) + (to < end ? '…' : '')));
    return p;
  }

  function show(hits) {
    list.textContent = '';
    hits.slice(0, MAX).forEach(function (h) {
      var d = index.docs[h.id];
      var a = document.createElement('a');
      a.setAttribute('href', root + d.href);
      a.appendChild(span('search-type', d.label));
      a.appendChild(span('search-title', d.title));
      if (d.key) a.appendChild(span('search-key', d.key));
      if (h.at !== undefined) a.appendChild(snippet(d.shown, h.at, h.len));
      var li = document.createElement('li');
      li.appendChild(a);
      list.appendChild(li);
    });
    var n = hits.length;
    status.textContent = n === 0 ? form.getAttribute('data-none') || ''
      : fill(form.getAttribute(n > MAX ? 'data-more' : 'data-count') || '{n}', n, MAX);
    panel.hidden = false;
  }

  function update() {
    if (!index) { load(); return; }
    if (!input.value.trim()) { panel.hidden = true; return; }
    show(search(input.value));
  }

  function load() {
    if (index || loading) return;
    if (window.TONGBAO_SEARCH_INDEX) {
      index = build(window.TONGBAO_SEARCH_INDEX);
      update();
      return;
    }
    loading = true;
    var s = document.createElement('script');
    s.src = form.getAttribute('data-index') || root + 'static/search-index.js';
    s.onload = function () {
      loading = false;
      if (window.TONGBAO_SEARCH_INDEX) {
        index = build(window.TONGBAO_SEARCH_INDEX);
        update();
      }
    };
    s.onerror = function () { loading = false; };
    document.head.appendChild(s);
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  input.addEventListener('focus', function () {
    if (index) update(); else load();
  });
  input.addEventListener('input', update);
  /* Enter in the box opens the first result. */
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var first = links()[0];
    if (first && !panel.hidden) window.location.href = first.href;
  });
  /* Arrow keys move between the box and the results; Escape closes them. */
  form.addEventListener('keydown', function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && all.length && !panel.hidden) {
      all[Math.min(i + 1, all.length - 1)].focus();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      if (i === 0) input.focus(); else all[i - 1].focus();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  /* The panel closes when the focus or a click leaves the form. */
  form.addEventListener('focusout', function (e) {
    if (!e.relatedTarget || !form.contains(e.relatedTarget)) {
      setTimeout(function () {
        if (!form.contains(document.activeElement)) panel.hidden = true;
      }, 0);
    }
  });
  document.addEventListener('click', function (e) {
    if (!form.contains(e.target)) panel.hidden = true;
  });
})();
