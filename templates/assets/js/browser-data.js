// What this browser keeps for the playbook (checklist ticks, form drafts: the
// `playbook:` keys of localStorage) saved to one JSON file and read back, from
// the control in the site's footer. An import shows at once on the page's
// checklists and forms.
(function (P) {
  "use strict";
  var kind = "playbook-browser-data";

  function say(box, text) { var status = box.querySelector(".browser-data-status"); if (status) status.textContent = text; }

  function exportData(box) {
    var items = {};
    P.keys().forEach(function (key) { items[key] = P.load(key); });
    var file = kind + "-" + new Date().toISOString().slice(0, 10) + ".json";
    var blob = new Blob([JSON.stringify({ kind: kind, version: 1, items: items }, null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = file;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.parentNode.removeChild(link); }, 1000);
    say(box, P.t("data_exported", "Exported {{count}} items to {{file}}.", { count: Object.keys(items).length, file: file }));
  }

  // The items of an export, or null when `text` is no such file.
  function items(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { return null; }
    if (!data || data.kind !== kind || !data.items || typeof data.items !== "object" || Array.isArray(data.items)) return null;
    var keys = Object.keys(data.items);
    var good = keys.every(function (key) { return key.indexOf("playbook:") === 0 && typeof data.items[key] === "string"; });
    return good ? data.items : null;
  }

  function importData(box, input) {
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var found = items(String(reader.result));
      if (!found) {
        say(box, P.t("data_refused", "{{file}} is not an export of ticks and drafts from this playbook: nothing was changed.", { file: file.name }));
      } else {
        Object.keys(found).forEach(function (key) { P.save(key, found[key]); });
        if (P.checklists && P.checklists.refresh) P.checklists.refresh();
        if (P.forms && P.forms.refresh) P.forms.refresh();
        say(box, P.t("data_imported", "Restored {{count}} items from {{file}}.", { count: Object.keys(found).length, file: file.name }));
      }
      input.value = "";
    };
    reader.readAsText(file);
  }

  function start() {
    P.each(document.querySelectorAll("[data-browser-data]"), function (box) {
      var input = box.querySelector("input[data-import-file]");
      box.hidden = false;
      box.querySelector("[data-action=export-data]").addEventListener("click", function () { exportData(box); });
      box.querySelector("[data-action=import-data]").addEventListener("click", function () { input.click(); });
      input.addEventListener("change", function () { importData(box, input); });
    });
  }

  P.browserData = { start: start, items: items };
})(window.Playbook = window.Playbook || {});
