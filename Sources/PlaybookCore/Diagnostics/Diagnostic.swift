/// One problem found in the input. Errors stop a build; warnings only make the
/// site worse, and become errors under `--strict`; notes (what a draft still
/// lacks) are only told, never counted against the build.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case note
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// The GitHub Actions workflow command for it: a note is a `notice` there.
        public var githubCommand: String { self == .note ? "notice" : rawValue }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public static func note(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.note, location, message)
    }

    /// `path:line:col: error: message`, the form compilers use, so editors and CI can jump to it.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// A GitHub Actions workflow command: an annotation on the file and line in a pull request.
    public var githubAnnotation: String {
        func escape(_ s: String, property: Bool) -> String {
            var out = s.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
            if property {
                out = out.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
            }
            return out
        }
        let file = escape(location.path, property: true)
        return "::\(severity.githubCommand) file=\(file),line=\(location.line),col=\(location.column)::\(escape(message, property: false))"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
    public var noteCount: Int { filter { $0.severity == .note }.count }

    /// Under `--strict` a warning is as bad as an error; a note stays a note.
    public func promotingWarnings() -> [Diagnostic] {
        map { $0.severity == .warning ? Diagnostic(.error, $0.location, $0.message) : $0 }
    }
}
