import Foundation

/// The script added to every HTML page the preview server sends — never to
/// the files in the output folder: it listens for rebuilds, reloads the page
/// after a good one and lays the errors over the page after a bad one.
enum LiveReloadScript {
    static let path = "/_playbook/events"

    static let html = """
        <script data-playbook-live-reload>
        (function () {
          "use strict";
          var box = null;
          function hide() { if (box) { box.remove(); box = null; } }
          function show(lines) {
            hide();
            box = document.createElement("div");
            box.id = "playbook-problems";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;margin:0;" +
              "padding:1rem 1.25rem;background:#3b0d0c;color:#fff;font:14px/1.45 ui-monospace,monospace;" +
              "border-top:4px solid #e5534b;box-shadow:0 -8px 24px rgba(0,0,0,.35)";
            var title = document.createElement("strong");
            title.textContent = "The site has errors; this is the last good version of the page.";
            box.appendChild(title);
            lines.forEach(function (line) {
              var row = document.createElement("pre");
              row.style.cssText = "margin:.4rem 0 0;white-space:pre-wrap";
              row.textContent = line;
              box.appendChild(row);
            });
            document.body.appendChild(box);
          }
          var events = new EventSource("\(path)");
          events.addEventListener("reload", function () { window.location.reload(); });
          events.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });
          events.addEventListener("ok", hide);
        })();
        </script>

        """

    /// `page` with the script before its `</body>` (or at its end).
    static func inject(into page: String) -> String {
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + html }
        return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: html)
    }
}
