// Search: the index loads as a script on first use (so it works from disk), then
// every keystroke lists the pages holding all the words (English by prefix, and one
// typo away for words of five letters or more, no digits; Chinese and Japanese by pairs of
// characters, as the index was built). Each result links to the heading of the
// section its words are in, with a snippet of that section, matches marked.
// Ranking: exact matches before typo matches; then a title (a rep's, an account's
// name) equal to the query, holding it as a phrase, holding all its words, most of
// them; then the section holding most words, the phrase in its heading, in its text,
// most words where the result shows them; then page order.
// One search box's state `s`: its form, input, list, status, root, and the index's
// keys, the selected result, whether the index was asked for, what runs once it is in.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;
  var TYPO_LENGTH = 5, MAX_RESULTS = 12, SNIPPET = 150;
  // The postings' digits (SearchPostings.swift): DIGIT[c] is a final digit's value, 32 + value for the others.
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", DIGIT = {}, BIT = {};
  Array.from("abcdefghijklmnopqrstuvwxyz012345").forEach(function (c, i) { DIGIT[c] = i; });
  Array.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ6789#$").forEach(function (c, i) { DIGIT[c] = 32 + i; });
  Array.from(B64).forEach(function (c, i) { BIT[c] = i; });

  function searchTerms(query) {
    var terms = [], words = [];
    var parts = query.toLowerCase().match(/[\p{Alphabetic}\p{Nd}]+/gu) || [];
    parts.forEach(function (part) {
      var run = "", word = "";
      function flushWord() {
        if (word.length >= 1) {
          // A typo is guessed at in words of letters only: a number or an id one digit off is another one.
          terms.push({ term: word, prefix: true, typo: Array.from(word).length >= TYPO_LENGTH && !/\p{Nd}/u.test(word), variants: [] });
          words.push({ word: word, term: terms[terms.length - 1] });
        }
        word = "";
      }
      function flushRun() {
        var chars = Array.from(run);
        if (chars.length === 1) terms.push({ term: chars[0], prefix: true });
        for (var i = 0; i + 1 < chars.length; i++) terms.push({ term: chars[i] + chars[i + 1], prefix: false });
        if (run) words.push({ word: run, term: { variants: [] } });
        run = "";
      }
      Array.from(part).forEach(function (ch) {
        if (CJK.test(ch)) { flushWord(); run += ch; } else { flushRun(); word += ch; }
      });
      flushWord();
      flushRun();
    });
    return { terms: terms, words: words.map(function (w) { return w.word; }), spellings: words };
  }

  // True when one insertion, deletion, substitution or swap of neighbours makes `a` into `b`.
  function oneEditApart(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (a === b || la - lb > 1 || lb - la > 1) return false;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la > lb) return a.slice(i + 1) === b.slice(i);
    if (lb > la) return a.slice(i) === b.slice(i + 1);
    return a.slice(i + 1) === b.slice(i + 1)
      || (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
  }

  // The section numbers of a term (page numbers for a term listed by page: `~` first), read from its postings once.
  function postings(s, key) {
    if (s.decoded.has(key)) return s.decoded.get(key);
    var code = window.PLAYBOOK_SEARCH.terms[key].replace(/^~/, ""), out = [], i;
    if (code.charAt(0) === "!") {
      for (i = 1; i < code.length; i++) {
        for (var bit = 0, digit = BIT[code.charAt(i)]; bit < 6; bit++) if (digit & (1 << bit)) out.push((i - 1) * 6 + bit);
      }
    } else {
      var value = 0, previous = -1;
      for (i = 0; i < code.length; i++) {
        var d = DIGIT[code.charAt(i)];
        if (d >= 32) { value = value * 32 + d - 32; continue; }
        previous += value * 32 + d;
        out.push(previous);
        value = 0;
      }
    }
    s.decoded.set(key, out);
    return out;
  }

  // The heading id the build gave a heading the index lists without one (SearchSection.browserMakesID).
  function slug(text) {
    var out = "";
    Array.from(text).forEach(function (ch) {
      if (ch.charCodeAt(0) < 0x80) {
        ch = ch.toLowerCase();
        if (ch === " " || ch === "-") out += "-";
        else if (/[_a-z0-9]/.test(ch)) out += ch;
      } else if (/[\p{Alphabetic}\p{Nd}]/u.test(ch)) out += ch;
    });
    return out || "section";
  }

  function normalized(text) { return text.toLowerCase().replace(/\s+/g, " ").trim(); }

  // Whether a lower-cased text holds a query word: a Chinese run anywhere, any other word at a word's start.
  function holdsWord(title, word) {
    if (CJK.test(word)) return title.indexOf(word) >= 0;
    for (var at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
      if (at === 0 || !/[\p{Alphabetic}\p{Nd}]/u.test(title.charAt(at - 1))) return true;
    }
    return false;
  }

  // Each page holding every term: for each of its sections, how many terms it holds; `typo` if a term is only there misspelt.
  function matches(s, terms, marks) {
    var index = window.PLAYBOOK_SEARCH, found = null;
    terms.forEach(function (t) {
      var hits = new Map();
      function add(key, exact) {
        var byPage = index.terms[key].charAt(0) === "~";
        postings(s, key).forEach(function (n) {
          var p = byPage ? n : s.pageOf[n], hit = hits.get(p);
          if (!hit) { hit = { sections: new Set(), all: false, exact: false }; hits.set(p, hit); }
          if (byPage) hit.all = true; else hit.sections.add(s.localOf[n]);
          if (exact) hit.exact = true;
        });
      }
      if (t.prefix) s.keys.forEach(function (key) { if (key.lastIndexOf(t.term, 0) === 0) add(key, true); });
      else if (Object.prototype.hasOwnProperty.call(index.terms, t.term)) add(t.term, true);
      if (t.typo) s.keys.forEach(function (key) { if (oneEditApart(t.term, key)) { add(key, false); marks.push(key); t.variants.push(key); } });
      if (found === null) {
        found = new Map();
        hits.forEach(function (hit, p) { found.set(p, { counts: new Map(), typo: false }); });
      }
      found.forEach(function (page, p) {
        var hit = hits.get(p);
        if (!hit) { found.delete(p); return; }
        // A term listed by page counts in each of the page's sections.
        var sections = hit.all ? index.pages[p][3].map(function (section, n) { return n; }) : hit.sections;
        sections.forEach(function (n) { page.counts.set(n, (page.counts.get(n) || 0) + 1); });
        if (!hit.exact) page.typo = true;
      });
    });
    return found || new Map();
  }

  // Keys compared highest first: negative when `a` ranks before `b`.
  function compare(a, b) {
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
    return 0;
  }

  function find(s, query) {
    var index = window.PLAYBOOK_SEARCH, parsed = searchTerms(query), marks = parsed.words.slice();
    if (!parsed.terms.length) return { results: [], marks: [] };
    var phrase = normalized(query), ranked = [], found = matches(s, parsed.terms, marks);
    // Whether a text holds a query word as typed or, misspelt, as the index spells it.
    function holds(text, spelling) {
      return holdsWord(text, spelling.word) || spelling.term.variants.some(function (v) { return holdsWord(text, v); });
    }
    found.forEach(function (page, p) {
      var entry = index.pages[p], title = normalized(entry[0]), best = null;
      // The page's best section: most terms, then the phrase in its heading, then in its text, then the first.
      page.counts.forEach(function (count, n) {
        var section = entry[3][n];
        var heading = normalized(section[0]), text = normalized(section[1]);
        var shown = parsed.spellings.filter(function (w) { return holds(heading, w) || holds(text, w); }).length;
        var key = [count, heading.indexOf(phrase) >= 0 ? 1 : 0, text.indexOf(phrase) >= 0 ? 1 : 0, shown];
        if (!best || compare(key, best.key) < 0 || (compare(key, best.key) === 0 && n < best.n)) best = { n: n, key: key };
      });
      var inTitle = parsed.spellings.filter(function (w) { return holds(title, w); }).length;
      var titleRank = title === phrase ? 3 : title.indexOf(phrase) >= 0 ? 2 : inTitle === parsed.words.length ? 1 : 0;
      ranked.push({ page: p, section: best.n, typo: page.typo, key: [page.typo ? 0 : 1, titleRank, inTitle].concat(best.key) });
    });
    ranked.sort(function (a, b) { return compare(a.key, b.key) || a.page - b.page; });
    return { results: ranked.slice(0, MAX_RESULTS), marks: marks };
  }

  // The first place in `lower` where one of `marks` starts, and its length.
  function firstMark(lower, marks, from) {
    var next = -1, length = 0;
    marks.forEach(function (w) {
      var i = w ? lower.indexOf(w, from) : -1;
      if (i >= 0 && (next < 0 || i < next || (i === next && w.length > length))) { next = i; length = w.length; }
    });
    return { at: next, length: length };
  }

  // The text as text nodes, each match inside <mark>: nothing from the index becomes markup.
  function highlighted(text, marks) {
    var fragment = document.createDocumentFragment(), lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = firstMark(lower, marks, at);
      if (next.at < 0) { fragment.appendChild(document.createTextNode(text.slice(at))); break; }
      if (next.at > at) fragment.appendChild(document.createTextNode(text.slice(at, next.at)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next.at, next.at + next.length);
      fragment.appendChild(mark);
      at = next.at + next.length;
    }
    return fragment;
  }

  // About SNIPPET characters of a section's text around its first match.
  function snippet(text, marks) {
    if (text.length <= SNIPPET) return text;
    var first = firstMark(text.toLowerCase(), marks, 0).at, start = Math.max(0, first - 40);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < first) start = space + 1;
    }
    var end = Math.min(text.length, start + SNIPPET), cut = text.slice(start, end);
    return (start > 0 ? "…" : "") + cut + (end < text.length && cut.slice(-1) !== "…" ? "…" : "");
  }

  function span(className, content) {
    var element = document.createElement("span");
    element.className = className;
    if (typeof content === "string") element.textContent = content; else element.appendChild(content);
    return element;
  }

  // The list item of result `i`: its page's title, where it is (section, heading), the snippet.
  function resultItem(s, result, i, marks) {
    var index = window.PLAYBOOK_SEARCH, entry = index.pages[result.page], section = entry[3][result.section];
    var item = document.createElement("li"), link = document.createElement("a");
    var heading = section[0], id = section.length > 2 ? section[2] : heading ? slug(heading) : "";
    item.setAttribute("role", "option");
    item.id = "search-result-" + i;
    link.href = s.root + entry[1] + "index.html" + (id ? "#" + id : "");
    link.tabIndex = -1; // picked with the arrow keys from the box; an option holds no tab stop
    link.appendChild(span("result-title", highlighted(entry[0], marks)));
    var place = [entry[2] ? index.groups[entry[2] - 1] : "", heading !== entry[0] ? heading : ""].filter(Boolean);
    if (place.length) link.appendChild(span("result-section", highlighted(place.join(" › "), marks)));
    if (section[1]) link.appendChild(span("result-snippet", highlighted(snippet(section[1], marks), marks)));
    if (result.typo) link.appendChild(span("result-typo", P.t("search_typo", "Similar spelling")));
    item.appendChild(link);
    return item;
  }

  function show(s) {
    var input = s.input, list = s.list, status = s.status;
    var query = input.value.trim();
    while (list.firstChild) list.removeChild(list.firstChild);
    s.selected = -1;
    input.removeAttribute("aria-activedescendant");
    if (!query) { list.hidden = true; status.textContent = ""; return; }
    var found = find(s, query);
    if (!found.results.length) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = P.t("search_none", "No page matches.");
      list.appendChild(none);
    }
    found.results.forEach(function (result, i) {
      list.appendChild(resultItem(s, result, i, found.marks));
    });
    list.hidden = false;
    list.setAttribute("data-query", query);
    status.textContent = found.results.length === 1 ? P.t("search_one", "1 page found")
      : P.t("search_many", "{{count}} pages found", { count: found.results.length });
  }

  // The index's keys, and which page and which of its sections each section number is.
  function prepare(s) {
    var index = window.PLAYBOOK_SEARCH;
    s.keys = Object.keys(index.terms);
    s.pageOf = [];
    s.localOf = [];
    s.decoded = new Map();
    index.pages.forEach(function (entry, p) {
      entry[3].forEach(function (section, n) { s.pageOf.push(p); s.localOf.push(n); });
    });
  }

  // What to do once the index is in: the latest ask wins, so typing on while it loads
  // (the box's focus asks first, with nothing to do) still shows the whole query's results.
  function ready(s, then) {
    if (window.PLAYBOOK_SEARCH) { if (!s.keys) prepare(s); then(); return; }
    s.pending = then;
    if (s.requested) return;
    s.requested = true;
    var script = document.createElement("script");
    script.src = s.root + s.index;
    script.onload = function () {
      prepare(s);
      var run = s.pending;
      s.pending = null;
      run();
    };
    document.head.appendChild(script);
  }

  function select(s, i) {
    var items = s.list.querySelectorAll("li[role=option]");
    if (!items.length) return;
    s.selected = (i + items.length) % items.length;
    each(items, function (item, n) { item.setAttribute("aria-selected", n === s.selected ? "true" : "false"); });
    s.input.setAttribute("aria-activedescendant", items[s.selected].id);
    items[s.selected].scrollIntoView({ block: "nearest" });
  }

  function onKeydown(s, event) {
    if (event.key === "ArrowDown") { event.preventDefault(); select(s, s.selected + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); select(s, s.selected - 1); }
    else if (event.key === "Escape") { s.input.value = ""; show(s); }
    else if (event.key === "Enter") {
      var items = s.list.querySelectorAll("li[role=option] a");
      if (items.length) { event.preventDefault(); window.location.href = items[Math.max(s.selected, 0)].href; }
    }
  }

  function setUpSearch(form) {
    var s = {
      input: form.querySelector("input[type=search]"),
      list: form.querySelector(".search-results"),
      status: form.querySelector(".search-status"),
      root: form.getAttribute("data-root") || "",
      index: form.getAttribute("data-index") || "assets/search-index.js",
      keys: null, selected: -1, requested: false, pending: null
    };
    // The box stays a plain search box (a combobox role on type=search is newer than the checkers
    // the suite runs); it points at the results, the one picked with the arrows is its active
    // descendant, and the count is announced.
    s.input.setAttribute("aria-controls", s.list.id);

    s.input.addEventListener("focus", function () { ready(s, function () {}); });
    s.input.addEventListener("input", function () { ready(s, function () { show(s); }); });
    s.input.addEventListener("keydown", function (event) { onKeydown(s, event); });
  }

  function start() {
    var searchForm = document.querySelector("form.search");
    if (searchForm) setUpSearch(searchForm);
  }

  P.search = { start: start, terms: searchTerms, find: find, oneEditApart: oneEditApart, slug: slug };
})(window.Playbook = window.Playbook || {});
