// The table of contents marks the heading being read (the first in the upper
// part of the window, or the last above it, so a long section stays marked), and
// keeps that mark in its own view when it scrolls on its own (wide screens).
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  // A table of contents taller than the window scrolls on its own:
  // the marked entry is scrolled into its view, never the page.
  function keepInView(link) {
    var toc = link.closest(".toc");
    if (!toc || toc.scrollHeight <= toc.clientHeight) return;
    var top = link.getBoundingClientRect().top - toc.getBoundingClientRect().top;
    if (top < 0 || top + link.offsetHeight > toc.clientHeight) toc.scrollTop += top - toc.clientHeight / 3;
  }

  function start() {
    var tocLinks = document.querySelectorAll(".toc a[href^='#']");
    if (!tocLinks.length) return;
    var byId = {};
    each(tocLinks, function (link) { byId[decodeURIComponent(link.getAttribute("href").slice(1))] = link; });
    var headings = [];
    each(document.querySelectorAll(".content h2[id], .content h3[id]"), function (heading) {
      if (byId[heading.id]) headings.push(heading);
    });
    if (!headings.length) return;
    var marked = null, pending = false;

    function mark() {
      pending = false;
      // The first heading in the upper part of the window; if none is there, the last one above
      // it (a long section being read).
      var line = window.innerHeight * 0.4, current = null, above = null;
      headings.forEach(function (heading) {
        var top = heading.getBoundingClientRect().top;
        if (top < 0) above = heading;
        else if (top <= line && !current) current = heading;
      });
      current = current || above;
      // Above the first heading nothing is marked; at the very end of the page, the last heading is.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = headings[headings.length - 1];
      var link = current ? byId[current.id] : null;
      if (link === marked) return;
      if (marked) { marked.classList.remove("current"); marked.removeAttribute("aria-current"); }
      marked = link;
      if (link) {
        link.classList.add("current");
        link.setAttribute("aria-current", "location");
        keepInView(link);
      }
    }

    function later() {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(mark);
    }
    window.addEventListener("scroll", later, { passive: true });
    window.addEventListener("resize", later);
    mark();
  }

  P.toc = { start: start };
})(window.Playbook = window.Playbook || {});
