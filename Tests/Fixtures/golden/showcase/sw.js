// Playbook's service worker: keeps the playbook readable offline once it has been opened over HTTPS or from
// localhost (assets/js/offline.js registers it; never from file://). Made by each build from the theme's
// layouts/service-worker.mustache: the cache is named after the build, so a new deploy fills a new one and
// the old one is deleted when the new worker takes over (when the reader chooses Reload, or every tab closed).
//  - pages (navigations): the network first, the kept copy when it cannot answer, else the kept 404 page;
//  - everything else of the site: the kept copy first, else the network (and it is kept);
//  - never another site's files, anything but GET, nor anything under /_playbook/ (the servers' own addresses).
// Kept at install: the 42 files below (relative to this script); any other page once it is read.
"use strict";

var BUILD = "playbook-9c4fe18037cc0836";
var PRECACHE = [
  "assets/icon-192.png",
  "assets/icon-512.png",
  "assets/icon.svg",
  "assets/js/browser-data.eb14599b.js",
  "assets/js/checklists.adbad6b3.js",
  "assets/js/core.634d7258.js",
  "assets/js/form-checks.35163cdf.js",
  "assets/js/form-fields.3d93d750.js",
  "assets/js/form-markdown.76cacc9c.js",
  "assets/js/forms.7ebb92b3.js",
  "assets/js/nav.9308e167.js",
  "assets/js/offline.b0afd99d.js",
  "assets/js/scorecards.0d13c262.js",
  "assets/js/search.cb499757.js",
  "assets/js/sign-in.c238755e.js",
  "assets/js/tables.a2dc270e.js",
  "assets/js/team.da4ad5aa.js",
  "assets/js/toc.bd1962fc.js",
  "assets/messages.en.e99821dd.js",
  "assets/playbook.36935f47.css",
  "assets/playbook.b852d246.js",
  "assets/search-index.js",
  "manifest.webmanifest",
  "404.html",
  "index.html",
  "accounts/index.html",
  "guide/index.html",
  "scorecards/index.html",
  "tags/index.html",
  "team/index.html",
  "visit-plans/index.html",
  "guide/plan/index.html",
  "guide/debrief/index.html",
  "accounts/harbor-logistics/index.html",
  "scorecards/2026-11-12-li-na-call/index.html",
  "tags/commitment/index.html",
  "team/li-na/index.html",
  "visit-plans/2026-11-18-harbor-logistics/index.html",
  "accounts/jade-river-textiles/index.html",
  "tags/visits/index.html",
  "team/wei-zhang/index.html",
  "accounts/northwind-foods/index.html"
];
var NOT_FOUND = "404.html";

// One cache per build and per site: two playbooks served from one origin (under two paths) keep theirs apart.
var SCOPE = self.registration.scope;
var CACHE = BUILD + " " + SCOPE;

function keepable(response) {
  return !!response && response.ok && response.type === "basic" && !response.redirected;
}

// A page's key in the cache: its address without query or fragment, a folder's as its index.html.
function pageKey(address) {
  var url = new URL(address);
  url.search = "";
  url.hash = "";
  if (url.pathname.charAt(url.pathname.length - 1) === "/") url.pathname += "index.html";
  return url.href;
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // File by file, each checked with the server (never an older copy from the browser's cache); a file that
    // cannot be fetched is left out rather than failing the whole install.
    return Promise.all(PRECACHE.map(function (path) {
      var address = new URL(path, SCOPE).href;
      return fetch(new Request(address, { cache: "no-cache", credentials: "same-origin" })).then(function (response) {
        if (keepable(response)) return cache.put(address, response);
      }).catch(function () { return undefined; });
    }));
  }));
});

// The reader chose Reload on the notice: this worker takes over now.
self.addEventListener("message", function (event) {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  var suffix = " " + SCOPE;
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name !== CACHE && name.indexOf("playbook-") === 0 && name.slice(-suffix.length) === suffix;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function fromNetworkFirst(event, request) {
  var key = pageKey(request.url);
  return fetch(request).then(function (response) {
    if (keepable(response)) {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(key, copy); }));
    }
    return response;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key).then(function (kept) {
        return kept || cache.match(new URL(NOT_FOUND, SCOPE).href);
      });
    }).then(function (kept) { return kept || Response.error(); });
  });
}

function fromCacheFirst(event, request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (kept) {
      if (kept) return kept;
      return fetch(request).then(function (response) {
        if (keepable(response)) {
          var copy = response.clone();
          event.waitUntil(cache.put(request, copy));
        }
        return response;
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.href.indexOf(SCOPE) !== 0 || url.pathname.indexOf("/_playbook/") !== -1) return;
  var accept = request.headers.get("accept") || "";
  if (request.mode === "navigate" || accept.indexOf("text/html") !== -1) {
    event.respondWith(fromNetworkFirst(event, request));
  } else {
    event.respondWith(fromCacheFirst(event, request));
  }
});
