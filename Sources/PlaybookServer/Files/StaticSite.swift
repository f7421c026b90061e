import Foundation
import Hummingbird
import NIOCore

/// Answers from the output folder, for both servers: a file with its type,
/// the site's own 404 page, a line of plain text.
enum StaticSite {
    /// The file at `path` under `root` (GET or HEAD), a redirect to a folder's
    /// `index.html`, the 404 page, or a refusal for a path leaving the site.
    /// `html` may change a page before it is sent (the preview's live reload).
    static func respond(to path: String, root: String, html: ((String) -> String)? = nil) -> Response {
        switch ServedPath.resolve(path, under: root) {
        case .file(let file):
            guard let data = FileManager.default.contents(atPath: file) else { return notFound(root: root) }
            return serve(data, type: ServedPath.contentType(of: file), status: .ok, html: html)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .notFound:
            return notFound(root: root)
        case .refused:
            return text(.forbidden, "refused: the path leaves the site\n")
        }
    }

    /// The site's own 404 page, or a line of text if it has none.
    static func notFound(root: String) -> Response {
        guard let data = FileManager.default.contents(atPath: root + "/404.html") else { return text(.notFound, "not found\n") }
        return serve(data, type: "text/html; charset=utf-8", status: .notFound)
    }

    static func serve(_ data: Data, type: String, status: HTTPResponse.Status, html: ((String) -> String)? = nil) -> Response {
        var bytes = data
        if let html, type.hasPrefix("text/html") {
            bytes = Data(html(String(decoding: data, as: UTF8.self)).utf8)
        }
        return Response(
            status: status,
            headers: [.contentType: type, .cacheControl: "no-store", .init("X-Content-Type-Options")!: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}
