import Foundation

/// `map` across all cores, results in input order: pages parse and render
/// independently of each other.
package func parallelMap<Element: Sendable, Result: Sendable>(_ items: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
        // The buffer's copies are released before its memory is: each result would leak otherwise (found by fuzzing).
        _ = results.deinitialize()
        results.deallocate()
    }
    let box = ResultBox(results)
    let chunk = max(1, items.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
    let chunks = (items.count + chunk - 1) / chunk
    items.withUnsafeBufferPointer { input in
        let source = InputBox(input)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let start = c * chunk
            let end = min(items.count, start + chunk)
            for index in start..<end {
                box.buffer[index] = transform(source.buffer[index])
            }
        }
    }
    return results.compactMap { $0 }  // every index was written: nothing is dropped
}

/// Two independent pieces of work at once, for the serial parts of a build
/// that are made of two (the team's two files).
package func concurrently<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First,
    _ second: @Sendable () -> Second
) -> (First, Second) {
    let halves = parallelMap([0, 1]) { index -> (First?, Second?) in index == 0 ? (first(), nil) : (nil, second()) }
    if let one = halves[0].0, let two = halves[1].1 { return (one, two) }
    return (first(), second())  // not reached: each index ran its own half
}

/// Work started on another thread at once, its result taken when needed
/// (`value` waits for it): for what a build needs only at its end, made while
/// the parallel work runs instead of after it.
package final class Background<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var result: Value?

    package init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        DispatchQueue.global().async(group: group) {
            let made = work()
            self.lock.withLock { self.result = made }
        }
    }

    package var value: Value {
        group.wait()
        return lock.withLock { result } ?? work()  // not reached: the group waited for the result
    }
}

/// Each index is written by exactly one iteration, so sharing the buffer is safe.
private final class ResultBox<Result>: @unchecked Sendable {
    package let buffer: UnsafeMutableBufferPointer<Result?>
    package init(_ buffer: UnsafeMutableBufferPointer<Result?>) { self.buffer = buffer }
}

private final class InputBox<Element>: @unchecked Sendable {
    package let buffer: UnsafeBufferPointer<Element>
    package init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }
}
