import Foundation
import PlaybookCore
import PlaybookMustache
import PlaybookTestSupport
import Testing

/// The official Mustache specification (`../shared/spec/mustache/`, read as it
/// is): every test of the required modules and of the optional inheritance
/// module. Lambdas and dynamic names are left out (README, "Layouts").
@Suite struct MustacheSpecTests {
    static let folder = Fixtures.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/spec/mustache")
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var desc: String
        var data: JSON
        var template: String
        var partials: [String: String]?
        var expected: String
        var module = ""

        enum CodingKeys: String, CodingKey { case name, desc, data, template, partials, expected }
        var testDescription: String { "\(module): \(name)" }
    }

    struct Module: Decodable {
        var tests: [Case]
    }

    /// A JSON value as the spec's data gives it.
    indirect enum JSON: Decodable, Sendable {
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case list([JSON])
        case object([String: JSON])
        case null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .int(value)
            } else if let value = try? container.decode(Double.self) {
                self = .double(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([JSON].self) {
                self = .list(value)
            } else {
                self = .object(try container.decode([String: JSON].self))
            }
        }

        var layoutValue: LayoutValue {
            switch self {
            case .bool(let value): .bool(value)
            case .int(let value): .int(value)
            case .double(let value): .double(value)
            case .string(let value): .text(value)
            case .list(let values): .list(values.map(\.layoutValue))
            case .object(let pairs):
                .fields(pairs.keys.sorted().reduce(into: LayoutFields()) { fields, key in fields[key] = pairs[key]?.layoutValue })
            case .null: .null
            }
        }
    }

    static func cases(_ module: String) -> [Case] {
        let url = folder.appendingPathComponent(module + ".json")
        guard let data = try? Data(contentsOf: url), var loaded = try? JSONDecoder().decode(Module.self, from: data).tests else {
            return []
        }
        for index in loaded.indices { loaded[index].module = module }
        return loaded
    }

    static let all: [Case] = modules.flatMap(cases)

    /// What the engine makes of one case; nil when it does not parse.
    static func render(_ test: Case) -> String? {
        var engine = LayoutEngine()
        for (name, text) in (test.partials ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard case .success(let template) = LayoutParser(text).parse() else { return nil }
            engine.register(template, named: name)
        }
        guard case .success(let template) = LayoutParser(test.template).parse() else { return nil }
        engine.register(template, named: "(test)")
        return engine.render("(test)", context: test.data.layoutValue).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func everyModuleIsThere() {
        for module in Self.modules { #expect(!Self.cases(module).isEmpty, "no tests read from \(module).json") }
        #expect(Self.all.count == 163)
    }

    @Test(arguments: all)
    func specCase(_ test: Case) {
        #expect(Self.render(test) == test.expected, "\(test.desc)")
    }
}
