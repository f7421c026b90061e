import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct ParallelTests {
    @Test func parallelMapKeepsInputOrder() {
        let numbers = Array(0..<1_000)
        #expect(parallelMap(numbers) { $0 * 2 } == numbers.map { $0 * 2 })
        let (first, second) = concurrently({ "one" }, { 2 })
        #expect(first == "one" && second == 2)
    }

    /// Results are not kept alive by the map that made them: every one is freed once its caller drops it.
    @Test func parallelMapLeaksNothing() {
        let alive = LiveCount()
        do {
            let made = parallelMap(Array(0..<500)) { number in Tracked(number, alive) }
            #expect(made.count == 500 && alive.count == 500)
        }
        #expect(alive.count == 0)
        do {
            let (one, two) = concurrently({ Tracked(1, alive) }, { Tracked(2, alive) })
            #expect(one.number + two.number == 3)
        }
        #expect(alive.count == 0)
    }

    /// Background work runs once, on its own, and its result is there when asked for, however long it took.
    @Test func backgroundWorkIsWaitedFor() {
        let runs = Counter()
        let slow = Background { () -> [Int] in
            runs.increment()
            Thread.sleep(forTimeInterval: 0.05)
            return [1, 2, 3]
        }
        #expect(slow.value == [1, 2, 3])
        #expect(slow.value == [1, 2, 3])
        #expect(runs.count == 1)
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }
}

/// How many `Tracked` live.
private final class LiveCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    func decrement() { lock.withLock { value -= 1 } }
    var count: Int { lock.withLock { value } }
}

/// Counts itself while it lives.
private final class Tracked: Sendable {
    let number: Int
    let counter: LiveCount

    init(_ number: Int, _ counter: LiveCount) {
        self.number = number
        self.counter = counter
        counter.increment()
    }

    deinit { counter.decrement() }
}
