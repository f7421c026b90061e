// Forms and scorecards: a draft kept in this browser as you type and restored on
// reload; buttons to add and remove list rows, download as Markdown, print, clear.
// One form's state `f`: the form, whether it is a scorecard, its template name,
// its draft's storage key, its status line, the count of list rows made.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  function say(f, text) { if (f.status) f.status.textContent = text; }

  function notes(f) {
    var box = f.form.querySelector("[data-notes] textarea");
    return box ? box.value : "";
  }

  function state(f) {
    var s = { values: P.fields.values(f.form), notes: notes(f) };
    if (f.isCard) s.scores = P.scorecards.scores(f);
    return s;
  }

  function restore(f, s) {
    var form = f.form;
    if (s.values) P.fields.setFields(f, form, s.values);
    var box = form.querySelector("[data-notes] textarea");
    if (box && typeof s.notes === "string") box.value = s.notes;
    if (s.scores) {
      each(form.querySelectorAll("fieldset.criterion"), function (criterion) {
        var score = s.scores[criterion.getAttribute("data-criterion")];
        each(criterion.querySelectorAll("input[type=radio]"), function (radio) { radio.checked = String(score) === radio.value; });
      });
    }
  }

  function saveDraft(f) {
    P.save(f.key, JSON.stringify(state(f)));
    say(f, P.t("form_saved", "Draft saved in this browser."));
  }

  function addRowClicked(f, button) {
    var row = P.fields.addRow(f, button.closest(".field[data-kind=list]"));
    var first = row.querySelector("input, textarea, select");
    if (first) first.focus();
    saveDraft(f);
  }

  function removeRowClicked(f, button) {
    var gone = button.closest("[data-row]");
    gone.parentNode.removeChild(gone);
    saveDraft(f);
  }

  function download(f) {
    var blob = new Blob([P.formMarkdown.markdown(f, state(f))], { type: "text/markdown;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = P.formMarkdown.fileName(f);
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.parentNode.removeChild(link); }, 1000);
    say(f, P.t("form_downloaded", "Downloaded {{file}}: put it in content/visit-plans/ (or content/scorecards/) and rebuild.",
      { file: link.download }));
  }

  function printForm(f) {
    document.body.classList.add("printing-form");
    f.form.classList.add("print-target");
    window.print();
  }

  function clear(f) {
    var form = f.form;
    if (!window.confirm(P.t("form_clear_confirm", "Clear every field of this form? The saved draft is deleted too."))) return;
    form.reset();
    each(form.querySelectorAll("[data-rows]"), function (rows) { while (rows.firstChild) rows.removeChild(rows.firstChild); });
    P.drop(f.key);
    P.scorecards.total(f);
    say(f, P.t("form_cleared", "Cleared."));
  }

  function onClick(f, event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var action = button.getAttribute("data-action");
    if (action === "add-row") addRowClicked(f, button);
    else if (action === "remove-row") removeRowClicked(f, button);
    else if (action === "download") download(f);
    else if (action === "print") printForm(f);
    else if (action === "clear") clear(f);
  }

  function setUpForm(form) {
    var isCard = form.hasAttribute("data-scorecard");
    var name = form.getAttribute(isCard ? "data-scorecard" : "data-form");
    var f = {
      form: form, isCard: isCard, name: name,
      key: "playbook:draft:" + P.pageKey + ":" + (isCard ? "scorecard:" : "form:") + name,
      status: form.querySelector(".form-status"),
      rowCounter: 0
    };

    form.addEventListener("input", function () { P.scorecards.total(f); saveDraft(f); });
    form.addEventListener("change", function () { P.scorecards.total(f); saveDraft(f); });
    form.addEventListener("click", function (event) { onClick(f, event); });
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("printing-form");
      form.classList.remove("print-target");
    });

    var saved = P.load(f.key);
    if (saved) {
      try { restore(f, JSON.parse(saved)); say(f, P.t("form_restored", "Draft restored from this browser.")); } catch (e) { P.drop(f.key); }
    }
    P.scorecards.total(f);
  }

  function start() { each(document.querySelectorAll("form[data-form], form[data-scorecard]"), setUpForm); }

  P.forms = { start: start, setUp: setUpForm };
})(window.Playbook = window.Playbook || {});
