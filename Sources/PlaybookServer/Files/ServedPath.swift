import Foundation

/// What a request path names inside the output folder. Only files under the
/// folder are ever named: `..` and `.` segments, encoded slashes and
/// backslashes, NUL and bad percent-encoding are refused before the file
/// system is asked, and a path whose real location (symbolic links followed)
/// is outside the folder is refused after.
public enum ServedPath: Equatable, Sendable {
    /// The real path of a regular file under the folder.
    case file(String)
    /// A folder asked for without its trailing slash: where to send the browser.
    case redirect(String)
    case notFound
    case refused

    /// Resolves `rawPath`, the request's path as sent (still percent-encoded), under `root`.
    public static func resolve(_ rawPath: String, under root: String) -> ServedPath {
        guard let realRoot = realPath(root) else { return .notFound }
        guard rawPath.hasPrefix("/") else { return .refused }
        let lowered = rawPath.lowercased()
        // Encoded separators would let one segment hide a path: never decoded into one.
        for forbidden in ["%2f", "%5c", "%00", "\\"] where lowered.contains(forbidden) { return .refused }
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0") else { return .refused }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." || segment == "." { return .refused }
            segments.append(segment)
        }
        let candidate = ([realRoot] + segments.map(String.init)).joined(separator: "/")
        guard let real = realPath(candidate) else { return .notFound }
        guard real == realRoot || real.hasPrefix(realRoot + "/") else { return .refused }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        if info.st_mode & S_IFMT == S_IFDIR {
            guard decoded.hasSuffix("/") else { return .redirect(rawPath + "/") }
            let index = real + "/index.html"
            guard let realIndex = realPath(index), realIndex.hasPrefix(realRoot + "/") else { return .notFound }
            return .file(realIndex)
        }
        return info.st_mode & S_IFMT == S_IFREG ? .file(real) : .notFound
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The Content-Type for a file, by its extension.
    public static func contentType(of path: String) -> String {
        let parts = (path.split(separator: "/").last ?? "").split(separator: ".")
        let ext = parts.count > 1 ? (parts.last ?? "").lowercased() : ""
        return [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
            "json": "application/json", "xml": "application/xml", "svg": "image/svg+xml", "txt": "text/plain; charset=utf-8",
            "md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8", "yaml": "text/yaml; charset=utf-8",
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
            "ico": "image/x-icon", "pdf": "application/pdf", "woff2": "font/woff2", "woff": "font/woff",
            "webmanifest": "application/manifest+json",
        ][ext] ?? "application/octet-stream"
    }
}
