import Dispatch
import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam

/// How long each stage of a build took, for `build --timings`: on the clock,
/// and in processor time over all threads (their ratio is how many cores the
/// stage kept busy).
package struct StageClock {
    private let started = DispatchTime.now()
    private var stageStart = DispatchTime.now()
    private var stageCPU = Self.cpuSeconds()
    package private(set) var stages: [(stage: String, seconds: Double)] = []
    package private(set) var cpu: [Double] = []

    package init() {}

    /// Ends the stage running since the last mark.
    package mutating func mark(_ stage: String) {
        let now = DispatchTime.now()
        let cpuNow = Self.cpuSeconds()
        stages.append((stage, Double(now.uptimeNanoseconds - stageStart.uptimeNanoseconds) / 1e9))
        cpu.append(cpuNow - stageCPU)
        stageStart = now
        stageCPU = cpuNow
    }

    /// User and system time of the whole process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    package var total: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }
}
