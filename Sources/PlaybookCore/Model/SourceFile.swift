import Foundation

/// A file read from the site folder, with its path relative to that folder.
public struct SourceFile: Sendable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// The text with `\r\n` line ends made `\n`, or a located error at the
    /// first byte that is not UTF-8.
    public func text() -> Result<String, Diagnostic> {
        if let text = String(validatingUTF8Data: data) {
            // A byte scan first (memchr: Data's own iterator goes byte by byte through a closure).
            let hasReturn = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }
            guard hasReturn else { return .success(text) }
            return .success(text.replacingOccurrences(of: "\r\n", with: "\n"))
        }
        let (line, column) = UTF8Check.firstInvalidPosition(in: data)
        return .failure(
            .error(
                SourceLocation(path: path, line: line, column: column),
                "the file is not valid UTF-8 (save it as UTF-8)"))
    }
}

/// A file that is copied to the output as it is, read only when it is written
/// (unless its name depends on its bytes: see `data`).
public struct StaticFile: Sendable, Equatable {
    /// The path inside the output folder.
    public var outputPath: String
    /// The absolute path to copy from.
    public var sourceURL: URL
    /// The path relative to the site folder, for messages.
    public var sitePath: String
    /// The bytes, when the load stage read them (a fingerprinted asset: its name
    /// depends on them): written as read, so the name always matches the bytes.
    public var data: Data?

    package init(outputPath: String, sourceURL: URL, sitePath: String, data: Data? = nil) {
        self.outputPath = outputPath
        self.sourceURL = sourceURL
        self.sitePath = sitePath
        self.data = data
    }
}

package enum UTF8Check {
    /// The line and column (in bytes, 1-based) of the first invalid UTF-8 sequence.
    package static func firstInvalidPosition(in data: Data) -> (line: Int, column: Int) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var line = 1
        var lineStart = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    lineStart = offset + 1
                }
                offset += UTF8.width(scalar)
            case .emptyInput:
                return (line, offset - lineStart + 1)
            case .error:
                return (line, offset - lineStart + 1)
            }
        }
    }
}

extension String {
    package init?(validatingUTF8Data data: Data) {
        guard let text = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else { return nil }
        self = text
    }
}
