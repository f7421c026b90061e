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

    @Test func aTrendIsALineOfDotsOnAHundredPointScale() throws {
        #expect(Charts.trend(id: "t", title: "t", description: "d", [("1 Oct", 50, "50 %")]) == nil)
        let chart = try #require(
            Charts.trend(id: "t", title: "t", description: "d", [("1 Oct", 0, "0 %"), ("2 Oct", 100, "100 %"), ("3 Oct", 50, "50 %")]))
        let dots = try #require(chart.get("dots", as: [LayoutFields].self))
        #expect(dots.map { number($0, "x") } == [80, 320, 560])
        #expect(dots.map { number($0, "y") } == [166, 26, 96])
        #expect(chart.get("points", as: String.self) == "80,166 320,26 560,96")
    }
}
