import PlaybookCore
import PlaybookForms
import PlaybookSite
import PlaybookTeam

/// Inline SVG charts drawn at build time: no script, no network, printable.
/// Each has a `<title>` and `<desc>` for screen readers; the page also shows
/// the same figures in a table.
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

    /// Vertical bars (one per period), with a dashed mark for each bar's target.
    package static func bars(id: String, title: String, description: String, _ bars: [Bar]) -> String {
        guard !bars.isEmpty else { return "" }
        let width = 640.0
        let height = 260.0
        let top = 28.0
        let bottom = 36.0
        let left = 16.0
        let finite = bars.flatMap { [$0.value, $0.target ?? 0] }.filter(\.isFinite)
        let scaleMax = max(finite.max() ?? 0, 1)
        let slot = (width - 2 * left) / Double(bars.count)
        let barWidth = min(90, slot * 0.6)
        var svg = svgOpen(id: id, width: width, height: height, title: title, description: description)
        svg +=
            "<line class=\"chart-axis\" x1=\"\(n(left))\" y1=\"\(n(height - bottom))\" x2=\"\(n(width - left))\" y2=\"\(n(height - bottom))\"/>"
        for (index, bar) in bars.enumerated() {
            let center = left + slot * (Double(index) + 0.5)
            let barHeight = bar.value.isFinite ? (height - top - bottom) * max(0, bar.value) / scaleMax : 0
            let y = height - bottom - barHeight
            svg +=
                "<rect class=\"chart-bar\" x=\"\(n(center - barWidth / 2))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(barHeight))\"/>"
            svg += "<text class=\"chart-value\" x=\"\(n(center))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(bar.shown.htmlEscaped)</text>"
            svg +=
                "<text class=\"chart-label\" x=\"\(n(center))\" y=\"\(n(height - bottom + 20))\" text-anchor=\"middle\">\(bar.label.htmlEscaped)</text>"
            if let target = bar.target, target > 0 {
                let ty = height - bottom - (height - top - bottom) * target / scaleMax
                svg +=
                    "<line class=\"chart-target\" x1=\"\(n(center - barWidth / 2 - 8))\" y1=\"\(n(ty))\" x2=\"\(n(center + barWidth / 2 + 8))\" y2=\"\(n(ty))\"/>"
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal bars narrowing down the funnel, potential customers to customers.
    package static func funnel(id: String, title: String, description: String, _ stages: [(label: String, count: Int)]) -> String {
        guard !stages.isEmpty else { return "" }
        let width = 640.0
        let row = 34.0
        let labelWidth = 170.0
        let height = row * Double(stages.count) + 8
        let maxCount = Double(max(stages.map(\.count).max() ?? 0, 1))
        var svg = svgOpen(id: id, width: width, height: height, title: title, description: description)
        for (index, stage) in stages.enumerated() {
            let y = 4 + row * Double(index)
            let barWidth = (width - labelWidth - 60) * Double(stage.count) / maxCount
            svg +=
                "<text class=\"chart-label\" x=\"\(n(labelWidth - 10))\" y=\"\(n(y + row / 2 + 5))\" text-anchor=\"end\">\(stage.label.htmlEscaped)</text>"
            svg +=
                "<rect class=\"chart-bar chart-funnel-\(index)\" x=\"\(n(labelWidth))\" y=\"\(n(y + 4))\" width=\"\(n(max(barWidth, 1)))\" height=\"\(n(row - 10))\"/>"
            svg += "<text class=\"chart-value\" x=\"\(n(labelWidth + barWidth + 8))\" y=\"\(n(y + row / 2 + 5))\">\(stage.count)</text>"
        }
        return svg + "</svg>"
    }

    private static func svgOpen(id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-title\">\(title.htmlEscaped)</title><desc id=\"\(id)-desc\">\(description.htmlEscaped)</desc>"
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
