/// A value from YAML (front matter, `playbook.yaml`) on its way to a layout:
/// plain data, safe to share between threads.
public indirect enum TemplateValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    /// Keys kept in the order written, so output never depends on hashing.
    case map([(key: String, value: TemplateValue)])
    case null

    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): x == y
        case let (.int(x), .int(y)): x == y
        case let (.double(x), .double(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case let (.list(x), .list(y)): x == y
        case let (.map(x), .map(y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        case (.null, .null): true
        default: false
        }
    }

    /// The form Mustache renders: strings, numbers, arrays and fields.
    public var mustacheValue: Any {
        switch self {
        case .string(let value): value
        case .int(let value): value
        case .double(let value): value
        case .bool(let value): value
        case .list(let values): values.map(\.mustacheValue)
        case .map(let pairs):
            pairs.reduce(into: TemplateFields()) { fields, pair in
                if fields[pair.key] == nil { fields[pair.key] = pair.value.mustacheValue }  // the first of a repeated key
            }
        case .null: ""
        }
    }
}
