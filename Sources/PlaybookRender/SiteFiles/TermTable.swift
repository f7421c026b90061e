import Foundation
import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// Distinct search terms kept as UTF-8 bytes, each numbered in the order it
/// was first inserted. The search index puts every word of the site through
/// one of these (a page's own, then the site's): a `Set<String>` made a
/// string and hashed it with SipHash for each word, a third of the index's cost.
///
/// Terms are equal when their bytes are: `é` written as one character and as
/// `e` with a combining accent are two terms, as they are to the browser's
/// `startsWith`, which matches a query against them.
package struct TermTable {
    /// The terms' bytes one after another; term `id` ends at `ends[id]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing: each slot holds a term's id, or -1.
    private var slots: [Int32]

    package init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    package var count: Int { ends.count }

    /// The term's id, and whether it is new.
    @discardableResult
    package mutating func insert(_ term: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let hash = Self.hash(term)
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

    /// Empty again, its storage kept for the next terms (a page's next section).
    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
    }

    /// A hash for the table's slots alone (no output depends on it), eight bytes a step: most terms are a
    /// word or a pair of Chinese characters, one or two steps, where FNV-1a took a step a byte.
    @inline(__always) static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(term.count)
        var offset = 0
        let raw = UnsafeRawBufferPointer(term)
        while offset + 8 <= raw.count {
            value = (value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            value ^= value >> 31
            offset += 8
        }
        if offset < raw.count {
            var last: UInt64 = 0
            for index in offset..<raw.count { last = last << 8 | UInt64(raw[index]) }
            value = (value ^ last) &* 0x94D0_49BB_1331_11EB
            value ^= value >> 29
        }
        return value
    }

    /// Term `id` as text.
    package func term(_ id: Int) -> String {
        String(decoding: bytes[range(of: id)], as: UTF8.self)
    }

    /// The terms alone, in the order they came, in arrays no longer than they
    /// need: what a page keeps until the merge, without the lookup and the
    /// hashes (kept for every page until then, they raised the build's peak).
    package func packed() -> (bytes: [UInt8], ends: [UInt32]) {
        // A new buffer of exactly this size: `Array(bytes)` would share the grown one.
        let exact = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
        return (exact, ends.map { UInt32(truncatingIfNeeded: $0) })
    }

    /// The ids in the byte order of their terms (for UTF-8, the order of their code points).
    package func idsSortedByTerm() -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            (0..<count).sorted { all[range(of: $0)].lexicographicallyPrecedes(all[range(of: $1)]) }
        }
    }

    /// Where term `id` lies in `bytes`.
    private func range(of id: Int) -> Range<Int> {
        (id == 0 ? 0 : ends[id - 1])..<ends[id]
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(of: id)
        guard range.count == term.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            term.isEmpty || memcmp(all.baseAddress! + range.lowerBound, term.baseAddress!, term.count) == 0
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
