import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

extension YAMLValue: LayoutValueConvertible {
    /// As a layout shows it: text, numbers, lists and fields; null as empty text.
    public var layoutValue: LayoutValue {
        switch self {
        case .string(let value): .text(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .bool(let value): .bool(value)
        case .list(let values): .list(values.map(\.layoutValue))
        case .map(let pairs):
            .fields(
                pairs.reduce(into: LayoutFields()) { fields, pair in
                    if fields[pair.key] == nil { fields[pair.key] = pair.value.layoutValue }  // the first of a repeated key
                })
        case .null: .text("")
        }
    }
}
