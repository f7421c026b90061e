/// Distinct search terms kept as UTF-8 bytes, each numbered in the order it
/// was first inserted. The search index puts every word of the site through
/// one of these (a page's own, then the site's): a `Set<String>` made a
/// string and hashed it with SipHash for each word, a third of the index's cost.
///
/// Terms are equal when their bytes are: `é` written as one character and as
/// `e` with a combining accent are two terms, as they are to the browser's
/// `startsWith`, which matches a query against them.
struct TermTable {
    /// The terms' bytes one after another; term `id` ends at `ends[id]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing: each slot holds a term's id, or -1.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { ends.count }

    /// The term's id, and whether it is new.
    @discardableResult
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let hash = StableID.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, equals(id, term) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = ends.count
        bytes.append(contentsOf: term)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if ends.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// Term `id` as text.
    func term(_ id: Int) -> String {
        String(decoding: bytes[(id == 0 ? 0 : ends[id - 1])..<ends[id]], as: UTF8.self)
    }

    /// The terms alone, in the order they came, in arrays no longer than they
    /// need: what a page keeps until the merge (the lookup and the hashes were
    /// two thirds of a page's table, and the peak memory of a build).
    func packed() -> (bytes: [UInt8], ends: [UInt32]) {
        (Array(bytes), ends.map { UInt32(truncatingIfNeeded: $0) })
    }

    /// The ids in the byte order of their terms (for UTF-8, the order of their code points).
    func idsSortedByTerm() -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            func term(_ id: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[(id == 0 ? 0 : ends[id - 1])..<ends[id]])
            }
            return (0..<count).sorted { term($0).lexicographicallyPrecedes(term($1)) }
        }
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            term.isEmpty || memcmp(all.baseAddress! + start, term.baseAddress!, term.count) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}

import Foundation
