// Offline reading: on a site served over HTTPS or from this machine (localhost),
// registers the service worker (sw.js at the site's root, made by the build: it
// keeps the pages read and the theme's files; see the README's "Offline
// reading"), checks for a new deploy on every page and whenever the tab comes
// back to the front, and when a new worker is ready while an older one
// controls the page, shows the notice bar (partials/update-notice) whose
// Reload lets the new one take over and reloads. It also links the web app
// manifest, so the playbook can be added to a phone's home screen.
// Opened from disk (file://) or over plain HTTP elsewhere it does nothing.
(function (P) {
  "use strict";

  function servedSecurely() {
    if (location.protocol === "https:") return true;
    return location.protocol === "http:" && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname);
  }

  // The team server's pages have no worker (nothing of them may outlive the session): one left at this
  // address by another build (the preview server on the same port) goes, with what it kept.
  function forget(workers) {
    workers.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) { registration.unregister(); });
    }).catch(function () { return undefined; });
    if (!window.caches) return;
    caches.keys().then(function (names) {
      names.forEach(function (name) { if (name.indexOf("playbook-") === 0) caches.delete(name); });
    }).catch(function () { return undefined; });
  }

  function start() {
    var notice = document.querySelector("[data-update-notice]");
    var workers = navigator.serviceWorker;
    if (!notice || !workers || !servedSecurely()) return;
    var registration = null, reloading = false;

    // The web app manifest (add to home screen) is linked here rather than in the page: a browser opening the
    // site from disk would try to fetch it and log an error, and could not install it anyway.
    var manifest = notice.getAttribute("data-manifest");
    if (manifest && !document.querySelector("link[rel=manifest]")) {
      var link = document.createElement("link");
      link.rel = "manifest";
      link.href = manifest;
      document.head.appendChild(link);
    }
    if (!notice.getAttribute("data-service-worker")) { forget(workers); return; }

    function offer() { notice.hidden = false; }

    // Reload: the waiting worker takes over (it deletes the old build's cache), then the page reloads from it.
    // With none waiting (another tab let it take over already) the page just reloads.
    notice.querySelector("[data-action=reload]").addEventListener("click", function () {
      var waiting = registration && registration.waiting;
      if (!waiting) { location.reload(); return; }
      reloading = true;
      waiting.postMessage({ type: "skip-waiting" });
    });
    workers.addEventListener("controllerchange", function () { if (reloading) location.reload(); });

    workers.register(notice.getAttribute("data-service-worker")).then(function (found) {
      registration = found;
      // A new worker installed while an older one controls this page: a new deploy (on a first visit there is none).
      function watch(worker) {
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && workers.controller) offer();
        });
      }
      if (found.waiting && workers.controller) offer();
      if (found.installing) watch(found.installing);
      found.addEventListener("updatefound", function () { if (found.installing) watch(found.installing); });
      // A deploy may come while the page is open: look again whenever the reader comes back to the tab.
      document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") found.update().catch(function () { return undefined; });
      });
      return found.update();
    }).catch(function () { /* offline, or the browser refuses workers here: the site works as from disk */ });
  }

  P.offline = { start: start };
})(window.Playbook = window.Playbook || {});
