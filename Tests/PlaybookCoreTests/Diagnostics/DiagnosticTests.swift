import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct DiagnosticTests {
    let note = Diagnostic.note(SourceLocation(path: "content/a.md", line: 7, column: 8), "required field 'reason' is empty")
    let warning = Diagnostic.warning(SourceLocation(path: "content/a.md", line: 2, column: 1), "broken link")

    /// A note reads like the other severities, and is a `notice` for GitHub.
    @Test func aNoteIsWrittenLikeTheOthers() {
        #expect(note.description == "content/a.md:7:8: note: required field 'reason' is empty")
        #expect(note.githubAnnotation == "::notice file=content/a.md,line=7,col=8::required field 'reason' is empty")
        #expect(warning.githubAnnotation == "::warning file=content/a.md,line=2,col=1::broken link")
        #expect(Diagnostic.Severity.note < .warning && Diagnostic.Severity.warning < .error)
    }

    /// A note is never counted as a problem, and `--strict` leaves it a note.
    @Test func aNoteIsNeitherCountedNorPromoted() {
        let all = [note, warning]
        #expect(!all.hasErrors && all.errorCount == 0 && all.warningCount == 1 && all.noteCount == 1)
        let strict = all.promotingWarnings()
        #expect(strict.map(\.severity) == [.note, .error])
    }
}
