// Tables a manager works with: click a column's heading to sort by it (again
// to reverse), and a filter bar above the roster and the accounts. The table
// the server wrote stays whole without JavaScript; only rows are hidden or
// moved, never rewritten.
(function (P) {
  "use strict";

  // The value a cell sorts by: its own `data-sort`, a figure's exact value, a date, else its text.
  function sortValue(cell) {
    if (!cell) return "";
    if (cell.hasAttribute("data-sort")) return cell.getAttribute("data-sort");
    var figure = cell.querySelector("data[value]");
    if (figure) return figure.getAttribute("value");
    var time = cell.querySelector("time[datetime]");
    if (time) return time.getAttribute("datetime");
    return cell.textContent.trim();
  }

  function compare(a, b, language) {
    if (a === b) return 0;
    if (a === "") return 1;  // empty cells last, either way
    if (b === "") return -1;
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, language);
  }

  function sortable(table) {
    var language = document.documentElement.lang;
    var body = table.tBodies[0];
    if (!body || !table.tHead) return;
    var headings = table.tHead.rows[0].cells;
    P.each(headings, function (heading, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        P.each(headings, function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.map.call(body.rows, function (row, index) {
          return { row: row, value: sortValue(row.cells[column]), index: index };
        });
        rows.sort(function (a, b) {
          var order = compare(a.value, b.value, language);
          if (a.value === "" || b.value === "") return order || a.index - b.index;
          return (ascending ? order : -order) || a.index - b.index;
        });
        rows.forEach(function (entry) { body.appendChild(entry.row); });
      });
    });
  }

  function filter(form) {
    var table = document.getElementById(form.getAttribute("data-filter-for"));
    if (!table || !table.tBodies[0]) return;
    var rows = table.tBodies[0].rows;
    var controls = form.querySelectorAll("[data-filter]");
    var count = form.querySelector("[data-filter-count]");
    function apply() {
      var shown = 0;
      P.each(rows, function (row) {
        var visible = true;
        P.each(controls, function (control) {
          var key = "data-" + control.getAttribute("data-filter");
          var wanted = control.type === "checkbox" ? (control.checked ? control.value : "") : control.value;
          if (wanted !== "" && row.getAttribute(key) !== wanted) visible = false;
        });
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      if (count) {
        count.textContent = shown === rows.length ? "" : P.t("rows_shown", "Showing {{shown}} of {{total}} rows.", { shown: shown, total: rows.length });
      }
    }
    P.each(controls, function (control) { control.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
  }

  function start() {
    P.each(document.querySelectorAll("table[data-sortable]"), sortable);
    P.each(document.querySelectorAll("form[data-filter-for]"), filter);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})(window.Playbook = window.Playbook || {});
