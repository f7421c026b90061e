// A form checked in the browser with the build's rules (FilledFormChecker):
// required fields, numbers, real dates (YYYY-MM-DD), options (stored values),
// ratings on the scale, list rows' required sub-fields, rep and account ids of
// the team, and a score for every criterion of a scorecard. Each problem is
// shown at its field (`aria-invalid`, a message tied by `aria-describedby`).
// `P.formChecks.check(form[, values])` returns `[{field, path, problem, message}]`.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  function isEmpty(v) {
    if (v === undefined || v === null) return true;
    if (typeof v === "string") return v.trim() === "";
    if (Array.isArray(v)) return v.length === 0;
    return false;
  }

  function realDate(v) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return false;
    var d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  }

  // The stored values a field offers: a select's options, the boxes of a multichoice.
  function options(field) {
    var found = [];
    each(field.querySelectorAll("select option, input[type=checkbox]"), function (o) { if (o.value !== "") found.push(o.value); });
    return found;
  }

  function scale(field) {
    var points = Array.prototype.map.call(field.querySelectorAll("input[type=radio]"), function (r) { return Number(r.value); });
    return { min: Math.min.apply(null, points), max: Math.max.apply(null, points) };
  }

  // The ids of the team's reps or accounts offered to a field; null when there are none (any id goes).
  function ids(field) {
    var control = field.querySelector("input[list]");
    var list = control ? document.getElementById(control.getAttribute("list")) : null;
    if (!list || !list.querySelector("option")) return null;
    return Array.prototype.map.call(list.querySelectorAll("option"), function (o) { return o.value; });
  }

  function message(problem, values) {
    switch (problem) {
      case "required": return P.t("check_required", "This field is required.");
      case "number": return P.t("check_number", "Enter a number.");
      case "date": return P.t("check_date", "Enter a real date, written YYYY-MM-DD.");
      case "option": return P.t("check_option", "Choose one of the options offered.");
      case "rating": return P.t("check_rating", "Choose a score from {{min}} to {{max}}.", values);
      case "rep": return P.t("check_rep", "“{{value}}” is not a rep of this team: choose a name from the list.", values);
      case "account":
        return P.t("check_account", "“{{value}}” is not one of the team's accounts: choose a name from the list.", values);
      default: return P.t("check_score", "Choose a score for this criterion.");
    }
  }

  // What is wrong with a present value `v` of `field` (a .field element), or null.
  function problemOf(field, v) {
    var kind = field.getAttribute("data-kind");
    switch (kind) {
      case "number": return typeof v === "number" && isFinite(v) ? null : { problem: "number" };
      case "date": return typeof v === "string" && realDate(v) ? null : { problem: "date" };
      case "choice": return typeof v === "string" && options(field).indexOf(v) >= 0 ? null : { problem: "option" };
      case "multichoice": {
        var known = options(field);
        var bad = !Array.isArray(v) || v.some(function (x) { return typeof x !== "string" || known.indexOf(x) < 0; });
        return bad ? { problem: "option" } : null;
      }
      case "checkbox": return typeof v === "boolean" ? null : { problem: "option" };
      case "rating": {
        var s = scale(field);
        return typeof v === "number" && Math.floor(v) === v && v >= s.min && v <= s.max ? null : { problem: "rating", values: s };
      }
      case "rep":
      case "account": {
        var known = ids(field);
        return typeof v === "string" && (known === null || known.indexOf(v) >= 0) ? null : { problem: kind, values: { value: v } };
      }
      case "list": {
        var bad = !Array.isArray(v) || v.some(function (row) { return !row || typeof row !== "object" || Array.isArray(row); });
        return bad ? { problem: "option" } : null;
      }
      default: return typeof v === "string" ? null : { problem: "option" };
    }
  }

  // The problems of `root`'s own fields (the form, or a list row) with `values`.
  function checkFields(root, values, prefix, top, problems) {
    P.fields.ownFields(root).forEach(function (field) {
      var id = field.getAttribute("data-field"), v = values ? values[id] : undefined;
      var path = prefix + id, topId = top || id;
      if (isEmpty(v)) {
        if (field.hasAttribute("data-required")) problems.push(problem(topId, path, field, { problem: "required" }));
        return;
      }
      var found = problemOf(field, v);
      if (found) { problems.push(problem(topId, path, field, found)); return; }
      if (field.getAttribute("data-kind") === "list") {
        var rows = field.querySelectorAll("[data-rows] > [data-row]");
        var template = field.querySelector("template[data-row-template]");
        v.forEach(function (rowValues, i) {
          // The row on the page when there is one (problems are shown there), else the row's template.
          var row = rows[i] || template.content.querySelector("[data-row]");
          checkFields(row, rowValues, path + "." + (i + 1) + ".", topId, problems);
        });
      }
    });
  }

  function problem(field, path, element, found) {
    return { field: field, path: path, problem: found.problem, message: message(found.problem, found.values), element: element };
  }

  // Every problem of `form` with `values` (by default, what its controls hold).
  function check(form, values) {
    var problems = [];
    checkFields(form, values || P.fields.values(form), "", null, problems);
    if (form.hasAttribute("data-scorecard")) {
      each(form.querySelectorAll("fieldset.criterion"), function (criterion) {
        if (!criterion.querySelector("input[type=radio]:checked")) {
          var id = criterion.getAttribute("data-criterion");
          problems.push(problem(id, "scores." + id, criterion, { problem: "score" }));
        }
      });
    }
    return problems;
  }

  // The controls of a field (not those of its list rows), where its message is described, and what to focus.
  function parts(element) {
    var home = element.parentElement ? element.parentElement.closest("[data-row]") : null;
    var own = Array.prototype.filter.call(element.querySelectorAll("input, textarea, select, button[data-action=add-row]"), function (c) {
      return c.closest("[data-row]") === home;
    });
    var group = element.matches("fieldset") ? element : element.querySelector("fieldset.choices, fieldset.list");
    var inputs = own.filter(function (c) { return c.tagName !== "BUTTON"; });
    return { controls: inputs, described: group || inputs[0], focus: own[0] };
  }

  function errorBox(element) {
    return Array.prototype.filter.call(element.children, function (c) { return c.classList.contains("field-error"); })[0];
  }

  function mark(element, text) {
    var box = errorBox(element);
    if (!box) return;
    var p = parts(element);
    box.textContent = text || "";
    box.hidden = !text;
    p.controls.forEach(function (c) { if (text) c.setAttribute("aria-invalid", "true"); else c.removeAttribute("aria-invalid"); });
    if (p.described) {
      var ids = (p.described.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (x) { return x && x !== box.id; });
      if (text) ids.push(box.id);
      if (ids.length) p.described.setAttribute("aria-describedby", ids.join(" "));
      else p.described.removeAttribute("aria-describedby");
    }
  }

  function isShown(element) { var box = errorBox(element); return box && !box.hidden; }

  // Shows `problems` at their fields (all marks cleared first); `focus`: move to the first.
  // With `only` (a list of elements), just those fields are updated.
  function show(form, problems, focus, only) {
    var targets = only || Array.prototype.slice.call(form.querySelectorAll(".field[data-field], fieldset.criterion"));
    targets.forEach(function (element) { if (errorBox(element)) mark(element, ""); });
    var first = null;
    problems.forEach(function (p) {
      if (!form.contains(p.element) || targets.indexOf(p.element) < 0 || isShown(p.element)) return;
      mark(p.element, p.message);
      if (!first) first = p.element;
    });
    if (focus && first) {
      var target = parts(first).focus;
      if (target) target.focus();
    }
  }

  // After a change or on leaving a field: that field is checked again.
  function recheck(form, control) {
    var field = control.closest(".field[data-field], fieldset.criterion");
    if (field && errorBox(field)) show(form, check(form), false, [field]);
  }

  function setUp(form) {
    form.addEventListener("change", function (event) { recheck(form, event.target); });
    form.addEventListener("focusout", function (event) {
      if (event.target.matches("input[list], input[type=date], input[type=number]") && event.target.value !== "") recheck(form, event.target);
    });
  }

  P.formChecks = { check: check, show: show, setUp: setUp, message: message };
})(window.Playbook = window.Playbook || {});
