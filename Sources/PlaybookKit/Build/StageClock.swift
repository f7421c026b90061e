import Dispatch
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// How long each stage of a build took, for `build --timings`.
package struct StageClock {
    private let started = DispatchTime.now()
    private var stageStart = DispatchTime.now()
    package private(set) var stages: [(stage: String, seconds: Double)] = []

    package init() {}

    /// Ends the stage running since the last mark.
    package mutating func mark(_ stage: String) {
        let now = DispatchTime.now()
        stages.append((stage, Double(now.uptimeNanoseconds - stageStart.uptimeNanoseconds) / 1e9))
        stageStart = now
    }

    package var total: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }
}
