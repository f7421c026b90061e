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
import Yams

@Suite struct YAMLReaderTests {
    /// Values typed from their bytes must be typed as Yams's own four rules
    /// type them: the test fails if a bool or null word, or a first character
    /// that may begin a number, is missing from `PlainScalar`.
    @Test func plainScalarsAreTypedAsYamsRulesTypeThem() throws {
        let yams = Resolver.basic.appending(.bool).appending(.int).appending(.float).appending(.null)
        let scalars = [
            "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "false", "FALSE", "on", "On", "off", "OFF", "y", "n",
            "~", "null", "Null", "NULL", "", "0", "-12", "+7", "0x1F", "0o17", "017", "0b101", "1_000", "1:30", "190:20:30",
            "1.5", "-1.5e3", ".5", "+.inf", ".INF", ".NaN", "1:30.5", "2026-11-29", "<<", "=",
            "Yesterday", "12", "onward", "offer", "NULLs", "nullable", "trueish", "no!", "Off-site", "yes no", "nothing", "territory",
            "otherwise", "full", "title", "summary", "weight", "tags", "Ünïcode", "承诺目标",
            "#1", "a b", "visit plan", "Q4", "_x",
        ]
        let words = ["yes", "no", "true", "false", "on", "off", "null"].flatMap {
            [$0, $0.capitalized, $0.uppercased(), $0 + "s", "x" + $0]
        }
        for text in scalars + words {
            let line = "v: \(text)\n"
            guard case .success(let root?) = YAMLReader(path: "t.yaml").compose(line),
                case .success(let pairs) = YAMLReader(path: "t.yaml").mapping(root, what: "t")
            else {
                Issue.record("\(text)")
                continue
            }
            let theirs = try #require(try Yams.compose(yaml: line, yams)?["v"])
            #expect(pairs[0].value.typeName.rawValue == theirs.tag.rawValue, "\(text)")
        }
    }

    /// What is typed from the bytes must be what Yams's resolver says, and every
    /// whole number must read as Yams reads it (`017` is octal, `1_000` a thousand).
    @Test func plainScalarsAreTypedAsTheResolverTypesThem() throws {
        let scalars = [
            "title", "visit plan", "承诺目标", "Q4", "_x", "#1", "objective", "yes", "No", "NULL", "onward", "~", "",
            "0", "7", "70", "017", "0x1F", "1_000", "-12", "+7", "1:30", "1.5", "2026-11-29", "999999999999999999", "9999999999999999999",
            "'quoted'", "\"70\"", "!!str 70", "!!int 70", ".nan", "Yes", "off", "|\n  block", "1.5e3", "-.inf",
        ]
        for text in scalars {
            let line = "v: \(text)\n"
            guard case .success(let root?) = YAMLReader(path: "t.yaml").compose(line),
                case .success(let pairs) = YAMLReader(path: "t.yaml").mapping(root, what: "t")
            else {
                Issue.record("\(text)")
                continue
            }
            let ours = pairs[0].value
            let yams = try #require(try Yams.compose(yaml: line, YAMLReader.resolver)?["v"])
            #expect(ours.typeName.rawValue == yams.tag.rawValue, "\(text)")
            #expect(ours.wholeNumber == yams.int, "\(text)")
            #expect(ours.bool == yams.bool, "\(text)")
            #expect(ours.float == yams.float || (ours.float?.isNaN == true && yams.float?.isNaN == true), "\(text)")
        }
        #expect(PlainScalar.typeName(of: "visit plan") == .str && PlainScalar.typeName(of: "70") == .int)
        #expect(PlainScalar.typeName(of: "017") == nil && PlainScalar.typeName(of: "true") == nil && PlainScalar.typeName(of: "") == nil)
    }
}
