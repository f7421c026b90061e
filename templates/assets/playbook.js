// Playbook's own script: no dependencies, works from disk and under any path.
// Checklist ticks and form drafts are kept in this browser's localStorage.
(function () {
  "use strict";

  var store = (function () {
    try {
      var s = window.localStorage, probe = "playbook:probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;  // storage off: everything still works, nothing is kept
    }
  })();
  function load(key) { return store ? store.getItem(key) : null; }
  function save(key, value) { if (store) { try { store.setItem(key, value); } catch (e) { /* full */ } } }
  function drop(key) { if (store) store.removeItem(key); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // The page's own key (its path in the site), the same from disk and from a server.
  var pageKey = document.body.hasAttribute("data-page") ? document.body.getAttribute("data-page") : location.pathname;

  // The sidebar becomes a menu on narrow screens.
  var toggle = document.querySelector(".nav-toggle");
  var sidebar = document.getElementById("sidebar");
  if (toggle && sidebar) {
    toggle.addEventListener("click", function () {
      var open = sidebar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Many pages share one sidebar (it is made once for them all), so the link
  // to this page is marked here: the first one that leads to it.
  function withoutFile(url) { return url.split("#")[0].split("?")[0].replace(/index\.html$/, ""); }
  if (sidebar) {
    var here = withoutFile(location.href);
    var links = sidebar.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      if (withoutFile(links[i].href) === here) { links[i].setAttribute("aria-current", "page"); break; }
    }
  }

  // Search: the index loads as a script on first use (so it works from disk), then
  // every keystroke lists the pages holding all the words (English by prefix,
  // Chinese and Japanese by pairs of characters, as the index was built).
  var searchForm = document.querySelector("form.search");
  if (searchForm) setUpSearch(searchForm);

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

  function setUpSearch(form) {
    var input = form.querySelector("input[type=search]");
    var list = form.querySelector(".search-results");
    var status = form.querySelector(".search-status");
    var root = form.getAttribute("data-root") || "";
    var keys = null, selected = -1, requested = false, pending = null;
    // The box stays a plain search box (a combobox role on type=search is newer than the checkers
    // the suite runs); it points at the results, the one picked with the arrows is its active
    // descendant, and the count is announced.
    input.setAttribute("aria-controls", list.id);

    // What to do once the index is in: the latest ask wins, so typing on while it loads
    // (the box's focus asks first, with nothing to do) still shows the whole query's results.
    function ready(then) {
      if (window.PLAYBOOK_SEARCH) { keys = keys || Object.keys(window.PLAYBOOK_SEARCH.terms); then(); return; }
      pending = then;
      if (requested) return;
      requested = true;
      var script = document.createElement("script");
      script.src = root + "assets/search-index.js";
      script.onload = function () {
        keys = Object.keys(window.PLAYBOOK_SEARCH.terms);
        var run = pending;
        pending = null;
        run();
      };
      document.head.appendChild(script);
    }

    function find(query) {
      var index = window.PLAYBOOK_SEARCH, parsed = searchTerms(query), found = null;
      if (!parsed.terms.length) return { pages: [], words: [] };
      parsed.terms.forEach(function (t) {
        var pages = {};
        if (t.prefix) {
          keys.forEach(function (key) { if (key.lastIndexOf(t.term, 0) === 0) index.terms[key].forEach(function (p) { pages[p] = true; }); });
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

    function show() {
      var query = input.value.trim();
      while (list.firstChild) list.removeChild(list.firstChild);
      selected = -1;
      input.removeAttribute("aria-activedescendant");
      if (!query) { list.hidden = true; status.textContent = ""; return; }
      var result = find(query), pages = window.PLAYBOOK_SEARCH.pages;
      if (!result.pages.length) {
        var none = document.createElement("li");
        none.className = "empty";
        none.textContent = "No page matches.";
        list.appendChild(none);
      }
      result.pages.forEach(function (p, i) {
        var item = document.createElement("li"), link = document.createElement("a");
        item.setAttribute("role", "option");
        item.id = "search-result-" + i;
        link.href = root + pages[p][1] + "index.html";
        link.tabIndex = -1; // picked with the arrow keys from the box; an option holds no tab stop
        link.appendChild(highlighted(pages[p][0], result.words));
        if (pages[p][2]) {
          var section = document.createElement("span");
          section.className = "result-section";
          section.textContent = pages[p][2];
          link.appendChild(section);
        }
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = false;
      list.setAttribute("data-query", query);
      status.textContent = result.pages.length === 1 ? "1 page found" : result.pages.length + " pages found";
    }

    function select(i) {
      var items = list.querySelectorAll("li[role=option]");
      if (!items.length) return;
      selected = (i + items.length) % items.length;
      each(items, function (item, n) { item.setAttribute("aria-selected", n === selected ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", items[selected].id);
      items[selected].scrollIntoView({ block: "nearest" });
    }

    input.addEventListener("focus", function () { ready(function () {}); });
    input.addEventListener("input", function () { ready(show); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); select(selected + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); select(selected - 1); }
      else if (event.key === "Escape") { input.value = ""; show(); }
      else if (event.key === "Enter") {
        var items = list.querySelectorAll("li[role=option] a");
        if (items.length) { event.preventDefault(); window.location.href = items[Math.max(selected, 0)].href; }
      }
    });
  }

  // The table of contents marks the heading being read.
  var tocLinks = document.querySelectorAll(".toc a[href^='#']");
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    each(tocLinks, function (link) { byId[decodeURIComponent(link.getAttribute("href").slice(1))] = link; });
    var visible = {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
      var current = null;
      each(document.querySelectorAll(".content h2[id], .content h3[id]"), function (heading) {
        if (current === null && visible[heading.id] && byId[heading.id]) current = heading.id;
      });
      if (current === null) return;
      each(tocLinks, function (link) {
        var on = link === byId[current];
        link.classList.toggle("current", on);
        if (on) link.setAttribute("aria-current", "location"); else link.removeAttribute("aria-current");
      });
    }, { rootMargin: "0px 0px -60% 0px" });
    each(document.querySelectorAll(".content h2[id], .content h3[id]"), function (heading) { observer.observe(heading); });
  }

  // Checklists: each box's tick is kept under its item id; "N of M" follows.
  each(document.querySelectorAll(".checklist"), function (list) {
    var boxes = list.querySelectorAll("input.task-box");
    function count() {
      var done = 0;
      each(boxes, function (box) { if (box.checked) done++; });
      var shown = list.querySelector(".checklist-done");
      if (shown) shown.textContent = String(done);
    }
    each(boxes, function (box) {
      var saved = load("playbook:task:" + box.getAttribute("data-task"));
      if (saved !== null) box.checked = saved === "1";
      box.addEventListener("change", function () {
        save("playbook:task:" + box.getAttribute("data-task"), box.checked ? "1" : "0");
        count();
      });
    });
    var reset = list.querySelector(".checklist-reset");
    if (reset) {
      reset.hidden = false;
      reset.addEventListener("click", function () {
        each(boxes, function (box) {
          box.checked = box.defaultChecked;
          drop("playbook:task:" + box.getAttribute("data-task"));
        });
        count();
      });
    }
    count();
  });

  // Forms and scorecards.
  each(document.querySelectorAll("form[data-form], form[data-scorecard]"), setUpForm);

  function setUpForm(form) {
    var isCard = form.hasAttribute("data-scorecard");
    var name = form.getAttribute(isCard ? "data-scorecard" : "data-form");
    var key = "playbook:draft:" + pageKey + ":" + (isCard ? "scorecard:" : "form:") + name;
    var status = form.querySelector(".form-status");
    var rowCounter = 0;

    function say(text) { if (status) status.textContent = text; }
    function ownFields(root) {
      // The fields of `root` itself, not those of list rows inside it.
      return Array.prototype.filter.call(root.querySelectorAll(".field[data-field]"), function (field) {
        var row = field.parentElement.closest("[data-row]");
        return root.hasAttribute("data-row") ? row === root : row === null;
      });
    }

    function addRow(list, values) {
      var template = list.querySelector("template[data-row-template]");
      var rows = list.querySelector("[data-rows]");
      rowCounter++;
      var html = template.innerHTML.replace(/__ROW__/g, "r" + rowCounter);
      var holder = document.createElement("ol");
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      rows.appendChild(row);
      if (values) setFields(row, values);
      return row;
    }

    function value(field) {
      var kind = field.getAttribute("data-kind");
      if (kind === "list") {
        return Array.prototype.map.call(field.querySelectorAll("[data-rows] > [data-row]"), function (row) { return values(row); });
      }
      if (kind === "multichoice") {
        return Array.prototype.filter.call(field.querySelectorAll("input[type=checkbox]"), function (box) { return box.checked; })
          .map(function (box) { return box.value; });
      }
      if (kind === "checkbox") return field.querySelector("input").checked;
      if (kind === "rating") {
        var chosen = field.querySelector("input[type=radio]:checked");
        return chosen ? Number(chosen.value) : "";
      }
      var control = field.querySelector("input, textarea, select");
      if (kind === "number" && control.value !== "") return Number(control.value);
      return control.value;
    }

    function setValue(field, v) {
      var kind = field.getAttribute("data-kind");
      if (kind === "list") {
        var rows = field.querySelector("[data-rows]");
        while (rows.firstChild) rows.removeChild(rows.firstChild);
        (v || []).forEach(function (rowValues) { addRow(field, rowValues); });
      } else if (kind === "multichoice") {
        each(field.querySelectorAll("input[type=checkbox]"), function (box) { box.checked = (v || []).indexOf(box.value) >= 0; });
      } else if (kind === "checkbox") {
        field.querySelector("input").checked = v === true;
      } else if (kind === "rating") {
        each(field.querySelectorAll("input[type=radio]"), function (radio) { radio.checked = String(v) === radio.value; });
      } else {
        field.querySelector("input, textarea, select").value = v === undefined || v === null ? "" : String(v);
      }
    }

    function values(root) {
      var result = {};
      ownFields(root).forEach(function (field) { result[field.getAttribute("data-field")] = value(field); });
      return result;
    }

    function setFields(root, saved) {
      ownFields(root).forEach(function (field) {
        var id = field.getAttribute("data-field");
        if (Object.prototype.hasOwnProperty.call(saved, id)) setValue(field, saved[id]);
      });
    }

    function scores() {
      var result = {};
      each(form.querySelectorAll("fieldset.criterion"), function (criterion) {
        var chosen = criterion.querySelector("input[type=radio]:checked");
        if (chosen) result[criterion.getAttribute("data-criterion")] = Number(chosen.value);
      });
      return result;
    }

    function notes() {
      var box = form.querySelector("[data-notes] textarea");
      return box ? box.value : "";
    }

    function state() {
      var s = { values: values(form), notes: notes() };
      if (isCard) s.scores = scores();
      return s;
    }

    function restore(s) {
      if (s.values) setFields(form, s.values);
      var box = form.querySelector("[data-notes] textarea");
      if (box && typeof s.notes === "string") box.value = s.notes;
      if (s.scores) {
        each(form.querySelectorAll("fieldset.criterion"), function (criterion) {
          var score = s.scores[criterion.getAttribute("data-criterion")];
          each(criterion.querySelectorAll("input[type=radio]"), function (radio) { radio.checked = String(score) === radio.value; });
        });
      }
    }

    // The weighted total: Σ weight × score ÷ (Σ weight × top of the scale), as a percentage.
    function total() {
      if (!isCard) return;
      var max = Number(form.getAttribute("data-scale-max")) || 1, weights = 0, points = 0;
      each(form.querySelectorAll("fieldset.criterion"), function (criterion) {
        var weight = Number(criterion.getAttribute("data-weight")) || 0;
        var chosen = criterion.querySelector("input[type=radio]:checked");
        weights += weight;
        if (chosen) points += weight * Number(chosen.value);
        var anchor = criterion.querySelector(".anchor-text");
        if (anchor) anchor.textContent = chosen && chosen.getAttribute("data-anchor") ? chosen.value + ": " + chosen.getAttribute("data-anchor") : "";
      });
      var percent = weights > 0 ? points / (weights * max) * 100 : 0;
      var shown = Math.round(percent * 10) / 10;
      var output = form.querySelector("output.total");
      output.value = String(shown);
      output.textContent = String(shown);
      var bands = [];
      try { bands = JSON.parse(form.getAttribute("data-bands") || "[]"); } catch (e) { bands = []; }
      var rounded = Math.round(percent), band = "";
      bands.forEach(function (b) { if (rounded >= b.min && rounded <= b.max) band = b.name; });
      form.querySelector(".band").textContent = band ? "— " + band : "";
    }

    function store_() {
      save(key, JSON.stringify(state()));
      say("Draft saved in this browser.");
    }

    // Markdown with YAML front matter, ready for content/: every field, a notes body.
    function yaml(v, indent) {
      if (typeof v === "number") return String(v);
      if (typeof v === "boolean") return v ? "true" : "false";
      if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        if (typeof v[0] !== "object") return "[" + v.map(function (x) { return yaml(x, indent); }).join(", ") + "]";
        return "\n" + v.map(function (row) {
          var keys = Object.keys(row);
          return keys.map(function (k, i) {
            return indent + (i === 0 ? "- " : "  ") + k + ": " + yaml(row[k], indent + "    ");
          }).join("\n");
        }).join("\n");
      }
      if (v && typeof v === "object") {
        return "\n" + Object.keys(v).map(function (k) { return indent + k + ": " + yaml(v[k], indent + "  "); }).join("\n");
      }
      return JSON.stringify(v === undefined || v === null ? "" : String(v));
    }

    function markdown() {
      var s = state();
      var lines = ["---", (isCard ? "scorecard: " : "form: ") + name];
      Object.keys(s.values).forEach(function (k) { lines.push(k + ": " + yaml(s.values[k], "  ")); });
      if (isCard) lines.push("scores: " + (Object.keys(s.scores).length ? yaml(s.scores, "  ") : "{}"));
      lines.push("---", "");
      if (s.notes) lines.push(s.notes, "");
      return lines.join("\n");
    }

    function fileName() {
      var s = values(form);
      var date = s.date || new Date().toISOString().slice(0, 10);
      var who = s.account || s.rep || name;
      return (date + "-" + who).replace(/[^A-Za-z0-9._-]+/g, "-") + ".md";
    }

    form.addEventListener("input", function () { total(); store_(); });
    form.addEventListener("change", function () { total(); store_(); });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button) return;
      var action = button.getAttribute("data-action");
      if (action === "add-row") {
        var row = addRow(button.closest(".field[data-kind=list]"));
        var first = row.querySelector("input, textarea, select");
        if (first) first.focus();
        store_();
      } else if (action === "remove-row") {
        var gone = button.closest("[data-row]");
        gone.parentNode.removeChild(gone);
        store_();
      } else if (action === "download") {
        var blob = new Blob([markdown()], { type: "text/markdown;charset=utf-8" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = fileName();
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.parentNode.removeChild(link); }, 1000);
        say("Downloaded " + link.download + ": put it in content/visit-plans/ (or content/scorecards/) and rebuild.");
      } else if (action === "print") {
        document.body.classList.add("printing-form");
        form.classList.add("print-target");
        window.print();
      } else if (action === "clear") {
        if (!window.confirm("Clear every field of this form? The saved draft is deleted too.")) return;
        form.reset();
        each(form.querySelectorAll("[data-rows]"), function (rows) { while (rows.firstChild) rows.removeChild(rows.firstChild); });
        drop(key);
        total();
        say("Cleared.");
      }
    });
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("printing-form");
      form.classList.remove("print-target");
    });

    var saved = load(key);
    if (saved) {
      try { restore(JSON.parse(saved)); say("Draft restored from this browser."); } catch (e) { drop(key); }
    }
    total();
  }
})();
