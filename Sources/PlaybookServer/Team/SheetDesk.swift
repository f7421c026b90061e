import Foundation
import PlaybookCore
import PlaybookKit

/// Where saved sheets go, one at a time: checked by the build's checker and
/// the save rules, written whole (a temporary file renamed over the name),
/// committed with the user as author; on any failure the file is put back
/// as it was. Saves run on one serial queue, so two saves of one name never
/// interleave and git never sees two commits at once.
final class SheetDesk: @unchecked Sendable {
    private let site: URL
    private let live: LiveSite
    private let git: GitRepository
    private let queue = DispatchQueue(label: "playbook.team.save")
    private let recent: RecentSaves?
    private let log: @Sendable (String) -> Void

    init(site: URL, live: LiveSite, git: GitRepository, recent: RecentSaves? = nil, log: @escaping @Sendable (String) -> Void) {
        self.site = site
        self.live = live
        self.git = git
        self.recent = recent
        self.log = log
    }

    /// Checks, writes and commits one sheet; the path saved is in `file` of a saved outcome.
    func save(_ request: SaveRequest, by user: TeamUser) async -> (outcome: SaveOutcome, path: String?) {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.saveNow(request, by: user)) }
        }
    }

    private func saveNow(_ request: SaveRequest, by user: TeamUser) -> (outcome: SaveOutcome, path: String?) {
        guard SaveRequest.isPlainName(request.file) else {
            return (refuse(user, request.file, "name", "'\(request.file)' is not a plain file name ending in .md", status: 400), nil)
        }
        let path = request.folder + request.file
        let data = Data(request.text.utf8)
        guard let check = live.checkSheet(path: path, data: data) else {
            return (refuse(user, path, "server", "the site has errors: fix them before sheets can be saved", status: 503), nil)
        }
        guard let sheet = check.sheet else {
            let problems = check.problems.isEmpty ? nil : check.problems
            return (
                refuse(user, path, "invalid", "not a filled \(request.kind.rawValue) of a known template", status: 422, problems: problems),
                nil
            )
        }
        guard sheet.kind.rawValue == request.kind.rawValue, sheet.templateName == request.template else {
            return (
                refuse(
                    user, path, "invalid", "the sheet is a \(sheet.kind.rawValue) '\(sheet.templateName)', not what was sent", status: 422),
                nil
            )
        }
        guard check.isValid else {
            let lines = check.problems.map { "\($0.line):\($0.column) \($0.message)" }.joined(separator: "; ")
            return (refuse(user, path, "invalid", lines, status: 422, problems: check.problems), nil)
        }
        let file = site.appendingPathComponent(path)
        let previous = FileManager.default.contents(atPath: file.path)
        let existing = previous.map { (sheet: live.checkSheet(path: path, data: $0)?.sheet, creator: git.creator(of: path)) }
        if let (code, reason) = SavePolicy(roster: live.roster).refusal(user: user, sheet: sheet, existing: existing) {
            return (refuse(user, path, code, reason, status: 403), nil)
        }
        if previous != nil, request.replace != true {
            return (refuse(user, path, "exists", "\(path) exists; the browser asks before replacing it", status: 409), nil)
        }
        if previous == data {
            return (SaveOutcome.saved(file: path, url: live.pageURL(ofSource: path)), path)  // nothing to commit
        }
        recent?.note(path, data)  // before the write: the watcher may report it at once
        do {
            try write(data, to: file)
        } catch {
            return (refuse(user, path, "server", "cannot write: \(error)", status: 500), nil)
        }
        do {
            try git.commit(
                path: path, author: (user.name, user.authorEmail), subject: subject(sheet, request, replacing: previous != nil),
                body: body(sheet, user), user: user.id)
        } catch {
            // Put the file back as it was, so the work tree matches the last commit.
            git.unstage(path)
            if let previous { try? write(previous, to: file) } else { try? FileManager.default.removeItem(at: file) }
            return (refuse(user, path, "server", "\(error)", status: 500), nil)
        }
        log("saved \(path) for \(user.id) (\(sheet.kind.rawValue) \(sheet.templateName)), committed")
        return (SaveOutcome.saved(file: path, url: nil), path)
    }

    /// Temporary files of saves cut short (the server stopped between writing and renaming): never a sheet, removed.
    static func removeLeftovers(in site: URL) {
        for folder in [SiteLayout.visitPlans, SiteLayout.scorecardSheets] {
            let url = site.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            where name.hasPrefix(".") && name.hasSuffix(temporarySuffix) {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
            }
        }
    }

    static let temporarySuffix = ".saving"

    private func refuse(
        _ user: TeamUser, _ path: String, _ code: String, _ reason: String, status: Int, problems: [FieldProblem]? = nil
    ) -> SaveOutcome {
        log("refused to save \(path) for \(user.id): \(reason)")
        return .refused(code, reason, status: status, problems: problems)
    }

    /// Writes `data` whole or not at all: a temporary file in the same folder, flushed, renamed over the name.
    private func write(_ data: Data, to file: URL) throws {
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString)\(Self.temporarySuffix)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw GitRepository.Failure(description: String(cString: strerror(errno))) }
        var ok = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let wrote = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if wrote <= 0 { return false }
                offset += wrote
            }
            return true
        }
        ok = ok && fsync(descriptor) == 0
        close(descriptor)
        guard ok, rename(temporary.path, file.path) == 0 else {
            unlink(temporary.path)
            throw GitRepository.Failure(description: "cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
        let folderDescriptor = open(folder.path, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private func subject(_ sheet: FilledForm, _ request: SaveRequest, replacing: Bool) -> String {
        "\(replacing ? "Update" : "Add") \(sheet.templateName) \(request.file)"
    }

    private func body(_ sheet: FilledForm, _ user: TeamUser) -> String {
        var parts = ["\(sheet.title) (\(sheet.templateName))"]
        if let rep = sheet.rep { parts.append("rep \(rep)") }
        if let account = sheet.account { parts.append("account \(account)") }
        if let date = sheet.date { parts.append("date \(date)") }
        return parts.joined(separator: ", ") + ". Saved by \(user.name) on the team server."
    }
}
