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

    /// A 64-bit hash of a whole file, for telling whether any file of a site
    /// changed (the service worker's cache name): four independent lanes of
    /// eight bytes a step (a word xor-ed in, multiplied, shift-xor-ed: each an
    /// invertible step), so the processor runs the four at once, then the
    /// tail a word and a byte at a time. Any change to one 8-byte word changes
    /// its lane, and so the result.
    package static func digest(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw -> UInt64 in
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            @inline(__always) func step(_ lane: UInt64, _ offset: Int) -> UInt64 {
                let mixed = (lane ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* multiplier
                return mixed ^ (mixed >> 29)
            }
            var a: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var b: UInt64 = 0x6A09_E667_F3BC_C908
            var c: UInt64 = 0xBB67_AE85_84CA_A73B
            var d: UInt64 = 0x3C6E_F372_FE94_F82B
            var offset = 0
            while offset + 32 <= raw.count {
                a = step(a, offset)
                b = step(b, offset + 8)
                c = step(c, offset + 16)
                d = step(d, offset + 24)
                offset += 32
            }
            func rotated(_ value: UInt64, _ by: UInt64) -> UInt64 { value << by | value >> (64 - by) }
            var value = a ^ rotated(b, 17) ^ rotated(c, 31) ^ rotated(d, 47)
            while offset + 8 <= raw.count {
                value = step(value, offset)
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
