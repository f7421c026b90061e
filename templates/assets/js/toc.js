// The table of contents marks the heading being read.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  function start() {
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
  }

  P.toc = { start: start };
})(window.Playbook = window.Playbook || {});
