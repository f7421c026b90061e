import Foundation

/// One page of the site: where it came from, where it goes, what it says.
public struct Page: Sendable {
    public enum Kind: String, Sendable {
        /// `content/_index.md`.
        case home
        /// A folder's `_index.md`, or a landing page made for a folder without one.
        case section
        case page
    }

    /// The fields, behind one reference: a page is copied wherever a stage
    /// reads it out of the site's list, and a copy of a dozen strings and
    /// arrays took a retain each, from every thread at once. Changed
    /// copy-on-write, so a page is still a value.
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline var sourcePath: String?
        @usableFromInline var contentPath: String
        @usableFromInline var url: String
        @usableFromInline var kind: Kind
        @usableFromInline var frontMatter: FrontMatter
        @usableFromInline var title: String
        @usableFromInline var titleIsInBody: Bool
        @usableFromInline var body: RenderedMarkdown
        @usableFromInline var generated: GeneratedPage?
        @usableFromInline var filledForm: FilledForm?
        @usableFromInline var titleFromForm: Bool
        @usableFromInline var textLanguage: String?

        init(
            sourcePath: String?, contentPath: String, url: String, kind: Kind, frontMatter: FrontMatter, title: String,
            titleIsInBody: Bool, body: RenderedMarkdown, generated: GeneratedPage?, filledForm: FilledForm?
        ) {
            self.sourcePath = sourcePath
            self.contentPath = contentPath
            self.url = url
            self.kind = kind
            self.frontMatter = frontMatter
            self.title = title
            self.titleIsInBody = titleIsInBody
            self.body = body
            self.generated = generated
            self.filledForm = filledForm
            titleFromForm = false
            textLanguage = nil
        }

        @usableFromInline init(copying other: Storage) {
            sourcePath = other.sourcePath
            contentPath = other.contentPath
            url = other.url
            kind = other.kind
            frontMatter = other.frontMatter
            title = other.title
            titleIsInBody = other.titleIsInBody
            body = other.body
            generated = other.generated
            filledForm = other.filledForm
            titleFromForm = other.titleFromForm
            textLanguage = other.textLanguage
        }
    }

    @usableFromInline var storage: Storage

    @usableFromInline mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        return storage
    }

    /// The file, relative to the site folder; nil for a landing page the site made itself.
    @inlinable public var sourcePath: String? {
        get { storage.sourcePath }
        _modify { yield &unique().sourcePath }
        set { unique().sourcePath = newValue }
    }
    /// The path relative to `content/` (`a/b.md`, `a/_index.md`).
    @inlinable public var contentPath: String {
        get { storage.contentPath }
        _modify { yield &unique().contentPath }
        set { unique().contentPath = newValue }
    }
    /// The page's URL relative to the site root (`a/b/`; `""` for home).
    @inlinable public var url: String {
        get { storage.url }
        _modify { yield &unique().url }
        set { unique().url = newValue }
    }
    @inlinable public var kind: Kind {
        get { storage.kind }
        _modify { yield &unique().kind }
        set { unique().kind = newValue }
    }
    @inlinable public var frontMatter: FrontMatter {
        get { storage.frontMatter }
        _modify { yield &unique().frontMatter }
        set { unique().frontMatter = newValue }
    }
    /// From front matter, else the first level-1 heading, else the file name.
    @inlinable public var title: String {
        get { storage.title }
        _modify { yield &unique().title }
        set { unique().title = newValue }
    }
    /// True when the title came from the body's own `# heading`: layouts then don't repeat it.
    @inlinable public var titleIsInBody: Bool {
        get { storage.titleIsInBody }
        _modify { yield &unique().titleIsInBody }
        set { unique().titleIsInBody = newValue }
    }
    @inlinable public var body: RenderedMarkdown {
        get { storage.body }
        _modify { yield &unique().body }
        set { unique().body = newValue }
    }
    /// Set for the pages the site makes from team data.
    @inlinable public var generated: GeneratedPage? {
        get { storage.generated }
        _modify { yield &unique().generated }
        set { unique().generated = newValue }
    }
    /// Set for a filled form or scorecard (front matter `form:` or `scorecard:`).
    @inlinable public var filledForm: FilledForm? {
        get { storage.filledForm }
        _modify { yield &unique().filledForm }
        set { unique().filledForm = newValue }
    }
    /// A filled form without a title of its own is titled from its template,
    /// date and account once the account's name is known.
    @inlinable public var titleFromForm: Bool {
        get { storage.titleFromForm }
        _modify { yield &unique().titleFromForm }
        set { unique().titleFromForm = newValue }
    }
    /// Set when the page stands in an edition whose language it is not written
    /// in (no translation yet): the language its text is in, for the note that says so.
    @inlinable public var textLanguage: String? {
        get { storage.textLanguage }
        _modify { yield &unique().textLanguage }
        set { unique().textLanguage = newValue }
    }

    /// A filled sheet still being written (`draft: true`): published, marked as a
    /// draft, for its rep and their manager, but never listed as done.
    public var isDraftSheet: Bool { frontMatter.draft && filledForm != nil }

    /// The folder of `content/` the page belongs to (`a` for `a/b.md` and for `a/_index.md`).
    public var folder: String {
        SitePath.folder(of: contentPath)
    }

    /// Where messages about the whole page point.
    public var location: SourceLocation {
        switch generated {
        case .team?, .rep?: SourceLocation(path: SiteLayout.team)
        case .accounts?, .account?: SourceLocation(path: SiteLayout.accounts)
        case .tags?, .tag?: SourceLocation(path: SiteLayout.layouts + "tag" + SiteLayout.layoutExtension)
        case nil: SourceLocation(path: sourcePath ?? SiteLayout.content + contentPath)
        }
    }

    package init(
        sourcePath: String? = nil, contentPath: String, url: String, kind: Kind, frontMatter: FrontMatter, title: String,
        titleIsInBody: Bool, body: RenderedMarkdown, generated: GeneratedPage? = nil, filledForm: FilledForm? = nil
    ) {
        storage = Storage(
            sourcePath: sourcePath, contentPath: contentPath, url: url, kind: kind, frontMatter: frontMatter, title: title,
            titleIsInBody: titleIsInBody, body: body, generated: generated, filledForm: filledForm)
    }
}

