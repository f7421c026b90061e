import PlaybookCore
import PlaybookForms
import PlaybookMustache
import PlaybookSite
import PlaybookTeam

/// Inline SVG charts drawn at build time: no script, no network, printable.
/// Their geometry is worked out here, every coordinate as text with at most
/// one decimal; the theme's `partials/chart-bars` and `partials/chart-funnel`
/// lay the SVG out, with a `<title>` and `<desc>` for screen readers (the page
/// also shows the same figures in a table).
package enum Charts {
    package struct Bar {
        package var label: String
        package var value: Double
        package var shown: String
        package var target: Double?

        package init(label: String, value: Double, shown: String, target: Double? = nil) {
            self.label = label
            self.value = value
            self.shown = shown
            self.target = target
        }
    }

    /// Vertical bars (one per period), with a dashed mark for each bar's target; nil without bars.
    package static func bars(id: String, title: String, description: String, _ bars: [Bar]) -> LayoutFields? {
        guard !bars.isEmpty else { return nil }
        let width = 640.0
        let height = 260.0
        let top = 28.0
        let bottom = 36.0
        let left = 16.0
        let finite = bars.flatMap { [$0.value, $0.target ?? 0] }.filter(\.isFinite)
        let scaleMax = max(finite.max() ?? 0, 1)
        let slot = (width - 2 * left) / Double(bars.count)
        let barWidth = min(90, slot * 0.6)
        var chart = frame(id: id, width: width, height: height, title: title, description: description)
        chart["axis_x1"] = n(left)
        chart["axis_x2"] = n(width - left)
        chart["axis_y"] = n(height - bottom)
        chart["bars"] = bars.enumerated().map { index, bar -> LayoutFields in
            let center = left + slot * (Double(index) + 0.5)
            let barHeight = bar.value.isFinite ? (height - top - bottom) * max(0, bar.value) / scaleMax : 0
            let y = height - bottom - barHeight
            var fields: LayoutFields = [
                "x": n(center - barWidth / 2), "y": n(y), "bar_width": n(barWidth), "bar_height": n(barHeight),
                "center": n(center), "value_y": n(y - 6), "label_y": n(height - bottom + 20), "shown": bar.shown,
                "label": bar.label, "target": false,
            ]
            if let target = bar.target, target > 0 {
                let targetY = height - bottom - (height - top - bottom) * target / scaleMax
                let ty = n(targetY)
                fields["target"] =
                    ["x1": n(center - barWidth / 2 - 8), "y1": ty, "x2": n(center + barWidth / 2 + 8), "y2": ty] as LayoutFields
                // The value (about 12 units tall above its baseline) goes above the target's dash when the dash would cross it.
                if targetY > y - 6 - 14, targetY < y + 2 { fields["value_y"] = n(targetY - 6) }
            }
            return fields
        }
        return chart
    }

    /// Horizontal bars narrowing down the funnel, potential customers to customers; nil without stages.
    package static func funnel(id: String, title: String, description: String, _ stages: [(label: String, count: Int)]) -> LayoutFields? {
        guard !stages.isEmpty else { return nil }
        let width = 640.0
        let row = 34.0
        let labelWidth = 170.0
        let height = row * Double(stages.count) + 8
        let maxCount = Double(max(stages.map(\.count).max() ?? 0, 1))
        var chart = frame(id: id, width: width, height: height, title: title, description: description)
        chart["rows"] = stages.enumerated().map { index, stage -> LayoutFields in
            let y = 4 + row * Double(index)
            let barWidth = (width - labelWidth - 60) * Double(stage.count) / maxCount
            return [
                "index": index, "label": stage.label, "label_x": n(labelWidth - 10), "text_y": n(y + row / 2 + 5),
                "x": n(labelWidth), "y": n(y + 4), "bar_width": n(max(barWidth, 1)), "bar_height": n(row - 10),
                "value_x": n(labelWidth + barWidth + 8), "count": stage.count,
            ]
        }
        return chart
    }

    /// A line of dots across dates on a 0–100 scale (a scorecard's total each time it was scored); nil with fewer than two.
    package static func trend(
        id: String, title: String, description: String, _ points: [(label: String, value: Double, shown: String)]
    )
        -> LayoutFields?
    {
        guard points.count >= 2 else { return nil }
        let width = 640.0
        let height = 200.0
        let top = 26.0
        let bottom = 34.0
        let left = 80.0  // room for a date centred under the first and last dots
        let step = (width - 2 * left) / Double(points.count - 1)
        var chart = frame(id: id, width: width, height: height, title: title, description: description)
        chart["axis_x1"] = n(left - 30)
        chart["axis_x2"] = n(width - left + 30)
        chart["axis_y"] = n(height - bottom)
        var coordinates: [String] = []
        chart["dots"] = points.enumerated().map { index, point -> LayoutFields in
            let x = left + step * Double(index)
            let y = height - bottom - (height - top - bottom) * min(max(point.value, 0), 100) / 100
            coordinates.append("\(n(x)),\(n(y))")
            return [
                "x": n(x), "y": n(y), "value_y": n(y - 9), "label_y": n(height - bottom + 20), "shown": point.shown, "label": point.label,
            ]
        }
        chart["points"] = coordinates.joined(separator: " ")
        return chart
    }

    private static func frame(id: String, width: Double, height: Double, title: String, description: String) -> LayoutFields {
        ["id": id, "width": n(width), "height": n(height), "title": title, "description": description]
    }

    /// A coordinate with at most one decimal, the same on every machine.
    package static func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((min(max(value, -1e9), 1e9) * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
