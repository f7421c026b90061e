// Checklists: each box's tick is kept under its item id; "N of M" follows.
(function (P) {
  "use strict";
  var each = function (list, fn) { P.each(list, fn); };

  var refreshers = [];

  function setUpChecklist(list) {
    var boxes = list.querySelectorAll("input.task-box");
    refreshers.push(function () {
      each(boxes, function (box) {
        var saved = P.load("playbook:task:" + box.getAttribute("data-task"));
        box.checked = saved !== null ? saved === "1" : box.defaultChecked;
      });
      count();
    });
    function count() {
      var done = 0;
      each(boxes, function (box) { if (box.checked) done++; });
      var shown = list.querySelector(".checklist-done");
      if (shown) shown.textContent = String(done);
    }
    each(boxes, function (box) {
      var saved = P.load("playbook:task:" + box.getAttribute("data-task"));
      if (saved !== null) box.checked = saved === "1";
      box.addEventListener("change", function () {
        P.save("playbook:task:" + box.getAttribute("data-task"), box.checked ? "1" : "0");
        count();
      });
    });
    var reset = list.querySelector(".checklist-reset");
    if (reset) {
      reset.hidden = false;
      reset.addEventListener("click", function () {
        each(boxes, function (box) {
          box.checked = box.defaultChecked;
          P.drop("playbook:task:" + box.getAttribute("data-task"));
        });
        count();
      });
    }
    count();
  }

  function start() { each(document.querySelectorAll(".checklist"), setUpChecklist); }

  // Every checklist read again from storage (after an import).
  function refresh() { refreshers.forEach(function (fn) { fn(); }); }

  P.checklists = { start: start, setUp: setUpChecklist, refresh: refresh };
})(window.Playbook = window.Playbook || {});
