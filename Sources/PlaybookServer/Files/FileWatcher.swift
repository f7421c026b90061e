import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches the site's sources with inotify: `content/` and `templates/` with
/// every folder below them (folders made later included), and the site
/// folder itself for `playbook.yaml`. Calls `onChange` on its own thread with
/// the site-relative paths that changed, a burst of events (an editor's save)
/// gathered into one call.
final class FileWatcher: @unchecked Sendable {
    private let site: String
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]  // watch → folder relative to the site ("" for the site)
    private let onChange: @Sendable (Set<String>) -> Void
    /// How long to wait for the rest of a burst after its first event.
    private let settle: Int32 = 15

    init?(site: URL, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.site = site.standardizedFileURL.path
        self.onChange = onChange
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        watch("", recursive: false)
        watch("content", recursive: true)
        watch("templates", recursive: true)
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "playbook-watcher"
        thread.start()
    }

    private var events: UInt32 {
        UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)
    }

    private func watch(_ relative: String, recursive: Bool) {
        let path = relative.isEmpty ? site : site + "/" + relative
        let handle = inotify_add_watch(descriptor, path, events | UInt32(IN_ONLYDIR))
        guard handle >= 0 else { return }
        folders[handle] = relative
        guard recursive, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                watch(relative + "/" + name, recursive: true)
            }
        }
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var changed: Set<String> = []
            read(into: &buffer, changed: &changed, wait: -1)
            // The rest of the burst: an editor may write, rename and touch in a few milliseconds.
            while read(into: &buffer, changed: &changed, wait: settle) {}
            if !changed.isEmpty { onChange(changed) }
        }
    }

    /// Reads what events there are within `wait` ms (-1: until one comes); false when none came.
    @discardableResult
    private func read(into buffer: inout [UInt8], changed: inout Set<String>, wait: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, wait) > 0 else { return false }
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (handle, mask, length) = buffer.withUnsafeBytes { bytes -> (Int32, UInt32, Int) in
                let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            var name = ""
            if length > 0 {
                let start = offset + header
                let bytes = buffer[start..<min(start + length, count)].prefix { $0 != 0 }
                name = String(decoding: bytes, as: UTF8.self)
            }
            offset += header + length
            guard let folder = folders[handle] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[handle] = nil
                continue
            }
            guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("~"), !name.hasSuffix(".swp") else { continue }
            let relative = folder.isEmpty ? name : folder + "/" + name
            if folder.isEmpty && !["playbook.yaml", "content", "templates"].contains(name) { continue }
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                watch(relative, recursive: true)
            }
            changed.insert(relative)
        }
        return true
    }
}
