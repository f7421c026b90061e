// The sidebar: a menu on narrow screens, and this page's link marked.
(function (P) {
  "use strict";

  // The sidebar becomes a menu on narrow screens.
  function setUpToggle(sidebar) {
    var toggle = document.querySelector(".nav-toggle");
    if (toggle && sidebar) {
      toggle.addEventListener("click", function () {
        var open = sidebar.classList.toggle("open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
  }

  // Many pages share one sidebar (it is made once for them all), so the link
  // to this page is marked here: the first one that leads to it.
  function withoutFile(url) { return url.split("#")[0].split("?")[0].replace(/index\.html$/, ""); }
  function markCurrent(sidebar) {
    if (sidebar) {
      var here = withoutFile(location.href);
      var links = sidebar.querySelectorAll("a[href]");
      for (var i = 0; i < links.length; i++) {
        if (withoutFile(links[i].href) === here) { links[i].setAttribute("aria-current", "page"); break; }
      }
    }
  }

  function start() {
    var sidebar = document.getElementById("sidebar");
    setUpToggle(sidebar);
    markCurrent(sidebar);
  }

  P.nav = { start: start };
})(window.Playbook = window.Playbook || {});
