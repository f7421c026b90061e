import Dispatch

/// How long each stage of a build took, for `build --timings`.
struct StageClock {
    private let started = DispatchTime.now()
    private var stageStart = DispatchTime.now()
    private(set) var stages: [(stage: String, seconds: Double)] = []

    /// Ends the stage running since the last mark.
    mutating func mark(_ stage: String) {
        let now = DispatchTime.now()
        stages.append((stage, Double(now.uptimeNanoseconds - stageStart.uptimeNanoseconds) / 1e9))
        stageStart = now
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }
}
