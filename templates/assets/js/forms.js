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

  function saveFile(name, text) {
    var blob = new Blob([text], { type: "text/markdown;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.parentNode.removeChild(link); }, 1000);
  }

  // Download: checked first, each problem shown at its field. Only empty required
  // fields (or unscored criteria) left: saved as a draft (`draft: true`); any other problem: not saved.
  function download(f) {
    var problems = P.formChecks.check(f.form);
    P.formChecks.show(f.form, problems, true);
    var wrong = problems.filter(function (p) { return p.problem !== "required" && p.problem !== "score"; });
    if (wrong.length) {
      say(f, P.t("form_not_downloaded", "Not downloaded: {{count}} fields need fixing first (marked above).", { count: wrong.length }));
      return;
    }
    var file = P.formMarkdown.fileName(f);
    saveFile(file, P.formMarkdown.markdown(f, state(f), problems.length > 0));
    if (problems.length) {
      say(f, P.t("form_downloaded_draft", "Downloaded {{file}} as a draft (draft: true): {{count}} required fields are still empty. "
        + "Fill them and delete the draft line when the plan is finished.", { file: file, count: problems.length }));
    } else {
      say(f, P.t("form_downloaded", "Downloaded {{file}}: put it in content/visit-plans/ (or content/scorecards/) and rebuild.", { file: file }));
    }
  }

  // The repository's addresses (the body's data-new-file…): a new-file page with the
  // file's name and text in the address, or, for a long file, the folder's upload page.
  function repository(f) {
    var body = document.body;
    if (!body.hasAttribute("data-new-file")) return null;
    var newFile = body.getAttribute("data-new-file");
    var upload = body.getAttribute(f.isCard ? "data-upload-scorecards" : "data-upload-visit-plans") || "";
    // The folder in the repository: what follows the branch in the upload address.
    var branch = newFile.replace(/\/+$/, "").split("/").pop();
    var at = upload.indexOf("/" + branch + "/");
    var folder = at >= 0 ? upload.slice(at + branch.length + 2) : (f.isCard ? "content/scorecards" : "content/visit-plans");
    return {
      newFile: newFile, upload: upload, folder: folder.replace(/\/+$/, ""),
      name: body.getAttribute("data-new-file-name") || "filename", text: body.getAttribute("data-new-file-text") || "value"
    };
  }

  var addressLimit = 8192;

  // The address proposing this file: on the new-file page when it fits in 8 KB, else null.
  function proposeAddress(f, repo, file, text) {
    var url = repo.newFile + (repo.newFile.indexOf("?") >= 0 ? "&" : "?") + repo.name + "=" + encodeURIComponent(repo.folder + "/" + file)
      + "&" + repo.text + "=" + encodeURIComponent(text);
    return url.length <= addressLimit ? url : null;
  }

  function propose(f) {
    var repo = repository(f);
    if (!repo) return;
    var problems = P.formChecks.check(f.form);
    P.formChecks.show(f.form, problems, true);
    if (problems.length) {
      say(f, P.t("propose_unfinished", "Finish the plan before proposing it: {{count}} fields need attention (marked above).",
        { count: problems.length }));
      return;
    }
    var file = P.formMarkdown.fileName(f), text = P.formMarkdown.markdown(f, state(f), false);
    var url = proposeAddress(f, repo, file, text);
    if (url) {
      window.open(url, "_blank", "noopener");
      say(f, P.t("propose_opened", "Opened the new-file page for {{file}}: check it there and propose the change.", { file: file }));
    } else {
      saveFile(file, text);
      window.open(repo.upload, "_blank", "noopener");
      say(f, P.t("propose_upload", "{{file}} was downloaded: it is too long for an address, so drop it on the upload page that just opened.",
        { file: file }));
    }
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
    P.formChecks.show(form, [], false);  // no problem is shown on an empty form
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
    else if (action === "propose") propose(f);
  }

  var forms = [];

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
    P.formChecks.setUp(form);
    var proposeButton = form.querySelector("button[data-action=propose]");
    if (proposeButton && repository(f)) proposeButton.hidden = false;
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("printing-form");
      form.classList.remove("print-target");
    });

    forms.push(f);
    load(f);
  }

  // The draft kept for `f`, if any, into its fields.
  function load(f) {
    var saved = P.load(f.key);
    if (saved) {
      try { restore(f, JSON.parse(saved)); say(f, P.t("form_restored", "Draft restored from this browser.")); } catch (e) { P.drop(f.key); }
    }
    P.scorecards.total(f);
  }

  // Every form's draft read again (after an import).
  function refresh() { forms.forEach(load); }

  // The Markdown a form would download with these values (for tests and tools): `draft` marks it unfinished.
  function markdownFor(form, values, draft) {
    var isCard = form.hasAttribute("data-scorecard");
    var f = { form: form, isCard: isCard, name: form.getAttribute(isCard ? "data-scorecard" : "data-form") };
    return P.formMarkdown.markdown(f, { values: values, notes: "", scores: {} }, draft);
  }

  function start() { each(document.querySelectorAll("form[data-form], form[data-scorecard]"), setUpForm); }

  P.forms = { start: start, setUp: setUpForm, markdownFor: markdownFor, refresh: refresh };
})(window.Playbook = window.Playbook || {});
