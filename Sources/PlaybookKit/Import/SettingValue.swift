import Foundation
import PlaybookContent
import PlaybookCore
import TOMLKit
import Yams

/// A value read from another tool's settings or front matter, whatever it was
/// written in (TOML, YAML, JSON): enough to find titles, weights, dates and
/// languages, with tables kept in key order.
package indirect enum SettingValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case decimal(Double)
    case flag(Bool)
    /// A date or date and time, as `YYYY-MM-DD…` text.
    case date(String)
    case list([SettingValue])
    case table([(key: String, value: SettingValue)])

    package static func == (a: SettingValue, b: SettingValue) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)), (.date(let x), .date(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.decimal(let x), .decimal(let y)): x == y
        case (.flag(let x), .flag(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.table(let x), .table(let y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: false
        }
    }

    package subscript(_ key: String) -> SettingValue? {
        guard case .table(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// A key in any case: Hugo reads `linkTitle`, `linktitle` and `LinkTitle` alike.
    package func value(_ key: String) -> SettingValue? {
        guard case .table(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value ?? pairs.first { $0.key.lowercased() == key.lowercased() }?.value
    }

    package var keys: [String] {
        guard case .table(let pairs) = self else { return [] }
        return pairs.map(\.key)
    }

    package var text: String? {
        switch self {
        case .text(let value), .date(let value): value
        case .number(let value): String(value)
        default: nil
        }
    }

    package var number: Int? {
        switch self {
        case .number(let value): value
        case .decimal(let value) where value == value.rounded() && abs(value) < 1e15: Int(value)
        case .text(let value): Int(value.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    package var flag: Bool? {
        switch self {
        case .flag(let value): value
        case .text(let value): ["true": true, "false": false][value.lowercased()]
        default: nil
        }
    }

    /// The `YYYY-MM-DD` a date or a date-and-time starts with.
    package var day: String? {
        guard let text, text.count >= 10 else { return nil }
        let day = String(text.prefix(10))
        return CalendarDate(day) != nil ? day : nil
    }

    // MARK: Reading

    /// A TOML document; a mistake is an error at its line and column (`firstLine`: the file line of the text's first line).
    package static func toml(_ text: String, path: String, firstLine: Int = 1) -> Result<SettingValue, Diagnostic> {
        do {
            return .success(SettingValue(try TOMLTable(string: text)))
        } catch let error as TOMLParseError {
            let place = SourceLocation(path: path, line: error.source.begin.line + firstLine - 1, column: error.source.begin.column)
            return .failure(.error(place, "invalid TOML: \(error.description)"))
        } catch {
            return .failure(.error(SourceLocation(path: path, line: firstLine), "invalid TOML: \(error)"))
        }
    }

    /// A YAML document (read through the build's own reader, so a mistake is an error at its place).
    package static func yaml(_ text: String, path: String, firstLine: Int = 1) -> Result<SettingValue, Diagnostic> {
        switch YAMLReader(path: path, firstLine: firstLine).compose(text) {
        case .failure(let error): return .failure(error)
        case .success(nil): return .success(.table([]))
        case .success(let node?): return .success(SettingValue(node))
        }
    }

    /// A JSON document.
    package static func json(_ data: Data, path: String) -> Result<SettingValue, Diagnostic> {
        do {
            return .success(SettingValue(json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])))
        } catch {
            return .failure(.error(SourceLocation(path: path), "invalid JSON: \(error.localizedDescription)"))
        }
    }

    init(_ table: TOMLTable) {
        self = .table(table.keys.sorted().compactMap { key in table[key].map { (key, SettingValue(toml: $0)) } })
    }

    init(toml value: TOMLValueConvertible) {
        switch value.type {
        case .string: self = .text(value.string ?? "")
        case .int: self = .number(value.int ?? 0)
        case .double: self = .decimal(value.double ?? 0)
        case .bool: self = .flag(value.bool ?? false)
        case .date:
            let date = value.date
            self = .date(date.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } ?? "")
        case .dateTime:
            let date = value.dateTime?.date
            self = .date(date.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } ?? "")
        case .time: self = .text("")
        case .array: self = .list(value.array.map { array in array.map { SettingValue(toml: $0) } } ?? [])
        case .table: self = value.table.map(SettingValue.init) ?? .table([])
        }
    }

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, node.isTagged(.bool), let flag = node.bool {
                self = .flag(flag)
            } else if scalar.style == .plain, node.isTagged(.int), let number = node.int {
                self = .number(number)
            } else if scalar.style == .plain, node.isTagged(.float), let decimal = node.float {
                self = .decimal(decimal)
            } else {
                self = .text(scalar.string)
            }
        case .sequence(let sequence): self = .list(sequence.map(SettingValue.init))
        case .mapping(let mapping): self = .table(mapping.map { ($0.key.scalar?.string ?? "", SettingValue($0.value)) })
        case .alias: self = .text("")
        }
    }

    init(json: Any) {
        switch json {
        case let value as String: self = .text(value)
        case let value as NSNumber:
            if ["c", "B"].contains(String(cString: value.objCType)) {
                self = .flag(value.boolValue)
            } else if value.doubleValue == value.doubleValue.rounded(), abs(value.doubleValue) < 1e15 {
                self = .number(value.intValue)
            } else {
                self = .decimal(value.doubleValue)
            }
        case let value as [Any]: self = .list(value.map(SettingValue.init(json:)))
        case let value as [String: Any]: self = .table(value.keys.sorted().map { ($0, SettingValue(json: value[$0]!)) })
        default: self = .text("")
        }
    }
}
