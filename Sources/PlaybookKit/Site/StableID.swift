import Foundation

/// Short ids that depend only on their input, so a checklist item keeps its id
/// (and a reader keeps their tick) from one build to the next.
enum StableID {
    /// 64-bit FNV-1a over the UTF-8 bytes: tiny, fast, and the same on every machine.
    static func hash(_ text: String) -> UInt64 {
        fnv1a(text.utf8)
    }

    /// The same hash over raw bytes: tells whether a file's bytes changed.
    static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { fnv1a($0) }
    }

    /// The same hash over bytes in memory: the search index's terms.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        fnv1a(bytes)
    }

    private static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return value
    }

    /// `prefix` followed by ten hex digits of the hash.
    static func make(_ prefix: String, _ text: String) -> String {
        let hex = String(hash(text), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return prefix + padded.prefix(10)
    }
}
