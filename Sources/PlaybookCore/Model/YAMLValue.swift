/// A value from YAML (front matter, `playbook.yaml`) on its way to a layout:
/// plain data, safe to share between threads.
public indirect enum YAMLValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([YAMLValue])
    /// Keys kept in the order written, so output never depends on hashing.
    case map([(key: String, value: YAMLValue)])
    case null

    public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
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
}
