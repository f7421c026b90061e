import Mustache
import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// What a layout reads from one object of its context: named values. swift-
/// mustache asks for them one name at a time (`MustacheParent`), a few dozen
/// times a page; a short list compared by name answers without hashing the
/// name, as a dictionary did for each lookup and each value set (measured:
/// layouts render some 15 % faster). Names are few (at most a few dozen an
/// object), so a scan costs less than a hash.
public struct TemplateFields: MustacheParent, ExpressibleByDictionaryLiteral {
    private var names: [String]
    private var values: [Any]

    public init() {
        names = []
        values = []
    }

    public init(dictionaryLiteral elements: (String, Any)...) {
        names = []
        values = []
        names.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (name, value) in elements {  // names written out once each, as in a dictionary literal: appended unsearched
            names.append(name)
            values.append(value)
        }
    }

    /// The value named `name`; setting nil removes it, setting a name again replaces its value.
    public subscript(name: String) -> Any? {
        get { names.firstIndex(of: name).map { values[$0] } }
        set {
            switch (names.firstIndex(of: name), newValue) {
            case (let index?, let value?): values[index] = value
            case (let index?, nil):
                names.remove(at: index)
                values.remove(at: index)
            case (nil, let value?):
                names.append(name)
                values.append(value)
            case (nil, nil): break
            }
        }
    }

    public func child(named name: String) -> Any? { self[name] }

    public var isEmpty: Bool { names.isEmpty }

    /// The names, in the order they were first set.
    public var keys: [String] { names }

    /// Adds `other`'s values under names not set here yet.
    public mutating func add(_ other: TemplateFields) {
        for (name, value) in zip(other.names, other.values) where self[name] == nil {
            self[name] = value
        }
    }
}
