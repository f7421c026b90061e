// Playbook's own script: no dependencies, works from disk and under any path.
// Checklist ticks and form drafts are kept in this browser's localStorage.
// The parts are classic scripts in assets/js/ (loaded before this one, with
// defer, in site-head), each registering on window.Playbook: core (storage,
// helpers), nav, search, toc, checklists, form-fields, form-markdown,
// form-checks, scorecards, team, forms, browser-data, offline (the five form
// scripts only on a page with a form or scorecard). This file starts them, in
// the order the page needs.
(function (P) {
  "use strict";
  P.nav.start();         // the sidebar's menu button and this page's link
  P.search.start();      // the search box
  P.toc.start();         // the heading being read, in the table of contents
  P.checklists.start();  // checklist ticks and their count
  P.team.start();        // the team server's signed-in user (does nothing on a static site)
  if (P.forms) P.forms.start(); // forms and scorecards, checked as the build checks them (their scripts load only where a form is)
  P.browserData.start(); // ticks and drafts exported to a file and imported back
  P.offline.start();     // offline reading and the new-version notice (served over HTTPS or from localhost only)
})(window.Playbook = window.Playbook || {});
