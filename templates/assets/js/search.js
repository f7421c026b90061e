// Search: the index loads as a script on first use (so it works from disk), then
// every keystroke lists the pages holding all the words (English by prefix,
// Chinese and Japanese by pairs of characters, as the index was built).
// One search box's state `s`: its form, input, list, status, root, and the index's
// keys, the selected result, whether the index was asked for, what runs once it is in.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  function searchTerms(query) {
    var terms = [], words = [];
    var parts = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    var cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
    parts.forEach(function (part) {
      var run = "", word = "";
      function flushWord() { if (word.length >= 1) { terms.push({ term: word, prefix: true }); words.push(word); } word = ""; }
      function flushRun() {
        var chars = Array.from(run);
        if (chars.length === 1) terms.push({ term: chars[0], prefix: true });
        for (var i = 0; i + 1 < chars.length; i++) terms.push({ term: chars[i] + chars[i + 1], prefix: false });
        if (run) words.push(run);
        run = "";
      }
      Array.from(part).forEach(function (ch) {
        if (cjk.test(ch)) { flushWord(); run += ch; } else { flushRun(); word += ch; }
      });
      flushWord();
      flushRun();
    });
    return { terms: terms, words: words };
  }

  // What to do once the index is in: the latest ask wins, so typing on while it loads
  // (the box's focus asks first, with nothing to do) still shows the whole query's results.
  function ready(s, then) {
    if (window.PLAYBOOK_SEARCH) { s.keys = s.keys || Object.keys(window.PLAYBOOK_SEARCH.terms); then(); return; }
    s.pending = then;
    if (s.requested) return;
    s.requested = true;
    var script = document.createElement("script");
    script.src = s.root + s.index;
    script.onload = function () {
      s.keys = Object.keys(window.PLAYBOOK_SEARCH.terms);
      var run = s.pending;
      s.pending = null;
      run();
    };
    document.head.appendChild(script);
  }

  function find(s, query) {
    var index = window.PLAYBOOK_SEARCH, parsed = searchTerms(query), found = null;
    if (!parsed.terms.length) return { pages: [], words: [] };
    parsed.terms.forEach(function (t) {
      var pages = {};
      if (t.prefix) {
        s.keys.forEach(function (key) { if (key.lastIndexOf(t.term, 0) === 0) index.terms[key].forEach(function (p) { pages[p] = true; }); });
      } else {
        (index.terms[t.term] || []).forEach(function (p) { pages[p] = true; });
      }
      if (found === null) { found = pages; return; }
      Object.keys(found).forEach(function (p) { if (!pages[p]) delete found[p]; });
    });
    var ranked = Object.keys(found || {}).map(Number).map(function (p) {
      var title = index.pages[p][0].toLowerCase(), score = 0;
      parsed.words.forEach(function (w) { if (title.indexOf(w) >= 0) score += 1; });
      return { page: p, score: score };
    }).sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return { pages: ranked.slice(0, 12).map(function (r) { return r.page; }), words: parsed.words };
  }

  // The title as text nodes, each matched word inside <mark>: nothing from the index becomes markup.
  function highlighted(title, words) {
    var fragment = document.createDocumentFragment(), lower = title.toLowerCase(), at = 0;
    while (at < title.length) {
      var next = -1, length = 0;
      words.forEach(function (w) {
        var i = lower.indexOf(w, at);
        if (w && i >= 0 && (next < 0 || i < next)) { next = i; length = w.length; }
      });
      if (next < 0) { fragment.appendChild(document.createTextNode(title.slice(at))); break; }
      if (next > at) fragment.appendChild(document.createTextNode(title.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = title.slice(next, next + length);
      fragment.appendChild(mark);
      at = next + length;
    }
    return fragment;
  }

  // The list item of result `i`, page `p` of the index.
  function resultItem(s, pages, p, i, words) {
    var item = document.createElement("li"), link = document.createElement("a");
    item.setAttribute("role", "option");
    item.id = "search-result-" + i;
    link.href = s.root + pages[p][1] + "index.html";
    link.tabIndex = -1; // picked with the arrow keys from the box; an option holds no tab stop
    link.appendChild(highlighted(pages[p][0], words));
    if (pages[p][2]) {
      var section = document.createElement("span");
      section.className = "result-section";
      section.textContent = pages[p][2];
      link.appendChild(section);
    }
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
    var result = find(s, query), pages = window.PLAYBOOK_SEARCH.pages;
    if (!result.pages.length) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = P.t("search_none", "No page matches.");
      list.appendChild(none);
    }
    result.pages.forEach(function (p, i) {
      list.appendChild(resultItem(s, pages, p, i, result.words));
    });
    list.hidden = false;
    list.setAttribute("data-query", query);
    status.textContent = result.pages.length === 1 ? P.t("search_one", "1 page found")
      : P.t("search_many", "{{count}} pages found", { count: result.pages.length });
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

  P.search = { start: start, terms: searchTerms };
})(window.Playbook = window.Playbook || {});
