import PlaybookCore
import PlaybookMustache
import PlaybookRender
import PlaybookTestSupport
import Testing

@Suite struct ChartsTests {
    private func number(_ fields: LayoutFields, _ name: String) -> Double { Double(fields.get(name, as: String.self) ?? "") ?? .nan }

    /// A bar's value is written above its bar, and above its target's dash when the dash is higher: never through it.
    @Test func aValueLabelNeverCrossesItsTargetLine() throws {
        let bars = [
            Charts.Bar(label: "Q1", value: 100, shown: "100", target: 104),  // the dash just above the bar's top
            Charts.Bar(label: "Q2", value: 100, shown: "100", target: 50),  // the dash inside the bar
            Charts.Bar(label: "Q3", value: 80, shown: "80"),
        ]
        let chart = try #require(Charts.bars(id: "c", title: "t", description: "d", bars))
        let drawn = try #require(chart.get("bars", as: [LayoutFields].self))
        #expect(drawn.count == 3)
        for bar in drawn {
            let top = number(bar, "y")
            let label = number(bar, "value_y")
            #expect(label <= top - 6)
            if let target = bar.get("target", as: LayoutFields.self) {
                let dash = number(target, "y1")
                // The label's glyphs stand about 12 units above its baseline: none of them may touch the dash.
                #expect(label <= dash - 4 || label - 12 >= dash + 2, "label at \(label), dash at \(dash)")
            }
        }
    }
}
