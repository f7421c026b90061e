import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

extension YAMLValue {
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
