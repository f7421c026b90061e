// Playbook's shared helpers, on the one global the modules register on:
// this browser's storage (checklist ticks and form drafts), `each`, the page's key,
// and `t`, the page language's string for a key (from assets/messages.<language>.js).
(function (P) {
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
  // Every key this browser keeps for Playbook (checklist ticks, drafts), for export.
  function keys() {
    var found = [];
    if (!store) return found;
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf("playbook:") === 0 && key !== "playbook:probe") found.push(key);
    }
    return found.sort();
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // The page's own key (its path in the site), the same from disk and from a server.
  var pageKey = document.body.hasAttribute("data-page") ? document.body.getAttribute("data-page") : location.pathname;

  // A string of the catalogue's `js.*` keys, its `{{name}}` filled from `values`;
  // `fallback` (English) when the messages script is missing, as with an old theme.
  function t(key, fallback, values) {
    var all = window.PLAYBOOK_MESSAGES || {};
    var text = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : fallback;
    return String(text).replace(/\{\{(\w+)\}\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  P.t = t;
  P.load = load;
  P.save = save;
  P.drop = drop;
  P.keys = keys;
  P.each = each;
  P.pageKey = pageKey;
})(window.Playbook = window.Playbook || {});
