import PlaybookKit

/// The team server's answer to a save, as the browser reads it: saved (with
/// the sheet's page), or refused with a code the page words in its language,
/// the log's words, and the problems at their fields.
struct SaveOutcome: Encodable, Sendable {
    var ok: Bool
    var file: String?
    var url: String?
    var refusal: String?
    var message: String?
    var problems: [FieldProblem]?
    /// The HTTP status sent with it.
    var status: Int

    static func saved(file: String, url: String?) -> SaveOutcome {
        SaveOutcome(ok: true, file: file, url: url, status: 200)
    }

    static func refused(_ code: String, _ message: String, status: Int, problems: [FieldProblem]? = nil) -> SaveOutcome {
        SaveOutcome(ok: false, refusal: code, message: message, problems: problems, status: status)
    }

    enum CodingKeys: String, CodingKey {
        case ok, file, url, refusal, message, problems
    }
}
