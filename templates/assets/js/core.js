// Playbook's shared helpers, on the one global the modules register on:
// this browser's storage (checklist ticks and form drafts), `each`, the page's key.
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
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // The page's own key (its path in the site), the same from disk and from a server.
  var pageKey = document.body.hasAttribute("data-page") ? document.body.getAttribute("data-page") : location.pathname;

  P.load = load;
  P.save = save;
  P.drop = drop;
  P.each = each;
  P.pageKey = pageKey;
})(window.Playbook = window.Playbook || {});
