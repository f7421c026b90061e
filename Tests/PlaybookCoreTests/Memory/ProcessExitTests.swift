import Testing

@testable import PlaybookCore

@Suite struct ProcessExitTests {
    final class Watched {
        let onDeinit: () -> Void
        init(_ onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
        deinit { onDeinit() }
    }

    @Test func aValueLeftForTheExitIsNotTakenApart() {
        var released = 0
        do {
            let kept = Watched { released += 1 }
            ProcessExit.reclaims([kept])
            let dropped = Watched { released += 10 }
            _ = dropped
        }
        #expect(released == 10)  // the dropped one went at once; the kept one stays until the process ends
    }
}
