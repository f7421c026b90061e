// Markdown with YAML front matter, ready for content/: every field, a notes body;
// and the name the download gets. `f` is one form's state, `s` its state() (forms.js).
(function (P) {
  "use strict";

  function yaml(v, indent) {
    if (typeof v === "number") return String(v);
    if (typeof v === "boolean") return v ? "true" : "false";
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      if (typeof v[0] !== "object") return "[" + v.map(function (x) { return yaml(x, indent); }).join(", ") + "]";
      return "\n" + v.map(function (row) {
        var keys = Object.keys(row);
        return keys.map(function (k, i) {
          return indent + (i === 0 ? "- " : "  ") + k + ": " + yaml(row[k], indent + "    ");
        }).join("\n");
      }).join("\n");
    }
    if (v && typeof v === "object") {
      return "\n" + Object.keys(v).map(function (k) { return indent + k + ": " + yaml(v[k], indent + "  "); }).join("\n");
    }
    return JSON.stringify(v === undefined || v === null ? "" : String(v));
  }

  // `draft`: an unfinished sheet, marked `draft: true` (the build is lenient with drafts).
  function markdown(f, s, draft) {
    var lines = ["---", (f.isCard ? "scorecard: " : "form: ") + f.name];
    if (draft) lines.push("draft: true");
    Object.keys(s.values).forEach(function (k) { lines.push(k + ": " + yaml(s.values[k], "  ")); });
    if (f.isCard) lines.push("scores: " + (Object.keys(s.scores).length ? yaml(s.scores, "  ") : "{}"));
    lines.push("---", "");
    if (s.notes) lines.push(s.notes, "");
    return lines.join("\n");
  }

  function fileName(f, values) {
    var s = values || P.fields.values(f.form);
    var date = s.date || new Date().toISOString().slice(0, 10);
    var who = s.account || s.rep || f.name;
    return (date + "-" + who).replace(/[^A-Za-z0-9._-]+/g, "-") + ".md";
  }

  P.formMarkdown = { yaml: yaml, markdown: markdown, fileName: fileName };
})(window.Playbook = window.Playbook || {});
