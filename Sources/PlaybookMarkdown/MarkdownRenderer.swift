import PlaybookCore

/// Markdown → HTML: libcmark parses, then the named passes change the tree in
/// a fixed order, then libcmark writes the HTML.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions
    public var directives: Directives

    public var markup: BodyMarkup
    /// `a/README.md` → `a/_index.md`: the files that are their folder's page (`LanguageFiles.folderPages`).
    public var folderPages: [String: String] = [:]
    /// The address of every page of the content (`a/b` for `a/b.md`), so a relative link written as another
    /// tool's page address (`../b/`) can be read as the browser reads it when that is where a page is.
    public var pageAddresses: Set<String> = []

    public init(options: MarkdownOptions = MarkdownOptions(), directives: Directives = Directives(), markup: BodyMarkup = BodyMarkup()) {
        self.markup = markup
        self.options = options
        self.directives = directives
    }

    /// - Parameters:
    ///   - body: the Markdown, front matter removed.
    ///   - sourcePath: the file relative to the site folder, for messages.
    ///   - contentPath: the file relative to `content/`, for ids and links; nil
    ///     for text that is not in the site, whose links are left as written.
    ///   - lineOffset: lines of the file before `body`.
    ///   - liftsTitle: take a level-1 heading opening the body out of it as the page's title.
    public func render(
        _ body: String, sourcePath: String, contentPath: String?, lineOffset: Int = 0, liftsTitle: Bool = false
    ) -> RenderedMarkdown {
        guard var document = MarkdownDocument(parsing: body, lineOffset: lineOffset) else {
            var failed = RenderedMarkdown.empty
            failed.diagnostics = [.error(SourceLocation(path: sourcePath), "out of memory while parsing this page")]
            return failed
        }
        var footnotes = FootnotePass()
        if let reread = footnotes.reread(document) { document = reread }
        var containers = ContainerCalloutPass()
        if let reread = containers.reread(document) { document = reread }
        let context = MarkdownPassContext(
            sourcePath: sourcePath, contentPath: contentPath, options: options, document: document, markup: markup)
        context.liftsTitle = liftsTitle
        context.folderPages = folderPages
        context.pageAddresses = pageAddresses
        containers.wrap(context)
        ShortcodePass().run(context)
        let hasForms = DirectivePass(directives: directives).run(context)
        TablePass().run(context)
        StrikethroughPass().run(context)
        let checklists = ChecklistPass().run(context)
        CalloutPass().run(context)
        footnotes.run(context)
        let headings = HeadingPass().run(context)
        // Raw HTML first: the ids it gives elements are anchors Markdown's links may name.
        let htmlLinks = RawHTMLPass().run(context)
        let links = LinkPass().run(context, anchors: context.usedIDs.union(context.footnoteIDs).union(context.htmlIDs))
        ImageAttributePass().run(context)
        // Raw HTML is left only where the site keeps it as written: what `safe` keeps the pass wrote again as the
        // theme's markup is, so libcmark's own filter of raw HTML and script URLs stays on.
        let html = document.renderHTML(allowRawHTML: options.rawHTML == .keep)
        let search = document.root.searchText(reserving: body.utf8.count, marking: context.headingNodes)
        var rendered = RenderedMarkdown(
            html: html, headings: headings, checklists: checklists,
            links: htmlLinks.isEmpty ? links : (links + htmlLinks).sorted { $0.location < $1.location },
            diagnostics: context.diagnostics, text: search.text)
        // A heading whose node was lost gets no range: then none has, and the index keeps the text whole.
        if search.marked.count == headings.count { rendered.headingRanges = search.marked }
        rendered.title = context.title
        rendered.footnoteIDs = context.footnoteIDs
        rendered.hasForms = hasForms
        rendered.htmlIDs = context.htmlIDs
        return rendered
    }
}
