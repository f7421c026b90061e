import PlaybookCore

/// What the browser sends to save a sheet: its kind and template, the file
/// name it chose, the Markdown it would download, and whether it may replace
/// a sheet of that name.
struct SaveRequest: Decodable, Sendable {
    enum Kind: String, Decodable, Sendable { case form, scorecard }

    var kind: Kind
    var template: String
    var file: String
    var text: String
    var replace: Bool?

    /// The folder a sheet of this kind is saved in.
    var folder: String { kind == .form ? SiteLayout.visitPlans : SiteLayout.scorecardSheets }

    /// True for a plain file name in that folder: letters, digits, `.`, `-`, `_`, not starting
    /// with `.` or `-`, ending in `.md`, at most 120 bytes. Nothing else reaches the disk.
    static func isPlainName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count > 3, bytes.count <= 120, name.hasSuffix(".md"), let first = bytes.first,
            first != UInt8(ascii: "."), first != UInt8(ascii: "-")
        else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        } && !name.contains("..")
    }
}
