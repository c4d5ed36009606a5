/* PlanPress search: the header box (results while typing) and search.html (?q= deep links).
   Reads the split index that org.planpress.search.SearchIndex writes into search/: every file is a classic
   script calling ppSearchData(name, data), so it works from file:// (where fetch is forbidden) and under any
   path (a file of stored documents names itself null: it is the file the script element was asked for); a query loads only the manifest, the stemmer, the term shards of its words and the stored documents
   of the results it shows. Queries go through the same analysis as the index (Lucene's StandardTokenizer,
   possessive, lower case, CJK bigrams, English stop words, Porter stemmer). Everything shown is built with
   textContent: no data ever reaches innerHTML. */
(function () {
  'use strict';
  var body = document.body;
  if (!body) return;
  var root = body.getAttribute('data-root') || '';
  var base = root + 'search/';
  var form = document.querySelector('form.pp-search');
  function msg(key, fallback) {
    var v = form && form.getAttribute('data-' + key);
    return v || fallback;
  }
  var DROPDOWN = 6, PAGE = 20; // the dropdown fits a laptop screen and needs at most 6 document files (one round of HTTP/1.1 requests)

  /* ---------- loading ---------- */
  var data = {}, scripts = {};
  window.ppSearchData = function (name, value) {
    if (name === null) name = document.currentScript && document.currentScript.getAttribute('data-pp-name');
    if (name) data[name] = value;
  };
  function script(url, name) {
    if (!scripts[url]) {
      scripts[url] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = url;
        if (name) s.setAttribute('data-pp-name', name);
        s.charset = 'utf-8';
        s.async = true;
        s.onload = function () { resolve(); };
        s.onerror = function () { delete scripts[url]; reject(new Error('cannot load ' + url)); };
        document.head.appendChild(s);
      });
    }
    return scripts[url];
  }
  function load(name) {
    if (data[name]) return Promise.resolve(data[name]);
    var v = manifest && manifest.v ? '?v=' + manifest.v : '';
    return script(base + name + '.js' + v, name).then(function () {
      if (!data[name]) throw new Error('search file ' + name + ' did not register');
      return data[name];
    });
  }
  var manifest = null, stop = {}, ready = null;
  function init() {
    if (!ready) {
      ready = Promise.all([load('manifest'), script(base + 'stemmer.js')]).then(function (r) {
        manifest = r[0];
        for (var i = 0; i < manifest.stop.length; i++) stop[manifest.stop[i]] = true;
        return manifest;
      });
      ready['catch'](function () { ready = null; });
    }
    return ready;
  }

  /* ---------- analysis (mirrors org.planpress.search.SearchAnalyzer) ---------- */
  var RE_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var RE_MARK = /\p{M}/u, RE_LETTER = /[\p{L}\p{M}]/u, RE_DIGIT = /\p{Nd}/u, RE_WORD = /[\p{L}\p{M}\p{Nd}\p{Pc}]/u;
  var MID_LETTER = ':\u00b7\u0387\u05f4\u2027\ufe13\ufe55';
  var MID_NUMLET = '.\'\u2018\u2019\u2024\ufe52';
  var MID_NUM = ',;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54';
  var kinds = new Map();
  function kind(ch) {
    var c = ch.charCodeAt(0);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'L';
      if (c >= 48 && c <= 57) return 'D';
      return c === 95 ? '_' : '';
    }
    var k = kinds.get(ch);
    if (k === undefined) { k = slowKind(ch); kinds.set(ch, k); }
    return k;
  }
  function slowKind(ch) {
    if (RE_CJK.test(ch)) return 'C';
    if (RE_LETTER.test(ch)) return 'L';
    if (RE_DIGIT.test(ch)) return 'D';
    if (RE_WORD.test(ch)) return '_';
    return '';
  }
  /* full-width ASCII to ASCII, as Lucene's CJKWidthCharFilter (same length, so offsets hold) */
  function fold(s) {
    return s.replace(/[\uff01-\uff5e]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); });
  }
  /* UAX #29 words as Lucene's StandardTokenizer cuts them; each CJK character its own token */
  function at(s, i) {
    var c = s.charCodeAt(i);
    return c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? s.substring(i, i + 2) : s.charAt(i);
  }
  function tokenize(text) {
    var s = fold(text), out = [], i = 0, n = s.length;
    while (i < n) {
      var ch = at(s, i), k = kind(ch);
      if (k === 'C') { out.push({ t: ch, s: i, e: i + ch.length, c: true }); i += ch.length; continue; }
      if (!k) { i += ch.length; continue; }
      var start = i, last = k;
      i += ch.length;
      while (i < n) {
        var c2 = at(s, i), k2 = kind(c2);
        if (k2 && k2 !== 'C') {
          if (c2.charCodeAt(0) < 128 || !RE_MARK.test(c2)) last = k2;
          i += c2.length;
          continue;
        }
        if (!k2 && i + 1 < n) {
          var nx = at(s, i + 1), kn = kind(nx);
          if (last === 'L' && kn === 'L' && (MID_LETTER.indexOf(c2) >= 0 || MID_NUMLET.indexOf(c2) >= 0)) { i++; continue; }
          if (last === 'D' && kn === 'D' && (MID_NUM.indexOf(c2) >= 0 || MID_NUMLET.indexOf(c2) >= 0)) { i++; continue; }
        }
        break;
      }
      out.push({ t: s.substring(start, i), s: start, e: i, c: false });
    }
    return out;
  }
  function lower(w) {
    if (/^[\x00-\x7f]*$/.test(w)) return w.toLowerCase();
    var r = '';
    for (var i = 0; i < w.length;) {
      var ch = String.fromCodePoint(w.codePointAt(i));
      i += ch.length;
      r += ch === '\u0130' ? 'i' : ch.toLowerCase();
    }
    return r;
  }
  /* terms with offsets: [{term, s, e, raw}] (raw: the lower-cased word before stop words and stemming) */
  function analyze(text) {
    var toks = tokenize(text), out = [];
    for (var i = 0; i < toks.length; i++) {
      var tk = toks[i];
      if (tk.c) {
        var j = i;
        while (j + 1 < toks.length && toks[j + 1].c && toks[j + 1].s === toks[j].e) j++;
        if (j === i) out.push({ term: tk.t, s: tk.s, e: tk.e, raw: tk.t });
        for (var m = i; m < j; m++) {
          out.push({ term: toks[m].t + toks[m + 1].t, s: toks[m].s, e: toks[m + 1].e, raw: toks[m].t + toks[m + 1].t });
        }
        i = j;
        continue;
      }
      var w = tk.t, L = w.length;
      if (L >= 2 && (w[L - 2] === '\'' || w[L - 2] === '\u2019') && (w[L - 1] === 's' || w[L - 1] === 'S')) w = w.substring(0, L - 2);
      w = lower(w);
      if (!w) continue;
      if (stop[w]) { out.push({ term: null, s: tk.s, e: tk.e, raw: w }); continue; }
      out.push({ term: stem(w), s: tk.s, e: tk.e, raw: w });
    }
    return out;
  }
  var stems = new Map();
  function stem(w) {
    var r = stems.get(w);
    if (r === undefined) {
      r = window.ppStemmer(w);
      if (stems.size > 20000) stems.clear();
      stems.set(w, r);
    }
    return r;
  }
  function terms(text) {
    var a = analyze(text), r = [];
    for (var i = 0; i < a.length; i++) if (a[i].term !== null) r.push(a[i].term);
    return r;
  }

  /* ---------- index ---------- */
  function shardOf(term) {
    var b = manifest.shards, lo = 0, hi = b.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (b[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /* The words of q: each a list of alternative terms (the term, or terms a typed prefix stands for). */
  function run(q, limit) {
    var a = analyze(q), words = [], seen = {};
    for (var i = 0; i < a.length; i++) {
      if (a[i].term === null || seen[a[i].term]) continue;
      seen[a[i].term] = true;
      words.push({ term: a[i].term, raw: a[i].raw, prefix: null, alts: [] });
    }
    if (!words.length) return Promise.resolve({ q: q, total: 0, hits: [], words: [] });
    var typing = !/\s$/.test(q), lastWord = words[words.length - 1];
    var need = {};
    for (var w = 0; w < words.length; w++) need[shardOf(words[w].term)] = true;
    return Promise.all(Object.keys(need).map(function (k) { return load('t/' + k); })).then(function () {
      var pending = [];
      var lastTok = a.length ? a[a.length - 1] : null;
      var prefix = lastTok && lastTok.term === lastWord.term ? lastWord.raw : null;
      if (typing && prefix && !data['t/' + shardOf(lastWord.term)][lastWord.term]
          && (prefix.length >= 2 || RE_CJK.test(prefix))) {
        var i0 = shardOf(prefix), i1 = shardOf(prefix + '\uffff');
        if (i1 - i0 <= 1) {
          lastWord.prefix = prefix;
          for (var s = i0; s <= i1; s++) pending.push(load('t/' + s));
        }
      }
      return Promise.all(pending).then(function () { return score(q, words, limit); });
    });
  }
  /* postings strings (org.planpress.search.SearchIndex.varint): idf, then document delta and score pairs */
  var VARINT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', DIGIT = new Int8Array(128);
  for (var vi = 0; vi < 64; vi++) DIGIT[VARINT.charCodeAt(vi)] = vi;
  function varints(s) {
    var out = new Int32Array(s.length), n = 0, v = 0;
    for (var i = 0; i < s.length; i++) {
      var c = DIGIT[s.charCodeAt(i) & 127];
      v = v * 32 + (c & 31);
      if (c < 32) { out[n++] = v; v = 0; }
    }
    return out.subarray(0, n);
  }
  function postings(term) {
    var s = data['t/' + shardOf(term)][term];
    return s ? varints(s) : null;
  }
  /* Scores every document holding the words (BM25 sums; a typed prefix's other terms count 0.8) in flat
     arrays indexed by document, then keeps the best few: a word found in every document stays cheap. */
  function score(q, words, limit) {
    if (words.length === 1 && !words[0].prefix) return single(q, words, limit);
    var n = manifest.docs, acc = new Float64Array(n), cnt = new Uint8Array(n), touched = [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w], own = postings(word.term), i, d, idf;
      if (!word.prefix) {
        if (!own) continue;
        for (i = 1, d = 0, idf = own[0]; i < own.length; i += 2) {
          d += own[i];
          if (cnt[d]++ === 0) touched.push(d);
          acc[d] += idf * own[i + 1];
        }
        continue;
      }
      var ws = new Float64Array(n), mine = [];
      var take = function (a, weight) {
        for (var j = 1, dd = 0, f = a[0] * weight; j < a.length; j += 2) {
          dd += a[j];
          var v = f * a[j + 1];
          if (ws[dd] === 0) mine.push(dd);
          if (v > ws[dd]) ws[dd] = v;
        }
      };
      if (own) take(own, 1);
      var i0 = shardOf(word.prefix), i1 = shardOf(word.prefix + '\uffff'), found = [];
      for (var s = i0; s <= i1; s++) {
        var sh = data['t/' + s];
        for (var t in sh) if (t.lastIndexOf(word.prefix, 0) === 0 && t !== word.term) found.push([t, sh[t].length]);
      }
      found.sort(function (x, y) { return y[1] - x[1]; });
      found = found.slice(0, 30);
      for (var f = 0; f < found.length; f++) {
        word.alts.push(found[f][0]);
        take(postings(found[f][0]), 0.8);
      }
      for (i = 0; i < mine.length; i++) {
        d = mine[i];
        if (cnt[d]++ === 0) touched.push(d);
        acc[d] += ws[d];
      }
    }
    // documents with every word, or (when none has them all) with any
    var need = words.length, total = 0;
    for (var k = 0; k < touched.length; k++) if (cnt[touched[k]] === need) total++;
    var min = total ? need : 1;
    if (!total) total = touched.length;
    var better = function (x, y) { return cnt[x] - cnt[y] || acc[x] - acc[y] || y - x; };
    var top = [];
    for (var h = 0; h < touched.length; h++) {
      var x = touched[h];
      if (cnt[x] < min || (top.length === limit && better(x, top[limit - 1]) <= 0)) continue;
      var lo = 0, hi = top.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (better(x, top[mid]) > 0) hi = mid; else lo = mid + 1; }
      top.splice(lo, 0, x);
      if (top.length > limit) top.pop();
    }
    var hits = top.map(function (dd) { return { doc: dd, score: acc[dd], n: cnt[dd] }; });
    return { q: q, total: total, hits: hits, words: words };
  }
  /* One word, no prefix (the common case while typing): decodes and ranks its postings in one pass. */
  function single(q, words, limit) {
    var s = data['t/' + shardOf(words[0].term)][words[0].term] || '';
    var v = 0, idf = -1, d = 0, half = false, total = 0, topD = [], topS = [];
    for (var i = 0; i < s.length; i++) {
      var c = DIGIT[s.charCodeAt(i) & 127];
      v = v * 32 + (c & 31);
      if (c >= 32) continue;
      if (idf < 0) idf = v;
      else if (!half) { d += v; half = true; }
      else {
        half = false;
        total++;
        var sc = idf * v;
        // documents come in ascending order, so an equal score never outranks one already kept
        if (topD.length < limit || sc > topS[topS.length - 1]) {
          var at = topS.length;
          while (at > 0 && topS[at - 1] < sc) at--;
          topS.splice(at, 0, sc);
          topD.splice(at, 0, d);
          if (topD.length > limit) { topD.pop(); topS.pop(); }
        }
      }
      v = 0;
    }
    var hits = topD.map(function (dd, k) { return { doc: dd, score: topS[k], n: 1 }; });
    return { q: q, total: total, hits: hits, words: words };
  }
  function docs(hits) {
    var chunks = {};
    for (var i = 0; i < hits.length; i++) chunks[Math.floor(hits[i].doc / manifest.chunk)] = true;
    return Promise.all(Object.keys(chunks).map(function (c) { return load('d/' + c); })).then(function () {
      return hits.map(function (h) {
        var c = data['d/' + Math.floor(h.doc / manifest.chunk)], d = c.d[h.doc % manifest.chunk], p = c.p[d[1]];
        return { kind: d[0], url: p[0], plan: p[1], lang: p[2], anchor: d[2], title: d[3], path: d[4], text: d[5] };
      });
    });
  }

  /* ---------- rendering (DOM only, textContent only) ---------- */
  function matcher(words) {
    var exact = {}, prefixes = [];
    for (var i = 0; i < words.length; i++) {
      exact[words[i].term] = true;
      if (words[i].prefix) prefixes.push(words[i].prefix);
    }
    return function (t) {
      if (t.term !== null && exact[t.term]) return true;
      for (var j = 0; j < prefixes.length; j++) if (t.raw.lastIndexOf(prefixes[j], 0) === 0) return true;
      return false;
    };
  }
  function ranges(text, isHit) {
    var a = analyze(text), r = [];
    for (var i = 0; i < a.length; i++) {
      if (!isHit(a[i])) continue;
      var last = r[r.length - 1];
      if (last && a[i].s <= last[1]) last[1] = Math.max(last[1], a[i].e);
      else r.push([a[i].s, a[i].e]);
    }
    return r;
  }
  function marked(el, text, rs, from, to) {
    var at = from;
    for (var i = 0; i < rs.length; i++) {
      var s = Math.max(rs[i][0], from), e = Math.min(rs[i][1], to);
      if (e <= s) continue;
      if (s > at) el.appendChild(document.createTextNode(text.substring(at, s)));
      var m = document.createElement('mark');
      m.textContent = text.substring(s, e);
      el.appendChild(m);
      at = e;
    }
    if (at < to) el.appendChild(document.createTextNode(text.substring(at, to)));
    return el;
  }
  function snippet(el, text, isHit, size) {
    var rs = ranges(text, isHit), from = 0;
    if (rs.length && rs[0][0] > size / 3) {
      from = rs[0][0] - Math.floor(size / 3);
      var sp = text.indexOf(' ', from);
      if (sp >= 0 && sp < rs[0][0] && sp - from < 20) from = sp + 1;
    }
    var to = Math.min(text.length, from + size);
    if (to < text.length) {
      var sp2 = text.lastIndexOf(' ', to);
      if (sp2 > from + size / 2) to = sp2;
    }
    if (from > 0) el.appendChild(document.createTextNode('… '));
    marked(el, text, rs, from, to);
    if (to < text.length) el.appendChild(document.createTextNode(' …'));
    return el;
  }
  function node(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  var KIND = { P: 'plan', S: 'section', R: 'person', T: 'stage' };
  /* option: in the header's listbox each result is one link with role option, holding all its text (an option
     cannot hold a link); on search.html the link holds the kind and title, the path and snippet follow it */
  function result(r, isHit, option) {
    var kind = KIND[r.kind] || 'section';
    var item = node('div', 'pp-result pp-result-' + kind);
    if (r.lang) item.lang = r.lang;
    var a = node('a', 'pp-result-link');
    a.href = root + r.url + (r.anchor ? '#' + r.anchor : '');
    var kindLabel = node('span', 'pp-result-kind', msg('kind-' + kind, kind));
    if (r.lang) kindLabel.lang = document.documentElement.lang;
    a.appendChild(kindLabel);
    a.appendChild(marked(node('span', 'pp-result-title'), r.title, ranges(r.title, isHit), 0, r.title.length));
    item.appendChild(a);
    var rest = option ? a : item;
    if (option) { item.setAttribute('role', 'none'); a.setAttribute('role', 'option'); a.tabIndex = -1; }
    var path = r.kind === 'P' ? r.path : r.plan + (r.path ? ' › ' + r.path : '');
    if (path) rest.appendChild(marked(node('div', 'pp-result-path'), path, ranges(path, isHit), 0, path.length));
    if (r.text && r.text !== r.path) rest.appendChild(snippet(node('div', 'pp-result-snippet'), r.text, isHit, 180));
    return item;
  }
  function nothing(q, option) {
    var p = node(option ? 'div' : 'p', 'pp-result-none', msg('none', 'No results for') + ' “' + q + '”');
    if (option) { p.setAttribute('role', 'option'); p.setAttribute('aria-disabled', 'true'); }
    return p;
  }

  /* runs q and renders at most limit results into box; later calls supersede earlier ones */
  function show(box, q, limit, more) {
    var my = box.ppSeq = (box.ppSeq || 0) + 1, t0 = performance.now();
    q = q.replace(/^\s+/, '');
    if (!q) { box.textContent = ''; box.hidden = box.id === 'pp-results'; return Promise.resolve(); }
    var tRun, tDocs;
    return init().then(function () { return run(q, limit); }).then(function (res) {
      tRun = performance.now() - t0;
      return docs(res.hits).then(function (rows) { tDocs = performance.now() - t0; return [res, rows]; });
    }).then(function (x) {
      if (box.ppSeq !== my) return;
      var res = x[0], rows = x[1], isHit = matcher(res.words), frag = document.createDocumentFragment();
      var option = box.getAttribute('role') === 'listbox';
      for (var i = 0; i < rows.length; i++) frag.appendChild(result(rows[i], isHit, option));
      if (!rows.length) frag.appendChild(nothing(q.trim(), option));
      if (res.total > rows.length && more) frag.appendChild(more(res.total));
      box.textContent = '';
      box.appendChild(frag);
      box.hidden = false;
      requestAnimationFrame(function () {
        window.ppSearchLast = { q: q, results: res.total, ms: performance.now() - t0, run: tRun, docs: tDocs };
      });
    })['catch'](function (e) {
      if (box.ppSeq !== my) return;
      box.textContent = '';
      var err = node(box.getAttribute('role') === 'listbox' ? 'div' : 'p', 'pp-result-error', String(e && e.message || e));
      if (box.getAttribute('role') === 'listbox') { err.setAttribute('role', 'option'); err.setAttribute('aria-disabled', 'true'); }
      box.appendChild(err);
      box.hidden = false;
    });
  }
  function searchUrl(q) { return root + 'search.html?q=' + encodeURIComponent(q); }

  /* the header box */
  var input = document.getElementById('pp-q'), results = document.getElementById('pp-results');
  if (input && results) {
    var dropdown = function () {
      show(results, input.value, DROPDOWN, function (total) {
        var a = node('a', 'pp-result-more', msg('more', 'More results') + ' (' + total + ')');
        a.href = searchUrl(input.value.trim());
        a.setAttribute('role', 'option');
        a.tabIndex = -1;
        return a;
      });
    };
    // the combobox tells whether its listbox is shown, however it was shown or hidden
    var expanded = function () { input.setAttribute('aria-expanded', results.hidden ? 'false' : 'true'); };
    if (window.MutationObserver) new MutationObserver(expanded).observe(results, { attributes: true, attributeFilter: ['hidden'] });
    expanded();
    input.addEventListener('focus', function () { init(); });
    // the manifest and the stemmer are small: load them once the page is idle, so a first query only waits
    // for its own shard and documents
    (window.requestIdleCallback || function (f) { setTimeout(f, 300); })(function () { init(); });
    input.addEventListener('input', dropdown);
    // ARIA 1.2 combobox keys: the focus stays in the box; the arrows move the active option
    // (aria-activedescendant, aria-selected), Enter follows it, Escape closes the list and clears the box
    var options = function () {
      return Array.prototype.slice.call(results.querySelectorAll('a[role=option]'));
    };
    var activate = function (i) {
      var opts = options();
      for (var k = 0; k < opts.length; k++) {
        if (!opts[k].id) opts[k].id = 'pp-opt-' + k;
        opts[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
        opts[k].classList.toggle('pp-active', k === i);
      }
      if (i >= 0 && opts[i]) {
        input.setAttribute('aria-activedescendant', opts[i].id);
        opts[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    };
    var active = function () {
      var id = input.getAttribute('aria-activedescendant');
      return id ? options().map(function (o) { return o.id; }).indexOf(id) : -1;
    };
    // new results: no option is active
    if (window.MutationObserver) new MutationObserver(function () { if (active() < 0) activate(-1); })
      .observe(results, { childList: true });
    input.addEventListener('input', function () { input.removeAttribute('aria-activedescendant'); });
    input.addEventListener('keydown', function (ev) {
      var opts = options(), i = active();
      if (ev.key === 'Escape') {
        ev.preventDefault();
        input.value = '';
        results.ppSeq = (results.ppSeq || 0) + 1;
        results.textContent = '';
        results.hidden = true;
        activate(-1);
      } else if (ev.key === 'ArrowDown' && opts.length) {
        ev.preventDefault();
        results.hidden = false;
        activate(i + 1 < opts.length ? i + 1 : 0);
      } else if (ev.key === 'ArrowUp' && opts.length) {
        ev.preventDefault();
        results.hidden = false;
        activate(i > 0 ? i - 1 : opts.length - 1);
      } else if (ev.key === 'Enter' && i >= 0 && !results.hidden) {
        ev.preventDefault();
        opts[i].click();
      }
    });
    document.addEventListener('click', function (ev) {
      if (form && !form.contains(ev.target)) results.hidden = true;
    });
  }

  /* search.html */
  var input2 = document.getElementById('pp-q2'), page = document.getElementById('pp-page-results');
  if (input2 && page) {
    var limit = PAGE;
    var render = function () {
      show(page, input2.value, limit, function () {
        var b = node('button', 'pp-result-more', msg('more', 'More results'));
        b.type = 'button';
        b.addEventListener('click', function () { limit += PAGE; render(); });
        return b;
      });
    };
    var q0 = new URLSearchParams(location.search).get('q');
    if (q0) input2.value = q0;
    input2.addEventListener('input', function () {
      limit = PAGE;
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input2.value)); } catch (e) { /* file:// */ }
      render();
    });
    if (input2.value) render();
  }

  /** For tests and the bench: the analysis chain and the engine. */
  window.PPSearch = {
    ready: init,
    analyze: function (text) { return init().then(function () { return terms(text); }); },
    stem: function (words) { return init().then(function () { return words.map(function (w) { return window.ppStemmer(w); }); }); },
    search: function (q, limit) { return init().then(function () { return run(q, limit || PAGE); }); }
  };
})();
