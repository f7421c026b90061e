import PlaybookCore

/// A fenced block whose info string is `form NAME` or `scorecard NAME` becomes
/// that template, rendered in place; an unknown NAME is an error at the fence.
package struct DirectivePass {
    package let directives: Directives

    /// Whether any form or scorecard was placed.
    @discardableResult
    package func run(_ context: MarkdownPassContext) -> Bool {
        let document = context.document
        var placed = false
        for block in document.descendants(ofKind: .codeBlock) {
            guard let info = block.fenceInfo, let directive = Directives.parse(info) else { continue }
            let key = "\(directive.kind) \(directive.name)"
            guard let html = directives.html[key] else {
                context.report(.error(context.location(of: block), directives.templates.unusable(directive.kind, directive.name)))
                continue
            }
            guard let replacement = document.makeCustomBlock(onEnter: html, onExit: "") else { continue }
            block.insertBefore(replacement)
            block.remove()
            placed = true
        }
        return placed
    }

    package init(directives: Directives) {
        self.directives = directives
    }
}
