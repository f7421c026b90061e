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
    markEmpty(f.form);
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

  // Save on the team server (`serve --team`): checked here first, then by the server with the build's
  // checker; what it refuses is said in this page's language, its field problems shown at their fields.
  function saveToServer(f, replace) {
    var problems = P.formChecks.check(f.form);
    P.formChecks.show(f.form, problems, true);
    if (problems.length) {
      say(f, P.t("save_unfinished", "Not saved: {{count}} fields need attention (marked above).", { count: problems.length }));
      return;
    }
    var file = P.formMarkdown.fileName(f), text = P.formMarkdown.markdown(f, state(f), false);
    say(f, P.t("save_saving", "Saving {{file}}…", { file: file }));
    P.team.save({ kind: f.isCard ? "scorecard" : "form", template: f.name, file: file, text: text, replace: !!replace }).then(function (answer) {
      if (answer.ok) {
        say(f, P.t("save_done", "Saved {{file}}.", { file: file }));
        if (answer.url && f.status) {
          var link = document.createElement("a");
          link.href = answer.url;
          link.textContent = P.t("save_open", "Open the saved sheet");
          f.status.appendChild(document.createTextNode(" "));
          f.status.appendChild(link);
        }
        return;
      }
      if (answer.refusal === "exists") {
        if (window.confirm(P.t("save_replace_confirm", "{{file}} is already in the playbook. Replace it?", { file: file }))) saveToServer(f, true);
        else say(f, "");
        return;
      }
      var found = (answer.problems || []).map(function (p) { return serverProblem(f.form, p); }).filter(Boolean);
      if (found.length) P.formChecks.show(f.form, found, true);
      say(f, refusal(answer.refusal, { file: file, count: found.length || 1 }));
    });
  }

  // Why the server did not save, in this page's language (the server's log has the details).
  function refusal(code, values) {
    switch (code) {
      case "login": return P.t("save_refused_login", "Not saved: you are signed out.", values);
      case "csrf": return P.t("save_refused_csrf", "Not saved: reload this page and save again.", values);
      case "scorecard": return P.t("save_refused_scorecard", "Not saved: only managers and admins save scorecards.", values);
      case "self": return P.t("save_refused_self", "Not saved: you can save sheets only for yourself.", values);
      case "team": return P.t("save_refused_team", "Not saved: you can save sheets only for yourself and your reps.", values);
      case "owner": return P.t("save_refused_owner", "Not saved: {{file}} was saved by someone else.", values);
      case "name": return P.t("save_refused_name", "Not saved: {{file}} is not an accepted name.", values);
      case "size": return P.t("save_refused_size", "Not saved: the sheet is too long.", values);
      case "invalid": return P.t("save_refused_invalid", "Not saved: the server found {{count}} problems.", values);
      case "network": return P.t("save_refused_network", "Not saved: the server cannot be reached.", values);
      default: return P.t("save_refused_server", "Not saved: the server could not store the sheet.", values);
    }
  }

  // A problem the server found, at its field (`rep`, `attendees`, `scores.opening`), worded in this page's language.
  function serverProblem(form, p) {
    var path = String(p.field || ""), element = null;
    if (path.indexOf("scores.") === 0) {
      element = Array.prototype.filter.call(form.querySelectorAll("fieldset.criterion"), function (c) {
        return c.getAttribute("data-criterion") === path.slice(7);
      })[0];
    } else {
      element = P.fields.ownFields(form).filter(function (field) { return field.getAttribute("data-field") === path; })[0];
    }
    if (!element) return null;
    var known = ["required", "number", "date", "option", "rating", "rep", "account", "score"];
    var message = known.indexOf(p.problem) >= 0 ? P.formChecks.message(p.problem, { value: p.value, min: p.min, max: p.max })
      : P.t("check_server", "The server says: {{message}}", { message: p.message });
    return { field: path, path: path, problem: p.problem, message: message, element: element };
  }

  // Empty dates and choices are marked, so a printed form shows a blank line to write on,
  // not the browser's "mm/dd/yyyy" or the form's "Choose…" (see the print rules in playbook.css).
  function markEmpty(form) {
    each(form.querySelectorAll("input[type=date], select"), function (control) {
      if (control.value) control.removeAttribute("data-empty"); else control.setAttribute("data-empty", "");
    });
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
    markEmpty(form);
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
    else if (action === "save") saveToServer(f, false);
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

    form.addEventListener("input", function () { P.scorecards.total(f); markEmpty(form); saveDraft(f); });
    form.addEventListener("change", function () { P.scorecards.total(f); markEmpty(form); saveDraft(f); });
    form.addEventListener("click", function (event) { onClick(f, event); });
    P.formChecks.setUp(form);
    var proposeButton = form.querySelector("button[data-action=propose]");
    if (proposeButton && repository(f)) proposeButton.hidden = false;
    var saveButton = form.querySelector("button[data-action=save]");
    if (saveButton && P.team && P.team.active()) saveButton.hidden = false;
    window.addEventListener("beforeprint", function () { markEmpty(form); });
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
    markEmpty(f.form);
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
