import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// What the team and account layouts see. Every computed figure is HTML — a
/// `<data value="RAW">shown</data>` element people read formatted and tools read
/// exactly — so layouts insert it with triple braces; names are plain text.
/// Words, figures and dates are in the edition's language.
package struct TeamContext {
    package let site: Site
    package let page: Page
    package let team: TeamReport
    private let local: LocalFormat

    package init(site: Site, page: Page, team: TeamReport) {
        self.site = site
        self.page = page
        self.team = team
        local = site.edition.format
    }

    private var messages: Messages { site.edition.messages }

    package func values(for generated: GeneratedPage) -> LayoutFields {
        switch generated {
        case .team: return ["team": teamValues()]
        case .rep(let id): return team.rep(id).map { ["rep": repValues($0)] } ?? [:]
        case .accounts: return ["accounts": accountsValues()]
        case .account(let id): return team.account(id).map { ["account": accountValues($0)] } ?? [:]
        case .tags, .tag: return [:]
        }
    }

    // MARK: Figures

    /// A money figure with the site's currency, in the edition's language.
    private func money(_ value: Double) -> String { Self.figure(value, local.money(value)) }
    private func percent(_ ratio: Double) -> String { Self.figure(ratio, local.percent(ratio)) }

    package static func figure(_ raw: Double, _ shown: String) -> String {
        "<data value=\"\(Format.plain(raw))\">\(shown.htmlEscaped)</data>"
    }
    package static func count(_ value: Double) -> String {
        figure(value, Format.grouped(value, decimals: value == value.rounded() ? 0 : 1))
    }
    package static func decimal(_ value: Double) -> String {
        figure(value, Format.grouped(value, decimals: value == value.rounded() ? 0 : 2))
    }

    private func repURL(_ id: String) -> String { SitePath.relative(from: page.url, to: site.edition.prefix + SitePath.repURL(id)) }
    private func accountURL(_ id: String) -> String { SitePath.relative(from: page.url, to: site.edition.prefix + SitePath.accountURL(id)) }

    /// One period's figures as a table row.
    private func row(_ figures: PeriodFigures) -> LayoutFields {
        var row: LayoutFields = [
            "period": figures.period.name,
            "days": Self.count(Double(figures.period.days)),
            "opportunities": Self.count(figures.opportunities),
            "velocity": money(figures.velocity),
            "expected": money(figures.expectedRevenue),
        ]
        if let metrics = figures.metrics {
            row["conversion_rate"] = percent(metrics.conversionRate)
            row["average_deal"] = money(metrics.averageDeal)
            row["cycle_days"] = Self.count(metrics.cycleDays)
        }
        if let target = figures.target { row["target"] = money(target) }
        if let attainment = figures.attainment {
            row["attainment"] = percent(attainment)
            row["below_target"] = attainment < 1
            let band = site.config.attainmentBands.band(attainment)
            row["band"] = band.rawValue
            let name = band.rawValue.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }
            row["band_" + String(decoding: name, as: UTF8.self)] = true
        }
        if let visits = figures.visits { row["visits"] = Self.count(visits) }
        if let calls = figures.calls { row["calls"] = Self.count(calls) }
        return row
    }

    /// The four metric categories, where the data gives them.
    private func categories(_ figures: PeriodFigures) -> [LayoutFields] {
        var result: [LayoutFields] = [
            ["title": messages["figures.revenue"], "value": money(figures.expectedRevenue), "note": messages["figures.revenue_note"]]
        ]
        // A satisfaction score means little without its scale: `8.3 / 10`.
        let scale = Format.grouped(site.config.satisfactionScale, decimals: 0)
        if let value = figures.customerSatisfaction {
            let shown = messages.text("figures.out_of", ["value": Self.decimal(value), "scale": scale])
            result.append(["title": messages["figures.customer_satisfaction"], "value": shown])
        }
        if let value = figures.employeeSatisfaction {
            let shown = messages.text("figures.out_of", ["value": Self.decimal(value), "scale": scale])
            result.append(["title": messages["figures.employee_satisfaction"], "value": shown])
        }
        if let value = figures.marketShare { result.append(["title": messages["figures.market_share"], "value": percent(value)]) }
        return result
    }

    private func chart(id: String, title: String, _ periods: [PeriodFigures]) -> LayoutFields? {
        let description = periods.map { figures in
            let period = figures.period.name
            let expected = local.money(figures.expectedRevenue)
            guard let target = figures.target else { return messages.text("charts.period", ["period": period, "expected": expected]) }
            return messages.text("charts.period_target", ["period": period, "expected": expected, "target": local.money(target)])
        }.joined(separator: messages["charts.separator"])
        return Charts.bars(
            id: id, title: title, description: description,
            periods.map {
                Charts.Bar(label: $0.period.name, value: $0.expectedRevenue, shown: Format.grouped($0.expectedRevenue), target: $0.target)
            })
    }

    // MARK: Pages

    private func teamValues() -> LayoutFields {
        var values: LayoutFields = ["as_of": local.date(team.asOf), "count": team.reps.count]
        if let last = team.periods.last { values["period"] = last.name }
        values["roster"] = team.reps.map { report -> LayoutFields in
            var entry: LayoutFields = [
                "id": report.rep.id, "name": report.rep.name, "url": repURL(report.rep.id), "is_manager": report.isManager,
            ]
            if let role = report.rep.role { entry["role"] = role }
            if let region = report.rep.region { entry["region"] = region }
            if let manager = report.rep.manager, let boss = team.rep(manager) {
                entry["manager"] = ["id": manager, "name": boss.rep.name, "url": repURL(manager)] as LayoutFields
            }
            if let latest = report.latest { entry["latest"] = row(latest) }
            return entry
        }
        let managers = team.reps.compactMap(\.rep.manager).compactMap { team.rep($0) }
        values["table"] = "roster"
        values["bands"] = bandValues()
        let filters = Self.filters([
            ("role", messages["team.role"], team.reps.compactMap(\.rep.role).map { ($0, $0) }),
            ("manager", messages["team.manager"], managers.map { ($0.rep.id, $0.rep.name) }),
            ("region", messages["team.region"], team.reps.compactMap(\.rep.region).map { ($0, $0) }),
        ])
        values["filters"] = filters
        values["has_filters"] = !filters.isEmpty
        if !team.totals.isEmpty {
            values["totals"] = team.totals.map(row)
            values["chart"] = chart(id: "team-chart", title: messages["charts.team_title"], team.totals)
            values["has_totals"] = true
            if let last = team.totals.last {
                values["categories"] = categories(last)
                values["has_categories"] = true
            }
        }
        return values
    }

    private func repValues(_ report: RepReport) -> LayoutFields {
        let rep = report.rep
        var values: LayoutFields = ["id": rep.id, "name": rep.name]
        if let role = rep.role { values["role"] = role }
        if let region = rep.region { values["region"] = region }
        if let manager = rep.manager, let boss = team.rep(manager) {
            values["manager"] = ["name": boss.rep.name, "url": repURL(manager)] as LayoutFields
        }
        if report.isManager {
            values["reports"] = report.directReports.compactMap { team.rep($0) }.map { ["name": $0.rep.name, "url": repURL($0.rep.id)] }
            values["team_size"] = report.teamSize
            values["is_manager"] = true
            values["team"] = report.team.map(row)
        }
        values["bands"] = bandValues()
        if let latest = report.latest {
            var formula = row(latest)
            formula["velocity_raw"] = Format.plain(latest.velocity)
            values["latest"] = formula
            values["periods"] = report.periods.map(row)
            values["has_periods"] = true
            values["chart"] = chart(id: "rep-chart", title: messages.text("charts.rep_title", ["name": rep.name]), report.periods)
            values["categories"] = categories(latest)
            values["has_categories"] = true
        } else {
            values["no_metrics"] = true
        }
        if let change = report.change, report.periods.count >= 2 {
            let previous = report.periods[report.periods.count - 2].period.name
            var changeValues: LayoutFields = ["from": previous, "to": report.latest?.period.name ?? ""]
            if let ratio = change.velocityRatio { changeValues["velocity"] = Self.figure(ratio, local.change(ratio)) }
            if let mover = change.biggestMover { changeValues["mover"] = messages[mover.messageKey] }
            changeValues["effects"] = GrowthFormula.Factor.allCases.compactMap { factor -> LayoutFields? in
                guard let effect = change.effects[factor] else { return nil }
                // A ratio on velocity: above 1 the factor raised it (a shorter cycle too), below 1 it lowered it.
                let direction = effect > 1.0005 ? "helps" : effect < 0.9995 ? "hurts" : "flat"
                return [
                    "title": messages[factor.messageKey], "effect": Self.figure(effect, local.change(effect)),
                    "is_mover": factor == change.biggestMover, "direction": direction, direction: true,
                ]
            }
            values["change"] = changeValues
        }
        let stages = AccountStage.allCases.map { (label: messages[$0.messageKey], count: report.funnel[$0] ?? 0) }
        values["funnel"] = stages.map { ["stage": $0.label, "count": Self.count(Double($0.count))] }
        values["funnel_chart"] = Charts.funnel(
            id: "rep-funnel", title: messages.text("charts.funnel_title", ["name": rep.name]),
            description: stages.map { messages.text("charts.funnel_stage", ["stage": $0.label, "count": String($0.count)]) }
                .joined(separator: messages["charts.separator"]), stages)
        values["spread"] = report.relationshipSpread.enumerated().map { level, count in
            ["level": level + 1, "name": messages[RelationshipLevel.messageKeys[level]], "count": Self.count(Double(count))] as LayoutFields
        }
        var tiers: [LayoutFields] = []
        for tier in AccountTier.allCases {
            let accounts = report.accounts.map { team.accounts[$0] }.filter { $0.tier == tier }
            if !accounts.isEmpty { tiers.append(["tier": tier.rawValue, "accounts": accounts.map(accountRow)]) }
        }
        if !tiers.isEmpty { values["tiers"] = tiers }
        values["account_count"] = report.accounts.count
        let trends = scorecardTrends(of: rep.id)
        if !trends.isEmpty { values["scorecard_trends"] = trends }
        if let sheets = site.sheetsByRep[rep.id] {
            values["sheets"] = sheets.map { SheetContext.row($0, in: site, from: page) }
            values["has_sheets"] = true
        }
        return values
    }

    private func accountRow(_ report: AccountReport) -> LayoutFields {
        var row: LayoutFields = [
            "id": report.account.id, "name": report.account.name, "url": accountURL(report.account.id),
            "owner": ["id": report.account.owner, "name": report.ownerName, "url": repURL(report.account.owner)] as LayoutFields,
            "tier": report.tier.rawValue, "segment": report.account.segment,
            "revenue": money(report.account.annualRevenue),
            "level": Self.count(Double(report.account.relationshipLevel)),
            "stage": messages[report.account.stage.messageKey], "stage_key": report.account.stage.rawValue,
            "stage_order": AccountStage.allCases.firstIndex(of: report.account.stage) ?? 0,
            "overdue": report.isOverdue,
        ]
        if let region = team.rep(report.account.owner)?.rep.region { row["region"] = region }
        if let visit = report.account.lastVisit {
            row["last_visit"] = visit.description
            row["last_visit_shown"] = local.date(visit)
        }
        if let due = report.nextVisitDue {
            row["next_due"] = due.description
            row["next_due_shown"] = local.date(due)
        }
        if let days = report.daysOverdue { row["days_overdue"] = days }
        return row
    }

    private func accountsValues() -> LayoutFields {
        let rows = team.accounts.map(accountRow)  // each made once, listed by tier and in the whole table
        var tiers: [LayoutFields] = []
        for tier in AccountTier.allCases {
            let indices = team.accounts.indices.filter { team.accounts[$0].tier == tier }
            guard !indices.isEmpty else { continue }
            let accounts = indices.map { team.accounts[$0] }
            var entry: LayoutFields = [
                "tier": tier.rawValue, "count": accounts.count, "accounts": indices.map { rows[$0] },
                "overdue": accounts.filter(\.isOverdue).count,
            ]
            if let days = team.cadence.days[tier] { entry["cadence"] = days }
            tiers.append(entry)
        }
        let owners = team.accounts.map { ($0.account.owner, $0.ownerName) }
        let filters = Self.filters([
            ("owner", messages["account.owner"], owners),
            ("tier", messages["accounts.tier_column"], team.accounts.map { ($0.tier.rawValue, $0.tier.rawValue) }),
            ("stage", messages["account.stage"], AccountStage.allCases.map { ($0.rawValue, messages[$0.messageKey]) }),
            ("region", messages["team.region"], team.accounts.compactMap { team.rep($0.account.owner)?.rep.region }.map { ($0, $0) }),
        ])
        return [
            "tiers": tiers, "count": team.accounts.count, "overdue": team.accounts.filter(\.isOverdue).count,
            "as_of": local.date(team.asOf), "all": rows, "filters": filters, "has_filters": !filters.isEmpty,
            "overdue_filter": team.accounts.contains(where: \.isOverdue), "table": "accounts-table",
        ]
    }

    /// Each scorecard the rep was scored on, over time: the total each time (a line of dots), and each
    /// criterion's scores beside the rep's and the whole team's averages. Drafts are left out.
    private func scorecardTrends(of repID: String) -> [LayoutFields] {
        func scored(_ page: Page) -> FilledForm? {
            guard let form = page.filledForm, form.kind == .scorecard, !page.isDraftSheet else { return nil }
            return form
        }
        let mine = (site.sheetsByRep[repID] ?? []).compactMap { scored(site.pages[$0]) }
        let byTemplate = Dictionary(grouping: mine, by: \.templateName)
        return byTemplate.keys.sorted().compactMap { name -> LayoutFields? in
            guard let card = site.templates.scorecards[name], let sheets = byTemplate[name] else { return nil }
            let ordered = sheets.sorted { ($0.date ?? "", $0.title) < ($1.date ?? "", $1.title) }
            let everyone = site.pages.compactMap(scored).filter { $0.templateName == name }
            let dates = ordered.map { $0.date.flatMap(CalendarDate.init).map(local.date) ?? ($0.date ?? "") }
            let points = zip(ordered, dates).map { sheet, date in
                let total = card.total(sheet.scores)
                return (label: date, value: total, shown: Format.grouped(total, decimals: 0) + " %")
            }
            func average(_ values: [Double]) -> String {
                values.isEmpty ? "" : Self.decimal((values.reduce(0, +) / Double(values.count) * 10).rounded() / 10)
            }
            let criteria = card.criteria.map { criterion -> LayoutFields in
                let own = ordered.compactMap { $0.scores[criterion.id] }.map(Double.init)
                let team = everyone.compactMap { $0.scores[criterion.id] }.map(Double.init)
                return [
                    "label": criterion.label,
                    "scores": ordered.map { sheet -> LayoutFields in
                        sheet.scores[criterion.id].map { ["score": Self.count(Double($0))] } ?? ["score": false]
                    },
                    "average": average(own), "team_average": average(team),
                ]
            }
            let description = points.map { messages.text("charts.trend_point", ["date": $0.label, "total": $0.shown]) }
                .joined(separator: messages["charts.separator"])
            var trend: LayoutFields = [
                "title": card.title, "dates": dates.map { ["date": $0] as LayoutFields }, "criteria": criteria,
                "count": ordered.count, "scale": card.scale.upperBound,
                "totals": points.map { ["total": Self.figure($0.value, $0.shown)] as LayoutFields },
                "chart": false,  // set below; never the rep's own chart, found in the page around it
                "team_total": everyone.isEmpty
                    ? ""
                    : {
                        let mean = everyone.map { card.total($0.scores) }.reduce(0, +) / Double(everyone.count)
                        return Self.figure(mean, Format.grouped(mean, decimals: 0) + " %")
                    }(),
            ]
            if let chart = Charts.trend(
                id: "trend-\(name)", title: messages.text("charts.trend_title", ["title": card.title]), description: description, points)
            {
                trend["chart"] = chart
            }
            return trend
        }
    }

    /// The attainment bands' edges in percent, for the legend under a table.
    private func bandValues() -> LayoutFields {
        let bands = site.config.attainmentBands
        func shown(_ ratio: Double) -> String { local.percent(ratio, decimals: (ratio * 100).rounded() == ratio * 100 ? 0 : 1) }
        return ["watch": shown(bands.watch), "on_target": shown(bands.onTarget)]
    }

    /// The choices of a table's filter bar: each column's values, once each, in the order first met
    /// (stages in their own order); a column with fewer than two values offers no choice.
    private static func filters(_ columns: [(key: String, label: String, values: [(value: String, label: String)])]) -> [LayoutFields] {
        columns.compactMap { column in
            var seen: Set<String> = []
            let options = column.values.filter { seen.insert($0.value).inserted }
            guard options.count > 1 else { return nil }
            let sorted = column.key == "stage" ? options : options.sorted { ($0.label, $0.value) < ($1.label, $1.value) }
            return ["key": column.key, "label": column.label, "options": sorted.map { ["value": $0.value, "label": $0.label] }]
        }
    }

    private func accountValues(_ report: AccountReport) -> LayoutFields {
        var values = accountRow(report)
        values["ladder"] = AccountProgress.ladder(level: report.account.relationshipLevel, messages)
        values["stages"] = AccountProgress.stages(at: report.account.stage, messages)
        if let days = team.cadence.days[report.tier] { values["cadence"] = days }
        values["never_visited"] = report.account.lastVisit == nil
        if let sheets = site.sheetsByAccount[report.account.id] {
            values["sheets"] = sheets.map { SheetContext.row($0, in: site, from: page) }
            values["has_sheets"] = true
        }
        values["as_of"] = local.date(team.asOf)
        return values
    }
}
