import Foundation
import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookMarkdown
import PlaybookTeam
import Yams

/// The parse stage for one file: UTF-8 check, front matter, Markdown.
public struct PageParser: Sendable {
    public var markdown: MarkdownRenderer
    public var forms: FilledFormChecker?
    /// The title of a home page that gives none: the catalogue's `pages.home`
    /// where a site sets it, this outside one (`playbook render`).
    public var homeTitle = "Home"
    /// Whether a page that names no title takes a level-1 heading opening its
    /// body out of it as its title (false for `playbook render`, whose output is the whole body).
    public var liftsTitle = true

    public init(
        options: MarkdownOptions, directives: Directives = Directives(), markup: BodyMarkup = BodyMarkup(), forms: FilledFormChecker? = nil
    ) {
        markdown = MarkdownRenderer(options: options, directives: directives, markup: markup)
        self.forms = forms
    }

    /// The page, or nil when the file is too broken to make one; and every problem found.
    ///
    /// A file under `content/` has a place in the site, which its links are
    /// resolved from; any other (`playbook render` of standard input) keeps its
    /// links as written. Without `readsFrontMatter` a leading `---` is Markdown.
    /// `contentPath` names the page a translation is a version of (`a/b.md` for `content/a/b.en.md`).
    public func parse(_ file: SourceFile, readsFrontMatter: Bool = true, contentPath givenPath: String? = nil) -> (Page?, [Diagnostic]) {
        let text: String
        switch file.text() {
        case .success(let value): text = value
        case .failure(let error): return (nil, [error])
        }
        var split = SplitPage(frontMatter: nil, frontMatterFirstLine: 1, body: text, bodyLineOffset: 0)
        if readsFrontMatter {
            switch SplitPage.split(text, path: file.path) {
            case .success(let value): split = value
            case .failure(let error): return (nil, [error])
            }
        }
        var frontMatter = FrontMatter()
        let reader = FrontMatterParser(path: file.path, firstLine: split.frontMatterFirstLine)
        var sheetNodes: Node?
        var diagnostics: [Diagnostic] = []
        if split.isTOML, let toml = split.frontMatter {
            switch TOMLFrontMatter.yaml(toml, path: file.path, firstLine: split.frontMatterFirstLine) {
            case .success(let yaml): split.frontMatter = yaml
            case .failure(let error):
                split.frontMatter = nil
                diagnostics.append(error)
            }
        }
        if let yaml = split.frontMatter {
            // A filled sheet's checker reads the same composed YAML: its front matter is read once.
            let parsed = reader.read(yaml, keepingNodes: Self.isSheet)
            frontMatter = parsed.frontMatter
            diagnostics += parsed.diagnostics
            sheetNodes = Self.isSheet(frontMatter) ? parsed.nodes : nil
        }
        let placed = file.path.hasPrefix(SiteLayout.content)
        let contentPath = givenPath ?? (placed ? String(file.path.dropFirst(SiteLayout.content.count)) : "_index.md")
        let body = markdown.render(
            split.body, sourcePath: file.path, contentPath: placed ? contentPath : nil,
            lineOffset: split.bodyLineOffset, liftsTitle: liftsTitle && frontMatter.title?.isEmpty ?? true)
        diagnostics += body.diagnostics

        let name = contentPath.split(separator: "/").last.map { String($0.dropLast(3)) } ?? contentPath
        let kind: Page.Kind = contentPath == "_index.md" ? .home : name == "_index" ? .section : .page
        let firstHeading = body.headings.first { $0.level == 1 }
        let title: String
        var titleIsInBody = false
        if let given = frontMatter.title, !given.isEmpty {
            title = given
        } else if let lifted = body.title {
            title = lifted.text
        } else if let firstHeading {
            title = firstHeading.text
            titleIsInBody = true
        } else {
            title = kind == .page ? Page.humanize(name) : Page.landingTitle(folder: SitePath.folder(of: contentPath), home: homeTitle)
        }
        var page = Page(
            sourcePath: file.path, contentPath: contentPath, url: SitePath.pageURL(forContentPath: contentPath),
            kind: kind, frontMatter: frontMatter, title: title, titleIsInBody: titleIsInBody, body: body)
        if let sheetNodes {
            let checker = forms ?? FilledFormChecker(library: FormLibrary(), repIDs: nil, accountIDs: nil)
            let (filled, problems) = checker.check(sheetNodes, reader: reader.reader)
            page.filledForm = filled
            diagnostics += problems
            if filled != nil, frontMatter.title == nil, !titleIsInBody { page.titleFromForm = true }
        }
        return (page, diagnostics)
    }

    /// A front matter naming a form or scorecard template: a filled sheet.
    private static func isSheet(_ frontMatter: FrontMatter) -> Bool {
        frontMatter.params.contains { $0.key == "form" || $0.key == "scorecard" }
    }
}
