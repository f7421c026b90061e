/// A value a layout shows: typed when it is set, so that rendering a tag is a
/// switch over a few cases, never a cast or a look at a type's fields.
public enum LayoutValue: Sendable {
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([LayoutValue])
    case fields(LayoutFields)
    /// Nothing (YAML's and JSON's null): shows as nothing and opens no section.
    case null
}

/// What can be given to a layout; every kind of value the contexts set.
public protocol LayoutValueConvertible: Sendable {
    var layoutValue: LayoutValue { get }
}

extension LayoutValue: LayoutValueConvertible {
    public var layoutValue: LayoutValue { self }
}

extension String: LayoutValueConvertible {
    public var layoutValue: LayoutValue { .text(self) }
}

extension Substring: LayoutValueConvertible {
    public var layoutValue: LayoutValue { .text(String(self)) }
}

extension Int: LayoutValueConvertible {
    public var layoutValue: LayoutValue { .int(self) }
}

extension Double: LayoutValueConvertible {
    public var layoutValue: LayoutValue { .double(self) }
}

extension Bool: LayoutValueConvertible {
    public var layoutValue: LayoutValue { .bool(self) }
}

extension LayoutFields: LayoutValueConvertible {
    public var layoutValue: LayoutValue { .fields(self) }
}

extension Array: LayoutValueConvertible where Element: LayoutValueConvertible {
    /// A closure, not `map(\.layoutValue)`: the key path was looked up again for every list made (most of the cost).
    public var layoutValue: LayoutValue { .list(map { $0.layoutValue }) }
}

extension Dictionary: LayoutValueConvertible where Key == String, Value: LayoutValueConvertible {
    /// Fields in the order of their names, so that the same dictionary always gives the same fields.
    public var layoutValue: LayoutValue {
        var fields = LayoutFields()
        for key in keys.sorted() { fields[key] = self[key] }
        return .fields(fields)
    }
}

/// What a layout reads from one object of its context: named values. Names
/// are few (at most a few dozen an object), so a short list compared by name
/// answers without hashing the name, as a dictionary did for each lookup and
/// each value set.
public struct LayoutFields: Sendable, ExpressibleByDictionaryLiteral {
    /// Names with their values, in one array: one allocation an object.
    private var entries: [(name: String, value: LayoutValue)]

    public init() {
        entries = []
    }

    public init(dictionaryLiteral elements: (String, any LayoutValueConvertible)...) {
        entries = []
        entries.reserveCapacity(elements.count)
        for (name, value) in elements {  // names written out once each, as in a dictionary literal: appended unsearched
            entries.append((name, value.layoutValue))
        }
    }

    /// The value named `name`; setting nil removes it, setting a name again replaces its value.
    public subscript(name: String) -> (any LayoutValueConvertible)? {
        get { value(named: name) }
        set {
            switch (index(of: name), newValue) {
            case (let index?, let value?): entries[index].value = value.layoutValue
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((name, value.layoutValue))
            case (nil, nil): break
            }
        }
    }

    private func index(of name: String) -> Int? {
        let count = name.utf8.count
        return entries.indices.first { entries[$0].name.utf8.count == count && entries[$0].name == name }
    }

    /// The value named `name`, as the renderer reads it.
    public func value(named name: String) -> LayoutValue? {
        // By index: `for entry in entries` copied each entry's value (a retain and a release) to compare its name.
        // Lengths first: most names looked at are not the one sought, and two short names of different lengths
        // compared as strings took the slow path of `==`.
        let count = name.utf8.count
        for index in entries.indices where entries[index].name.utf8.count == count && entries[index].name == name {
            return entries[index].value
        }
        return nil
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The names, in the order they were first set.
    public var keys: [String] { entries.map(\.name) }

    /// Adds `other`'s values under names not set here yet.
    public mutating func add(_ other: LayoutFields) {
        for entry in other.entries where value(named: entry.name) == nil { entries.append(entry) }
    }
}
