// A form's fields, read and written: every kind of control, and list rows
// (added from their <template>, numbered per form by `f.rowCounter`).
// `f` is one form's state, made by forms.js.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  function ownFields(root) {
    // The fields of `root` itself, not those of list rows inside it.
    return Array.prototype.filter.call(root.querySelectorAll(".field[data-field]"), function (field) {
      var row = field.parentElement.closest("[data-row]");
      return root.hasAttribute("data-row") ? row === root : row === null;
    });
  }

  function addRow(f, list, values) {
    var template = list.querySelector("template[data-row-template]");
    var rows = list.querySelector("[data-rows]");
    f.rowCounter++;
    var html = template.innerHTML.replace(/__ROW__/g, "r" + f.rowCounter);
    var holder = document.createElement("ol");
    holder.innerHTML = html;
    var row = holder.firstElementChild;
    rows.appendChild(row);
    if (values) setFields(f, row, values);
    return row;
  }

  function value(field) {
    var kind = field.getAttribute("data-kind");
    if (kind === "list") {
      return Array.prototype.map.call(field.querySelectorAll("[data-rows] > [data-row]"), function (row) { return values(row); });
    }
    if (kind === "multichoice") {
      return Array.prototype.filter.call(field.querySelectorAll("input[type=checkbox]"), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
    }
    if (kind === "checkbox") return field.querySelector("input").checked;
    if (kind === "rating") {
      var chosen = field.querySelector("input[type=radio]:checked");
      return chosen ? Number(chosen.value) : "";
    }
    var control = field.querySelector("input, textarea, select");
    if (kind === "number" && control.value !== "") return Number(control.value);
    if (kind === "rep" || kind === "account") return pickId(control);
    return control.value;
  }

  // A rep or account box holds an id or a name from its list (<option value="id">name</option>):
  // a name is read as its id; anything else is returned as typed, for the checks to report.
  function pickId(control) {
    var typed = control.value.trim();
    var list = control.getAttribute("list") ? document.getElementById(control.getAttribute("list")) : null;
    if (!list || typed === "") return typed;
    var options = list.querySelectorAll("option"), i;
    for (i = 0; i < options.length; i++) if (options[i].value === typed) return typed;
    for (i = 0; i < options.length; i++) {
      if (options[i].textContent.trim().toLowerCase() === typed.toLowerCase()) return options[i].value;
    }
    return typed;
  }

  function setValue(f, field, v) {
    var kind = field.getAttribute("data-kind");
    if (kind === "list") {
      var rows = field.querySelector("[data-rows]");
      while (rows.firstChild) rows.removeChild(rows.firstChild);
      (v || []).forEach(function (rowValues) { addRow(f, field, rowValues); });
    } else if (kind === "multichoice") {
      each(field.querySelectorAll("input[type=checkbox]"), function (box) { box.checked = (v || []).indexOf(box.value) >= 0; });
    } else if (kind === "checkbox") {
      field.querySelector("input").checked = v === true;
    } else if (kind === "rating") {
      each(field.querySelectorAll("input[type=radio]"), function (radio) { radio.checked = String(v) === radio.value; });
    } else {
      field.querySelector("input, textarea, select").value = v === undefined || v === null ? "" : String(v);
    }
  }

  function values(root) {
    var result = {};
    ownFields(root).forEach(function (field) { result[field.getAttribute("data-field")] = value(field); });
    return result;
  }

  function setFields(f, root, saved) {
    ownFields(root).forEach(function (field) {
      var id = field.getAttribute("data-field");
      if (Object.prototype.hasOwnProperty.call(saved, id)) setValue(f, field, saved[id]);
    });
  }

  P.fields = { addRow: addRow, values: values, setFields: setFields, ownFields: ownFields };
})(window.Playbook = window.Playbook || {});
