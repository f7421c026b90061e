import PlaybookContent
import PlaybookCore

/// The parse stage for team data: `team.yaml` and `accounts.csv`, either of
/// which may be absent.
public enum TeamDataReader {
    public static func read(team: SourceFile?, accounts: SourceFile?) -> (TeamData, [Diagnostic]) {
        // Independent files, each a large part of the build's serial work for a big team: read at once.
        let (reps, rows) = concurrently({ read(team) { TeamParser().parse($0) } }, { read(accounts) { AccountsParser().parse($0) } })
        var data = TeamData()
        data.reps = reps.rows
        data.accounts = rows.rows
        return (data, reps.diagnostics + rows.diagnostics)
    }

    /// The file's text through `parse`, or its UTF-8 error.
    private static func read<Row>(
        _ file: SourceFile?, _ parse: (String) -> ([Row], [Diagnostic])
    ) -> (rows: [Row], diagnostics: [Diagnostic]) {
        guard let file else { return ([], []) }
        switch file.text() {
        case .success(let text): return parse(text)
        case .failure(let error): return ([], [error])
        }
    }
}
