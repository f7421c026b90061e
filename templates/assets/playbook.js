// Playbook's own script: no dependencies, works from disk and under any path.
(function () {
  "use strict";

  // The sidebar becomes a menu on narrow screens.
  var toggle = document.querySelector(".nav-toggle");
  var sidebar = document.getElementById("sidebar");
  if (toggle && sidebar) {
    toggle.addEventListener("click", function () {
      var open = sidebar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Each checklist counts its ticked boxes as they change.
  function updateCount(list) {
    var boxes = list.querySelectorAll("input.task-box");
    var done = 0;
    for (var i = 0; i < boxes.length; i++) if (boxes[i].checked) done++;
    var shown = list.querySelector(".checklist-done");
    if (shown) shown.textContent = String(done);
  }
  var lists = document.querySelectorAll(".checklist");
  for (var i = 0; i < lists.length; i++) {
    (function (list) {
      list.addEventListener("change", function () { updateCount(list); });
      updateCount(list);
    })(lists[i]);
  }
})();
