/// Paths inside a site: where a content file's page lives in the output, and
/// how one output page reaches another with a relative URL (so the site works
/// from disk and under any path).
///
/// Page URLs are relative to the site root and end with `/` (`""` is the home
/// page); links always name `index.html`, which a browser opening files needs.
public enum SitePath {
    /// `a/b.md` → `a/b/`, `a/_index.md` → `a/`, `_index.md` → `""`.
    public static func pageURL(forContentPath path: String) -> String {
        // Over the bytes in place, into a string made at its size: every page and every link to a page asks this.
        var path = path
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/")
            // The file: the last segment that is not empty (empty segments are skipped, as `split` does).
            var fileEnd = bytes.count
            while fileEnd > 0, bytes[fileEnd - 1] == slash { fileEnd -= 1 }
            guard fileEnd > 0 else { return "" }
            var fileStart = fileEnd
            while fileStart > 0, bytes[fileStart - 1] != slash { fileStart -= 1 }
            var stemEnd = fileEnd
            if fileEnd - fileStart >= 3, bytes[fileEnd - 3] == UInt8(ascii: "."), bytes[fileEnd - 2] == UInt8(ascii: "m"),
                bytes[fileEnd - 1] == UInt8(ascii: "d")
            {
                stemEnd -= 3
            }
            let isIndex = UnsafeBufferPointer(rebasing: bytes[fileStart..<stemEnd]).elementsEqual("_index".utf8)
            return String(unsafeUninitializedCapacity: fileEnd + 1) { out in
                var count = 0
                var segmentStart = 0
                for index in 0..<fileStart where bytes[index] == slash {
                    if index > segmentStart {
                        for byte in bytes[segmentStart..<index] {
                            out[count] = byte
                            count += 1
                        }
                        out[count] = slash
                        count += 1
                    }
                    segmentStart = index + 1
                }
                if !isIndex {
                    for byte in bytes[fileStart..<stemEnd] {
                        out[count] = byte
                        count += 1
                    }
                    out[count] = slash
                    count += 1
                }
                return count
            }
        }
    }

    /// A page's address: its URL without the final `/` (`a/b/` → `a/b`, `""` → `""`), as links
    /// written as site URLs name it. By bytes: every page's is asked for at every build.
    public static func address(ofPageURL url: String) -> String {
        url.utf8.last == UInt8(ascii: "/") ? String(Substring(url.utf8.dropLast())) : url
    }

    /// Where the pages the site makes live: one place, so every link to them agrees.
    public static let teamURL = "team/"
    public static let accountsURL = "accounts/"
    public static let tagsURL = "tags/"
    public static func repURL(_ id: String) -> String { teamURL + id + "/" }
    public static func accountURL(_ id: String) -> String { accountsURL + id + "/" }
    public static func tagURL(_ slug: String) -> String { tagsURL + slug + "/" }

    /// The output file of a page URL.
    public static func outputFile(forPageURL url: String) -> String { url + "index.html" }

    /// The relative URL from the page at `pageURL` to `target` (a page URL ending
    /// in `/`, or a file path), both relative to the site root.
    public static func relative(from pageURL: String, to target: String) -> String {
        // Over the UTF-8 bytes, without splitting into arrays: every page asks this for each of its links.
        var pageURL = pageURL
        var target = target
        return pageURL.withUTF8 { from in target.withUTF8 { to in relative(from: from, to: to) } }
    }

    private static func relative(from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>) -> String {
        let slash = UInt8(ascii: "/")
        func segments(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var count = 0
            var inSegment = false
            for byte in bytes {
                if byte == slash {
                    inSegment = false
                } else if !inSegment {
                    inSegment = true
                    count += 1
                }
            }
            return count
        }
        let isDirectory = to.isEmpty || to[to.count - 1] == slash
        let fromCount = segments(from)
        let toCount = segments(to)
        let limit = isDirectory ? toCount : toCount - 1
        var common = 0
        var f = 0
        var t = 0
        while common < fromCount, common < limit {
            var fEnd = f
            var tEnd = t
            while fEnd < from.count, from[fEnd] != slash { fEnd += 1 }
            while tEnd < to.count, to[tEnd] != slash { tEnd += 1 }
            guard fEnd - f == tEnd - t, (0..<(fEnd - f)).allSatisfy({ from[f + $0] == to[t + $0] }) else { break }
            common += 1
            f = fEnd + 1
            t = tEnd + 1
        }
        // Written in one piece into a string made at its size.
        let ups = fromCount - common
        let rest = t < to.count ? to.count - t : 0
        let index = Array("index.html".utf8)
        return String(unsafeUninitializedCapacity: ups * 3 + rest + (isDirectory ? index.count : 0)) { out in
            var count = 0
            for _ in 0..<ups {
                out[count] = UInt8(ascii: ".")
                out[count + 1] = UInt8(ascii: ".")
                out[count + 2] = slash
                count += 3
            }
            for offset in 0..<rest { out[count + offset] = to[t + offset] }
            count += rest
            if isDirectory {
                for byte in index {
                    out[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The prefix that leads from a page to the site root: `""`, `../`, `../../`, …
    public static func rootPrefix(from pageURL: String) -> String {
        // The folders it is in, counted over the bytes without splitting: asked for every page.
        var folders = 0
        var inName = false
        for byte in pageURL.utf8 {
            if byte == UInt8(ascii: "/") {
                inName = false
            } else if !inName {
                inName = true
                folders += 1
            }
        }
        return String(repeating: "../", count: folders)
    }

    /// Resolves `relative` (a path with `.` and `..`) against the folder `base`,
    /// both relative to the same root. Nil when it climbs above that root.
    public static func resolve(_ relative: String, against base: String) -> String? {
        var relative = relative
        var base = base
        return relative.withUTF8 { relative in base.withUTF8 { base in resolve(relative, against: base) } }
    }

    /// Over the bytes in place into one buffer; `..` takes back the last segment written, found by its slash:
    /// splitting into substrings and joining them was most of the cost of every link.
    private static func resolve(_ relative: UnsafeBufferPointer<UInt8>, against base: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var climbed = false
        let resolved = String(unsafeUninitializedCapacity: base.count + relative.count + 1) { out in
            var count = 0
            /// Calls `body` with each segment that is not empty, until it returns false.
            func segments(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) -> Bool {
                var begin = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == slash {
                    if index > begin, !body(begin, index) { return false }
                    begin = index + 1
                }
                return true
            }
            func push(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
                if count > 0 {
                    out[count] = slash
                    count += 1
                }
                for index in start..<end {
                    out[count] = bytes[index]
                    count += 1
                }
            }
            if relative.first != slash {
                _ = segments(base) { start, end in
                    push(base, start, end)
                    return true
                }
            }
            let inside = segments(relative) { start, end in
                if end - start == 1, relative[start] == dot { return true }
                if end - start == 2, relative[start] == dot, relative[start + 1] == dot {
                    guard count > 0 else { return false }
                    while count > 0, out[count - 1] != slash { count -= 1 }  // the last segment…
                    if count > 0 { count -= 1 }  // …and the slash before it
                    return true
                }
                push(relative, start, end)
                return true
            }
            climbed = !inside
            return inside ? count : 0
        }
        return climbed ? nil : resolved
    }

    /// The address of the page a site path names, as another tool writes links
    /// (`a/b`, `a/b/`, `a/b/index.html` → `a/b`; `index.html` → ``); nil for a file (`a/b.png`).
    public static func pageAddress(_ path: String) -> String? {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("/index.html".count)) }
        let trimmed = address(ofPageURL: path)
        return trimmed.split(separator: "/").last?.contains(".") == true ? nil : trimmed
    }

    /// The folder part of a path (`a/b.md` → `a`).
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }  // by bytes: asked for every link and output file
        return String(path[..<slash])
    }
}
