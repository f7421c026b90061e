import Testing
@testable import PlaybookKit

@Suite struct WordCharactersTests {
    /// The ASCII shortcuts must say what the Unicode tables say, for every ASCII character.
    @Test func asciiShortcutsAgreeWithUnicode() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect(value.asciiLowercased == String(scalar).lowercased().utf8.first, "\(value)")
            #expect(scalar.isLetterOrDigit == (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal), "\(value)")
        }
        #expect(UInt8(0xC3).asciiLowercased == 0xC3)
        #expect(("承" as Unicode.Scalar).isLetterOrDigit && ("٣" as Unicode.Scalar).isLetterOrDigit && ("É" as Unicode.Scalar).isLetterOrDigit)
        #expect(!("—" as Unicode.Scalar).isLetterOrDigit && !("½" as Unicode.Scalar).isLetterOrDigit)
    }
}
