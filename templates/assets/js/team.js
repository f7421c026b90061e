// The team server (`playbook serve --team`): pages it serves carry
// `data-team-server` (the address of its API, relative to the page). Here the
// signed-in user is shown with a sign-out button, and forms are saved to the
// server with the session's CSRF token. On a static site this does nothing.
(function (P) {
  "use strict";
  var base = document.body.getAttribute("data-team-server");
  var session = null;

  function active() { return base !== null && !document.body.classList.contains("kind-login"); }

  // Who is signed in, and the token every save must carry; fetched once a page.
  function current() {
    if (!session) {
      session = fetch(base + "session", { credentials: "same-origin", cache: "no-store" }).then(function (response) {
        return response.ok ? response.json() : null;
      }).catch(function () { return null; });
    }
    return session;
  }

  function start() {
    if (!active()) return;
    current().then(function (user) {
      var box = document.querySelector("[data-team-user]");
      if (!user || !box) return;
      box.querySelector("[data-team-name]").textContent = user.name;
      box.querySelector("[data-team-csrf]").value = user.csrf;
      box.hidden = false;
    });
  }

  // Sends one sheet; resolves to the server's answer ({ok, url} or {refusal, message, problems}).
  function save(sheet) {
    return current().then(function (user) {
      if (!user) return { ok: false, refusal: "login" };
      return fetch(base + "save", {
        method: "POST", credentials: "same-origin", cache: "no-store",
        headers: { "Content-Type": "application/json", "X-Playbook-CSRF": user.csrf },
        body: JSON.stringify(sheet)
      }).then(function (response) {
        return response.json().catch(function () { return { ok: false, refusal: "server" }; });
      }).then(function (answer) {
        if (answer.ok && answer.url) answer.url = base + "../" + answer.url;  // the server answers from the site's root
        return answer;
      });
    }).catch(function () { return { ok: false, refusal: "network" }; });
  }

  P.team = { start: start, active: active, save: save };
})(window.Playbook = window.Playbook || {});
