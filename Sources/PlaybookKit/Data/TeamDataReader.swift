/// The parse stage for team data: `team.yaml` and `accounts.csv`, either of
/// which may be absent.
public enum TeamDataReader {
    public static func read(team: SourceFile?, accounts: SourceFile?) -> (TeamData, [Diagnostic]) {
        var data = TeamData()
        var diagnostics: [Diagnostic] = []
        if let team {
            switch team.text() {
            case .success(let text):
                let (reps, problems) = TeamParser().parse(text)
                data.reps = reps
                diagnostics += problems
            case .failure(let error): diagnostics.append(error)
            }
        }
        if let accounts {
            switch accounts.text() {
            case .success(let text):
                let (rows, problems) = AccountsParser().parse(text)
                data.accounts = rows
                diagnostics += problems
            case .failure(let error): diagnostics.append(error)
            }
        }
        return (data, diagnostics)
    }
}
