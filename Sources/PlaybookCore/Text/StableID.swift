import Foundation

/// Short ids that depend only on their input, so a checklist item keeps its id
/// (and a reader keeps their tick) from one build to the next.
package enum StableID {
    /// 64-bit FNV-1a over the UTF-8 bytes: tiny, fast, and the same on every machine.
    @inlinable package static func hash(_ text: String) -> UInt64 {
        // A native string's bytes are contiguous: reading them in place is ten times cheaper than through its view.
        text.utf8.withContiguousStorageIfAvailable { fnv1a($0) } ?? fnv1a(text.utf8)
    }

    /// The same hash over raw bytes: tells whether a file's bytes changed.
    package static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { fnv1a($0) }
    }

    /// A 64-bit hash of a whole file, eight bytes a step (FNV-1a's step over
    /// words, each followed by a shift-xor): about eight times quicker than
    /// `hash` on a page, for telling whether any file of a site changed (the
    /// service worker's cache name). Any change to one 8-byte word changes it.
    package static func digest(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw -> UInt64 in
            var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                value ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                value &*= 0x0000_0100_0000_01B3
                value ^= value >> 29
                offset += 8
            }
            while offset < raw.count {
                value ^= UInt64(raw[offset])
                value &*= 0x0000_0100_0000_01B3
                offset += 1
            }
            return value ^ (value >> 32)
        }
    }

    /// The same hash over bytes in memory: the search index's terms.
    @inlinable package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        fnv1a(bytes)
    }

    @inlinable package static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return value
    }

    /// `prefix` followed by the first ten of the hash's sixteen hex digits
    /// (its top 40 bits), written digit by digit: `String(radix:)` and
    /// padding cost more than the hash, once per checklist item.
    package static func make(_ prefix: String, _ text: String) -> String {
        var top = hash(text) >> 24
        var digits = [UInt8](repeating: 0, count: 10)
        for index in stride(from: 9, through: 0, by: -1) {
            let digit = UInt8(truncatingIfNeeded: top & 0xF)
            digits[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            top >>= 4
        }
        return prefix + String(decoding: digits, as: UTF8.self)
    }
}
