import Foundation
import PlaybookCore
import PlaybookKit
import Testing

@testable import PlaybookServer

@Suite struct LiveReloadTests {
    @Test func theScriptGoesBeforeTheEndOfTheBody() {
        let page = "<html><body><p>x</p></body></html>"
        let served = LiveReloadScript.inject(into: page)
        #expect(served.hasPrefix("<html><body><p>x</p><script data-playbook-live-reload>"))
        #expect(served.hasSuffix("</script>\n</body></html>"))
        #expect(LiveReloadScript.inject(into: "<p>no body</p>").hasPrefix("<p>no body</p><script"))
    }

    @Test func theOverlayShowsErrorsAsTextNeverAsMarkup() {
        #expect(LiveReloadScript.html.contains("row.textContent = line"))
        #expect(!LiveReloadScript.html.contains("innerHTML"))
    }

    @Test func listenersHearTheStateThenEveryRebuild() async {
        let hub = ReloadHub()
        let broken = LiveSite.Update(
            diagnostics: [.error(PlaybookCore.SourceLocation(path: "content/a.md", line: 3, column: 1), "bad </script>")],
            changedFiles: [], incremental: true, seconds: 0)
        hub.rebuilt(broken)
        var events = hub.listen().makeAsyncIterator()
        #expect(await events.next() == ": playbook live reload\n\n")
        let state = await events.next() ?? ""
        #expect(state.hasPrefix("event: problems\ndata: [\"content\\/a.md:3:1: error: bad <\\/script>\"]"))
        hub.rebuilt(LiveSite.Update(diagnostics: [], changedFiles: ["a/index.html"], incremental: true, seconds: 0))
        #expect(await events.next() == "event: reload\ndata: []\n\n")
    }

    /// Stopping the server ends every open stream (a stream left open kept the server from stopping).
    @Test func closingEndsEveryStream() async {
        let hub = ReloadHub()
        let streams = [hub.listen(), hub.listen()]
        #expect(hub.listenerCount == 2)
        hub.closeAll()
        for stream in streams {
            var count = 0
            for await _ in stream { count += 1 }
            #expect(count == 2)  // the greeting and the state, then the end
        }
        #expect(hub.listenerCount == 0)
    }
}
