import Foundation
import PlaybookCore
import Testing

@Suite struct FingerprintTests {
    @Test func theNameComesFromTheBytes() {
        let css = Data("body { color: red; }\n".utf8)
        let name = Fingerprint.name("assets/playbook.css", data: css)
        #expect(name.wholeMatch(of: /assets\/playbook\.[0-9a-f]{8}\.css/) != nil, "\(name)")
        #expect(name == "assets/playbook." + String(StableID.hash(css) >> 32, radix: 16).leftPadded(to: 8) + ".css")
        #expect(Fingerprint.name("assets/playbook.css", data: css) == name)  // the same bytes: the same name
        #expect(Fingerprint.name("assets/playbook.css", data: Data("body { color: blue; }\n".utf8)) != name)
        #expect(Fingerprint.name("assets/js/core.js", hash: 0x0000_00ab_0000_0000) == "assets/js/core.000000ab.js")
        // The extension is the last segment's: a dot in a folder or at a name's start is not one.
        #expect(Fingerprint.name("assets/v1.2/x", hash: 0x1234_5678_0000_0000) == "assets/v1.2/x.12345678")
        #expect(Fingerprint.name("assets/.hidden", hash: 0x1234_5678_0000_0000) == "assets/.hidden.12345678")
        #expect(Fingerprint.name("assets/a.min.js", hash: 0x1234_5678_0000_0000) == "assets/a.min.12345678.js")
    }

    @Test func onlyStylesheetsAndScriptsGetOne() {
        #expect(Fingerprint.applies(to: "playbook.css") && Fingerprint.applies(to: "js/core.js"))
        #expect(!Fingerprint.applies(to: "icon.svg") && !Fingerprint.applies(to: "icon-192.png") && !Fingerprint.applies(to: "js"))
        #expect(!Fingerprint.applies(to: "fonts.css/readme") && !Fingerprint.applies(to: ".js"))
    }

    @Test func layoutsNameAnAssetByItsPathUnderAssets() {
        #expect(Fingerprint.key("playbook.css") == "playbook_css")
        #expect(Fingerprint.key("js/form-checks.js") == "js_form_checks_js")
        #expect(Fingerprint.key("js/Ünï 2.js") == "js__n__2_js")
    }

    /// The whole-output digest: the same bytes give the same value, any change another.
    @Test func theDigestFollowsEveryByte() {
        let page = Data((0..<1003).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        #expect(StableID.digest(page) == StableID.digest(Data(page)))
        var seen: Set<UInt64> = [StableID.digest(page)]
        // Each of the four lanes, the words after them and the last bytes.
        for offset in [0, 7, 8, 16, 24, 31, 32, 500, 991, 992, 995, 999, 1000, 1002] {
            var changed = page
            changed[offset] ^= 1
            #expect(seen.insert(StableID.digest(changed)).inserted, "a change at \(offset) went unseen")
        }
        #expect(seen.insert(StableID.digest(page.dropLast())).inserted)
        #expect(StableID.digest(Data()) != StableID.digest(Data([0])))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
