/// The parse stage for team data: `team.yaml` and `accounts.csv`, either of
/// which may be absent.
public enum TeamDataReader {
    public static func read(team: SourceFile?, accounts: SourceFile?) -> (TeamData, [Diagnostic]) {
        var data = TeamData()
        var diagnostics: [Diagnostic] = []
        /// The file's text to `parse`, or its UTF-8 error.
        func read<Rows>(_ file: SourceFile?, _ parse: (String) -> ([Rows], [Diagnostic])) -> [Rows] {
            guard let file else { return [] }
            switch file.text() {
            case .success(let text):
                let (rows, problems) = parse(text)
                diagnostics += problems
                return rows
            case .failure(let error):
                diagnostics.append(error)
                return []
            }
        }
        data.reps = read(team) { TeamParser().parse($0) }
        data.accounts = read(accounts) { AccountsParser().parse($0) }
        return (data, diagnostics)
    }
}
