import Foundation

/// A file the render stage made, for the write stage to put at `path` in the output.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }
}
