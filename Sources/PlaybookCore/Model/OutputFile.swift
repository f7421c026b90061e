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

/// What the write stage keeps of a file it was given: enough to tell whether
/// the site changed (the service worker's cache name) and how big the file is.
public struct FileDigest: Sendable, Equatable {
    public var hash: UInt64
    public var size: Int

    public init(_ data: Data) {
        hash = StableID.digest(data)
        size = data.count
    }

    package init(hash: UInt64, size: Int) {
        self.hash = hash
        self.size = size
    }
}
