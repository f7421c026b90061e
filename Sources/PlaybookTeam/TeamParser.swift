import PlaybookContent
import PlaybookCore
import Yams

/// Reads `content/_data/team.yaml`: a `reps:` list. Every figure is checked
/// where it is written: numbers, conversion rates within 0–1, cycles longer
/// than zero days, periods named as `Period` allows.
package struct TeamParser {
    package let reader = YAMLReader(path: SiteLayout.team)

    package static let metricKeys: Set<String> = [
        "opportunities", "conversion_rate", "average_deal", "cycle_days", "visits", "calls",
        "customer_satisfaction", "satisfaction", "employee_satisfaction", "market_share", "share",
    ]

    package func parse(_ text: String) -> ([Rep], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root: Node
        switch reader.compose(text) {
        case .failure(let error): return ([], [error])
        case .success(nil): return ([], [])
        case .success(let node?): root = node
        }
        guard case .success(let pairs) = reader.mapping(root, what: "team.yaml") else {
            return ([], [.error(reader.location(of: root), "team.yaml must be a mapping with a 'reps:' list")])
        }
        var reps: [Rep] = []
        for (key, keyNode, value) in pairs {
            guard key == "reps" else {
                diagnostics.append(.warning(reader.location(of: keyNode), "unknown key '\(key)' in team.yaml (known: reps)"))
                continue
            }
            guard let list = value.sequence else {
                diagnostics.append(reader.mismatch(value, key: "reps", expected: "a list of reps"))
                continue
            }
            for item in list {
                if let rep = parseRep(item, into: &diagnostics) { reps.append(rep) }
            }
        }
        return (reps, diagnostics)
    }

    private func parseRep(_ node: Node, into diagnostics: inout [Diagnostic]) -> Rep? {
        guard case .success(let pairs) = reader.mapping(node, what: "a rep") else {
            diagnostics.append(.error(reader.location(of: node), "each rep must be a mapping with at least 'id' and 'name'"))
            return nil
        }
        var rep = Rep(id: "", name: "", location: reader.location(of: node))
        for (key, keyNode, value) in pairs {
            func text(_ assign: (String) -> Void) {
                switch reader.string(value, key: key) {
                case .success(let string): assign(string)
                case .failure(let error): diagnostics.append(error)
                }
            }
            switch key {
            case "id": text { rep.id = $0 }
            case "name": text { rep.name = $0 }
            case "role": text { rep.role = $0 }
            case "region": text { rep.region = $0 }
            case "manager":
                if value.isTagged(.null) { continue }
                text { rep.manager = $0 }
                rep.managerLocation = reader.location(of: value)
            case "targets": parseTargets(value, into: &rep, diagnostics: &diagnostics)
            case "metrics":
                guard case .success(let periods) = reader.mapping(value, what: "'metrics'") else {
                    diagnostics.append(reader.mismatch(value, key: "metrics", expected: "a mapping of periods, like 2026-Q4: {…}"))
                    continue
                }
                for (periodName, periodKey, figures) in periods {
                    guard let period = Period(periodName) else {
                        diagnostics.append(
                            .error(reader.location(of: periodKey), "period '\(periodName)' must be written \(Period.formats)"))
                        continue
                    }
                    if let metrics = parseMetrics(figures, period: period, into: &diagnostics) { rep.metrics.append(metrics) }
                }
            default:
                diagnostics.append(
                    .warning(
                        reader.location(of: keyNode),
                        "unknown key '\(key)' for a rep (known: id, name, role, manager, region, targets, metrics)"))
            }
        }
        if rep.id.isEmpty {
            diagnostics.append(.error(rep.location, "a rep needs an 'id'"))
            return nil
        }
        if rep.name.isEmpty { rep.name = rep.id }
        rep.metrics.sort { $0.period < $1.period }
        return rep
    }

    /// `targets: {revenue: 100000}` for every period, or `targets: {2026-Q4: {revenue: …}}` per period; both may mix.
    private func parseTargets(_ node: Node, into rep: inout Rep, diagnostics: inout [Diagnostic]) {
        guard case .success(let pairs) = reader.mapping(node, what: "'targets'") else {
            diagnostics.append(reader.mismatch(node, key: "targets", expected: "a mapping, like {revenue: 500000}"))
            return
        }
        for (key, keyNode, value) in pairs {
            if key == "revenue" {
                if let number = number(value, key: "targets.revenue", minimum: 0, into: &diagnostics) { rep.revenueTarget = number }
            } else if Period(key) != nil {
                guard case .success(let inner) = reader.mapping(value, what: "a period's targets") else {
                    diagnostics.append(reader.mismatch(value, key: "targets.\(key)", expected: "a mapping, like {revenue: 500000}"))
                    continue
                }
                for (innerKey, innerKeyNode, innerValue) in inner {
                    if innerKey == "revenue" {
                        if let number = number(innerValue, key: "targets.\(key).revenue", minimum: 0, into: &diagnostics) {
                            rep.periodTargets[key] = number
                        }
                    } else {
                        diagnostics.append(.warning(reader.location(of: innerKeyNode), "unknown target '\(innerKey)' (known: revenue)"))
                    }
                }
            } else {
                diagnostics.append(
                    .warning(
                        reader.location(of: keyNode),
                        "unknown target '\(key)': use 'revenue', or a period (\(Period.formats)) holding one"))
            }
        }
    }

    private func parseMetrics(_ node: Node, period: Period, into diagnostics: inout [Diagnostic]) -> PeriodMetrics? {
        guard case .success(let pairs) = reader.mapping(node, what: "a period's figures") else {
            diagnostics.append(reader.mismatch(node, key: period.name, expected: "a mapping of figures"))
            return nil
        }
        var values: [String: Double] = [:]
        var failed = false
        for (key, keyNode, value) in pairs {
            guard Self.metricKeys.contains(key) else {
                diagnostics.append(
                    .warning(
                        reader.location(of: keyNode),
                        "unknown figure '\(key)' (known: \(Self.metricKeys.sorted().joined(separator: ", ")))"))
                continue
            }
            let label = "\(period.name).\(key)"
            let limits: (Double?, Double?, Bool) =
                switch key {
                case "conversion_rate", "market_share", "share": (0, 1, false)
                case "cycle_days": (0, nil, true)
                default: (0, nil, false)
                }
            guard
                let number = number(value, key: label, minimum: limits.0, maximum: limits.1, excludingMinimum: limits.2, into: &diagnostics)
            else {
                failed = true
                continue
            }
            values[key] = number
        }
        guard let opportunities = values["opportunities"], let conversionRate = values["conversion_rate"],
            let averageDeal = values["average_deal"], let cycleDays = values["cycle_days"]
        else {
            let missing = ["opportunities", "conversion_rate", "average_deal", "cycle_days"].filter { values[$0] == nil }
            if !failed {
                diagnostics.append(
                    .error(
                        reader.location(of: node),
                        "\(period.name) needs the four factors of the growth formula; missing: \(missing.joined(separator: ", "))"))
            }
            return nil
        }
        return PeriodMetrics(
            period: period, opportunities: opportunities, conversionRate: conversionRate,
            averageDeal: averageDeal, cycleDays: cycleDays,
            visits: values["visits"], calls: values["calls"],
            customerSatisfaction: values["customer_satisfaction"] ?? values["satisfaction"],
            employeeSatisfaction: values["employee_satisfaction"],
            marketShare: values["market_share"] ?? values["share"])
    }

    private func number(
        _ node: Node, key: String, minimum: Double? = nil, maximum: Double? = nil, excludingMinimum: Bool = false,
        into diagnostics: inout [Diagnostic]
    ) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any,
            node.isTagged(.int) || node.isTagged(.float), let value = node.float, value.isFinite
        else {
            diagnostics.append(reader.mismatch(node, key: key, expected: "a number"))
            return nil
        }
        if let minimum, excludingMinimum ? value <= minimum : value < minimum {
            let bound = excludingMinimum ? "more than \(Format.plain(minimum))" : "at least \(Format.plain(minimum))"
            diagnostics.append(.error(reader.location(of: node), "'\(key)' must be \(bound), not \(scalar.string)"))
            return nil
        }
        if let maximum, value > maximum {
            diagnostics.append(
                .error(
                    reader.location(of: node),
                    "'\(key)' must be between \(Format.plain(minimum ?? 0)) and \(Format.plain(maximum)), not \(scalar.string)"))
            return nil
        }
        return value
    }

    package init() {
    }
}
