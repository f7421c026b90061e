import CSV
import Foundation
import PlaybookContent
import PlaybookCore

/// Reads `content/_data/accounts.csv`: a header row naming the columns, then an
/// account a row. Each problem is an error at the row's line and the field's column.
package struct AccountsParser {
    package static let required = ["id", "name", "owner", "segment", "annual_revenue", "relationship_level", "stage"]
    package static let optional = ["last_visit"]

    package func parse(_ text: String) -> ([Account], [Diagnostic]) {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            return ([], [.error(SourceLocation(path: SiteLayout.accounts), "cannot read the CSV: \(error)")])
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics: [Diagnostic] = []
        var accounts: [Account] = []
        var header: [String: Int] = [:]
        var line = 1
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.utf8.filter { $0 == 0x0A }.count }
            if row.count == 1 && row[0].trimmingSpaces().isEmpty { continue }  // a blank line
            let columns = Self.fieldColumns(rowLine <= lines.count ? lines[rowLine - 1] : "", count: row.count)
            func at(_ field: Int) -> SourceLocation {
                SourceLocation(path: SiteLayout.accounts, line: rowLine, column: field < columns.count ? columns[field] : 1)
            }
            if header.isEmpty {
                for (index, name) in row.enumerated() {
                    let name = name.trimmingSpaces()
                    if header[name] != nil {
                        diagnostics.append(.error(at(index), "column '\(name)' appears twice"))
                    } else if !Self.required.contains(name) && !Self.optional.contains(name) {
                        diagnostics.append(
                            .warning(
                                at(index), "unknown column '\(name)' (known: \((Self.required + Self.optional).joined(separator: ", ")))"))
                    }
                    header[name] = index
                }
                let missing = Self.required.filter { header[$0] == nil }
                if !missing.isEmpty {
                    diagnostics.append(
                        .error(at(0), "the header row lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"))
                    return (accounts, diagnostics)
                }
                continue
            }
            func field(_ name: String) -> (value: String, location: SourceLocation) {
                guard let index = header[name], index < row.count else { return ("", at(max(0, row.count - 1))) }
                return (row[index].trimmingSpaces(), at(index))
            }
            var problems: [Diagnostic] = []
            let id = field("id")
            let name = field("name")
            let owner = field("owner")
            let segment = field("segment")
            if id.value.isEmpty { problems.append(.error(id.location, "an account needs an 'id'")) }
            if owner.value.isEmpty { problems.append(.error(owner.location, "account '\(id.value)' needs an 'owner' (a rep id)")) }
            let revenue = field("annual_revenue")
            let revenueValue = Double(revenue.value.replacingOccurrences(of: "_", with: ""))
            if !(revenueValue.map { $0.isFinite && $0 >= 0 } ?? false) {
                problems.append(.error(revenue.location, "'annual_revenue' must be a number of at least 0, not '\(revenue.value)'"))
            }
            let level = field("relationship_level")
            let levelValue = Int(level.value)
            if !(levelValue.map { (1...5).contains($0) } ?? false) {
                problems.append(.error(level.location, "'relationship_level' must be a whole number from 1 to 5, not '\(level.value)'"))
            }
            let stage = field("stage")
            let stageValue = AccountStage(rawValue: stage.value.lowercased())
            if stageValue == nil {
                problems.append(
                    .error(
                        stage.location,
                        "unknown stage '\(stage.value)' (known: \(AccountStage.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            var lastVisit: CalendarDate?
            if header["last_visit"] != nil {
                let visit = field("last_visit")
                if !visit.value.isEmpty {
                    lastVisit = CalendarDate(visit.value)
                    if lastVisit == nil {
                        problems.append(.error(visit.location, "'last_visit' must be a date written YYYY-MM-DD, not '\(visit.value)'"))
                    }
                }
            }
            diagnostics += problems
            guard problems.isEmpty, let revenueValue, let levelValue, let stageValue else { continue }
            accounts.append(
                Account(
                    id: id.value, name: name.value.isEmpty ? id.value : name.value, owner: owner.value,
                    segment: segment.value, annualRevenue: revenueValue, relationshipLevel: levelValue,
                    stage: stageValue, lastVisit: lastVisit, location: at(0), ownerLocation: owner.location))
        }
        if header.isEmpty {
            diagnostics.append(.error(SourceLocation(path: SiteLayout.accounts), "accounts.csv is empty: it needs a header row"))
        }
        return (accounts, diagnostics)
    }

    /// The 1-based byte column where each field of a one-line row starts, honouring quotes.
    package static func fieldColumns(_ line: Substring, count: Int) -> [Int] {
        var columns = [1]
        var quoted = false
        for (offset, byte) in line.utf8.enumerated() {
            if byte == 0x22 { quoted.toggle() }
            if byte == 0x2C && !quoted { columns.append(offset + 2) }
        }
        return columns
    }

    package init() {
    }
}
