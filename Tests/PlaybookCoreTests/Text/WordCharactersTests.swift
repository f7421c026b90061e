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

@Suite struct WordCharactersTests {
    /// The ASCII shortcuts must say what the Unicode tables say, for every ASCII character.
    @Test func asciiShortcutsAgreeWithUnicode() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect(value.asciiLowercased == String(scalar).lowercased().utf8.first, "\(value)")
            #expect(scalar.isLetterOrDigit == (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal), "\(value)")
            #expect(scalar.isLetterOrDigit == scalar.isLetterOrDigitByUnicodeTables, "\(value)")
        }
        #expect(UInt8(0xC3).asciiLowercased == 0xC3)
        #expect(
            ("承" as Unicode.Scalar).isLetterOrDigit && ("٣" as Unicode.Scalar).isLetterOrDigit && ("É" as Unicode.Scalar).isLetterOrDigit)
        #expect(!("—" as Unicode.Scalar).isLetterOrDigit && !("½" as Unicode.Scalar).isLetterOrDigit)
    }

    /// The table for the rest of the first plane must say what the Unicode tables say, for every code point in it.
    @Test func planeTableAgreesWithUnicode() {
        var letters = 0
        for value in UInt32(0x80)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isLetterOrDigit == scalar.isLetterOrDigitByUnicodeTables, "U+\(String(value, radix: 16))")
            if scalar.isLetterOrDigit { letters += 1 }
        }
        #expect(letters > 40_000)  // the CJK ideographs alone are over 20,000
        #expect(LetterOrDigitTable.plane0.count == 1024)
        #expect(("𠀀" as Unicode.Scalar).isLetterOrDigit && !("😀" as Unicode.Scalar).isLetterOrDigit)
    }

    /// Every character said to have no case must be left as it is by lower-casing, alone and inside other text.
    @Test func caselessRangesHaveNoCase() {
        var caseless = 0
        for value in UInt32(0x80)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value), scalar.hasNoCase else { continue }
            #expect(String(scalar).lowercased() == String(scalar), "U+\(String(value, radix: 16))")
            #expect(!scalar.properties.changesWhenLowercased, "U+\(String(value, radix: 16))")
            caseless += 1
        }
        #expect(caseless > 30_000)
        #expect(!("É" as Unicode.Scalar).hasNoCase && !("Ａ" as Unicode.Scalar).hasNoCase && !("Σ" as Unicode.Scalar).hasNoCase)
        #expect(("，" as Unicode.Scalar).hasNoCase && ("—" as Unicode.Scalar).hasNoCase && ("ａ" as Unicode.Scalar).hasNoCase)
    }

    /// Asked over the bytes, the answer is the one a walk of the scalars gives, for text with and without case.
    @Test func noCaseBeyondASCIIIsReadOverTheBytes() {
        let texts = [
            "", "Plan the VISIT", "承诺目标，钱包份额", "Ünïcode", "客户 Ａ", "客户 ａ", "—“quoted”—", "한국어", "𠀀 emoji 😀", "Ωmega",
        ]
        for text in texts {
            #expect(text.hasNoCaseBeyondASCII == text.unicodeScalars.allSatisfy { $0.isASCII || $0.hasNoCase }, "\(text)")
        }
        #expect("承诺目标 Plan".hasNoCaseBeyondASCII && !"Ünïcode".hasNoCaseBeyondASCII && !"客户 Ａ".hasNoCaseBeyondASCII)
    }
}
