// The team server's sign-in page: the message the server asked for
// (`?failed`, `?locked`, `?signed-out`) shown, and the page to go back to
// after signing in (`?next=/path`) handed on with the form.
(function () {
  "use strict";
  var query = new URLSearchParams(location.search);
  Array.prototype.forEach.call(document.querySelectorAll("[data-sign-in-message]"), function (message) {
    if (query.has(message.getAttribute("data-sign-in-message"))) message.hidden = false;
  });
  var next = query.get("next"), field = document.querySelector("[data-sign-in-next]");
  if (field && next) field.value = next;
  var user = document.getElementById("sign-in-user");
  if (user) user.focus();
})();