/// A page made from team data rather than from a Markdown file.
public enum GeneratedPage: Sendable, Equatable {
    /// `team/`: the roster.
    case team
    /// `team/<id>/`: one rep.
    case rep(String)
    /// `accounts/`: accounts by tier.
    case accounts
    /// `accounts/<id>/`: one account.
    case account(String)
    /// `tags/`: every tag.
    case tags
    /// `tags/<slug>/`: the pages with one tag.
    case tag(String)
}

extension Page {
    /// Orders filled forms and scorecards newest first (by their `date`), then by title.
    package static func newestSheetFirst(_ a: Page, _ b: Page) -> Bool {
        (b.filledForm?.date ?? "", a.title) < (a.filledForm?.date ?? "", b.title)
    }

    /// A page the site makes itself — a folder's landing page, a team, account
    /// or tag page, the 404 page: no file behind it, no body. Its content path
    /// follows from its URL unless given.
    package static func made(
        at url: String, kind: Kind, title: String, layout: String? = nil, summary: String? = nil,
        generated: GeneratedPage? = nil, contentPath: String? = nil
    ) -> Page {
        var front = FrontMatter()
        front.layout = layout
        front.summary = summary
        let path = contentPath ?? (kind == .page ? SitePath.address(ofPageURL: url) + ".md" : url + "_index.md")
        return Page(
            sourcePath: nil, contentPath: path, url: url, kind: kind, frontMatter: front, title: title,
            titleIsInBody: false, body: .empty, generated: generated)
    }

    /// The title of a folder's landing page that gives none: `home` (the
    /// catalogue's `pages.home`) for the root, else the folder's name made
    /// readable (`call-scripts` → `Call scripts`).
    package static func landingTitle(folder: String, home: String) -> String {
        folder.isEmpty ? home : humanize(folder.split(separator: "/").last.map(String.init) ?? folder)
    }

    /// `call-scripts` → `Call scripts`: a readable title for a file or folder name.
    package static func humanize(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let first = words.first else { return name }
        return first.uppercased() + words.dropFirst()
    }
}
