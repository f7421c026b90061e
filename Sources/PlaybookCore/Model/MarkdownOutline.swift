/// A heading of a page: its level, the text a reader sees and its anchor id.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int

    package init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// A list of `- [ ]` items on a page, and each item's stable id.
public struct Checklist: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var id: String
        public var text: String
        public var checked: Bool
        public var line: Int

        package init(id: String, text: String, checked: Bool, line: Int) {
            self.id = id
            self.text = text
            self.checked = checked
            self.line = line
        }
    }

    public var id: String
    public var items: [Item]
    public var line: Int

    public var checkedCount: Int { items.filter(\.checked).count }

    package init(id: String, items: [Item], line: Int) {
        self.id = id
        self.items = items
        self.line = line
    }
}

/// A link from a page to another page of the site or to a file in `content/`,
/// kept so the resolve stage can say whether its target (and anchor) exists.
public struct LinkReference: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// A Markdown page, by its path under `content/`.
        case page(String)
        /// Any other file, by its path under `content/`.
        case file(String)
    }

    public var target: Target
    public var fragment: String?
    public var written: String
    public var location: SourceLocation

    package init(target: Target, fragment: String? = nil, written: String, location: SourceLocation) {
        self.target = target
        self.fragment = fragment
        self.written = written
        self.location = location
    }
}
