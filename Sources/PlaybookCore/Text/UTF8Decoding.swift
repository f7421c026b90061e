extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar whose UTF-8 starts at `index`, and its length in bytes, for
    /// loops over a string's bytes that need a character's class (slugs, search
    /// terms): a Swift string's bytes are valid UTF-8, so no check is made but
    /// for a sequence cut short by the buffer's end.
    @inlinable package func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = Swift.min(lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2, count - index)
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for offset in 1..<length {
            value = value << 6 | UInt32(self[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
