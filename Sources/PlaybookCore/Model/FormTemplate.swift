/// A fill-in template (`templates/forms/NAME.yaml`): a visit plan, a
/// strategic-selling sheet, an account plan… Sections of typed fields.
public struct FormTemplate: Sendable {
    public var name: String
    public var title: String
    public var description: String?
    public var sections: [Section]
    /// The template file, relative to the site folder.
    public var path: String

    public struct Section: Sendable {
        public var title: String
        public var help: String?
        public var fields: [FormField]

        package init(title: String, help: String? = nil, fields: [FormField]) {
            self.title = title
            self.help = help
            self.fields = fields
        }
    }

    /// Every field, in order, sections flattened.
    public var fields: [FormField] { sections.flatMap(\.fields) }

    package init(name: String, title: String, description: String? = nil, sections: [Section], path: String) {
        self.name = name
        self.title = title
        self.description = description
        self.sections = sections
        self.path = path
    }
}

/// One field of a form.
public struct FormField: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case text, longtext, number, date, choice, multichoice, checkbox, rating, rep, account, list
    }

    public var id: String
    public var label: String
    public var help: String?
    public var kind: Kind
    public var required: Bool
    /// The choices of a `choice` or `multichoice` field: the values filled forms store.
    public var options: [String]
    /// What readers see for each of `options`, in the template's language (the value itself unless the template says).
    public var optionLabels: [String] = []
    /// The points of a `rating` field (1…5 unless the template says otherwise).
    public var scale: ClosedRange<Int>
    /// The sub-fields of each row of a `list` field.
    public var fields: [FormField]
    /// What a `list` field's add button says ("Add an attendee"), in the template's language; nil: the catalogue's.
    public var addLabel: String?
    public var line: Int

    /// The label readers see for the stored `value`.
    public func label(ofOption value: String) -> String {
        guard let index = options.firstIndex(of: value), index < optionLabels.count else { return value }
        return optionLabels[index]
    }

    package init(
        id: String, label: String, help: String? = nil, kind: Kind, required: Bool, options: [String], scale: ClosedRange<Int>,
        fields: [FormField], line: Int
    ) {
        self.id = id
        self.label = label
        self.help = help
        self.kind = kind
        self.required = required
        self.options = options
        self.scale = scale
        self.fields = fields
        self.line = line
    }
}

/// A scoring rubric (`templates/scorecards/NAME.yaml`): criteria with weights
/// that add up to 100, a scale, anchor text for points of the scale, and
/// bands that name ranges of the total.
public struct ScorecardTemplate: Sendable {
    public var name: String
    public var title: String
    public var description: String?
    public var scale: ClosedRange<Int>
    public var criteria: [Criterion]
    public var bands: [Band]
    public var path: String

    public struct Criterion: Sendable {
        public var id: String
        public var label: String
        public var help: String?
        public var weight: Double
        /// Text describing what a score means, by point of the scale.
        public var anchors: [Int: String]
        public var line: Int

        package init(id: String, label: String, help: String? = nil, weight: Double, anchors: [Int: String], line: Int) {
            self.id = id
            self.label = label
            self.help = help
            self.weight = weight
            self.anchors = anchors
            self.line = line
        }
    }

    public struct Band: Sendable, Equatable {
        public var name: String
        /// Inclusive bounds on the total, 0–100.
        public var min: Double
        public var max: Double

        package init(name: String, min: Double, max: Double) {
            self.name = name
            self.min = min
            self.max = max
        }
    }

    /// The weighted total as a percentage: Σ weight × score ÷ (Σ weight × top of
    /// the scale) × 100, so every criterion at the top gives 100. Criteria not
    /// scored count as 0.
    public func total(_ scores: [String: Int]) -> Double {
        let weights = criteria.reduce(0) { $0 + $1.weight }
        guard weights > 0, scale.upperBound > 0 else { return 0 }
        let points = criteria.reduce(0) { $0 + $1.weight * Double(scores[$1.id] ?? 0) }
        return points / (weights * Double(scale.upperBound)) * 100
    }

    /// The band the total falls in, rounded to a whole number.
    public func band(for total: Double) -> Band? {
        let rounded = total.rounded()
        return bands.first { rounded >= $0.min && rounded <= $0.max }
    }

    /// The fields every filled scorecard records besides the scores.
    public static let recordFields: [FormField] = [
        FormField(id: "rep", label: "Rep scored", help: nil, kind: .rep, required: true, options: [], scale: 1...5, fields: [], line: 0),
        FormField(
            id: "scored_by", label: "Scored by", help: nil, kind: .rep, required: true, options: [], scale: 1...5, fields: [], line: 0),
        FormField(id: "date", label: "Date", help: nil, kind: .date, required: true, options: [], scale: 1...5, fields: [], line: 0),
        FormField(
            id: "subject", label: "Call or visit", help: "Which call or visit was scored.", kind: .text, required: true,
            options: [], scale: 1...5, fields: [], line: 0),
        FormField(
            id: "account", label: "Account", help: nil, kind: .account, required: false, options: [], scale: 1...5, fields: [], line: 0),
    ]

    /// The same, labelled from a catalogue (`scorecard.fields.<id>`) where it has the words.
    public static func recordFields(_ messages: Messages) -> [FormField] {
        let keys = [
            "rep": "scorecard.fields.rep", "scored_by": "scorecard.fields.scored_by", "date": "scorecard.fields.date",
            "subject": "scorecard.fields.subject", "account": "scorecard.fields.account",
        ]
        let help = "scorecard.fields.subject_help"
        return recordFields.map { field in
            var field = field
            if let key = keys[field.id], messages.has(key) { field.label = messages[key] }
            if field.help != nil, messages.has(help) { field.help = messages[help] }
            return field
        }
    }

    package init(
        name: String, title: String, description: String? = nil, scale: ClosedRange<Int>, criteria: [Criterion], bands: [Band], path: String
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.scale = scale
        self.criteria = criteria
        self.bands = bands
        self.path = path
    }
}
