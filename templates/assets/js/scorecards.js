// Scorecards: the score chosen for each criterion, and the live weighted total
// with its band and the chosen point's anchor text. `f` is one form's state (forms.js).
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  function scores(f) {
    var result = {};
    each(f.form.querySelectorAll("fieldset.criterion"), function (criterion) {
      var chosen = criterion.querySelector("input[type=radio]:checked");
      if (chosen) result[criterion.getAttribute("data-criterion")] = Number(chosen.value);
    });
    return result;
  }

  // The weighted total: Σ weight × score ÷ (Σ weight × top of the scale), as a percentage.
  function total(f) {
    if (!f.isCard) return;
    var form = f.form;
    var max = Number(form.getAttribute("data-scale-max")) || 1, weights = 0, points = 0;
    each(form.querySelectorAll("fieldset.criterion"), function (criterion) {
      var weight = Number(criterion.getAttribute("data-weight")) || 0;
      var chosen = criterion.querySelector("input[type=radio]:checked");
      weights += weight;
      if (chosen) points += weight * Number(chosen.value);
      var anchor = criterion.querySelector(".anchor-text");
      if (anchor) anchor.textContent = chosen && chosen.getAttribute("data-anchor") ? chosen.value + ": " + chosen.getAttribute("data-anchor") : "";
    });
    var percent = weights > 0 ? points / (weights * max) * 100 : 0;
    var shown = Math.round(percent * 10) / 10;
    var output = form.querySelector("output.total");
    output.value = String(shown);
    output.textContent = String(shown);
    var bands = [];
    try { bands = JSON.parse(form.getAttribute("data-bands") || "[]"); } catch (e) { bands = []; }
    var rounded = Math.round(percent), band = "";
    bands.forEach(function (b) { if (rounded >= b.min && rounded <= b.max) band = b.name; });
    form.querySelector(".band").textContent = band ? "— " + band : "";
  }

  P.scorecards = { scores: scores, total: total };
})(window.Playbook = window.Playbook || {});
