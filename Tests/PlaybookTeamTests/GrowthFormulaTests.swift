import PlaybookContent
import PlaybookCore
import PlaybookForms
import PlaybookKit
import PlaybookMarkdown
import PlaybookOutput
import PlaybookRender
import PlaybookSite
import PlaybookTeam
import PlaybookTestSupport
import Testing

@Suite struct GrowthFormulaTests {
    private func metrics(
        _ period: String = "2026-Q4", _ opportunities: Double = 40, _ conversion: Double = 0.25,
        _ deal: Double = 60000, _ cycle: Double = 90
    ) -> PeriodMetrics {
        PeriodMetrics(
            period: Period(period)!, opportunities: opportunities, conversionRate: conversion, averageDeal: deal, cycleDays: cycle)
    }

    @Test func velocityExpectedRevenueAndAttainment() {
        let m = metrics()
        #expect(abs(GrowthFormula.velocity(m) - 40 * 0.25 * 60000 / 90) < 1e-9)
        #expect(abs(GrowthFormula.expectedRevenue(m) - 40 * 0.25 * 60000 / 90 * 92) < 1e-6)  // Q4 has 92 days
        #expect(GrowthFormula.attainment(expected: 500, target: 1000) == 0.5)
        #expect(GrowthFormula.attainment(expected: 500, target: nil) == nil)
        #expect(GrowthFormula.attainment(expected: 500, target: 0) == nil)
    }

    @Test func changeNamesTheFactorThatMovedMost() {
        let change = GrowthFormula.change(from: metrics("2026-Q3", 40, 0.25, 60000, 90), to: metrics("2026-Q4", 44, 0.25, 60000, 60))
        #expect(change.effects[.opportunities] == 1.1)
        #expect(change.effects[.cycle] == 1.5)  // a cycle of 60 days instead of 90 raises velocity by half
        #expect(change.effects[.conversionRate] == 1)
        #expect(change.biggestMover == .cycle)
        #expect(abs(change.velocityRatio! - 1.1 * 1.5) < 1e-9)
    }

    @Test func aFallCountsAsMuchAsARise() {
        // Halving conversion (×0.5) moves velocity more than +60 % opportunities (×1.6).
        let change = GrowthFormula.change(from: metrics(), to: metrics("2026-Q4", 64, 0.125))
        #expect(change.biggestMover == .conversionRate)
    }

    @Test func nothingMovedAndZeroBefore() {
        #expect(GrowthFormula.change(from: metrics(), to: metrics()).biggestMover == nil)
        let fromZero = GrowthFormula.change(from: metrics("2026-Q3", 0), to: metrics())
        #expect(fromZero.effects[.opportunities] == nil)
        #expect(fromZero.velocityRatio == nil)
    }
}

@Suite struct PeriodTests {
    @Test func namesAndDays() {
        #expect(Period("2026-Q4")?.days == 92)
        #expect(Period("2026-Q1")?.days == 90)
        #expect(Period("2024-Q1")?.days == 91)  // leap year
        #expect(Period("2026-H1")?.days == 181)
        #expect(Period("2026-H2")?.days == 184)
        #expect(Period("2026-02")?.days == 28)
        #expect(Period("2026")?.days == 365)
        #expect(Period("2024")?.days == 366)
        for bad in ["2026-Q5", "Q4-2026", "2026-13", "2026-W05", "26-Q1", "2026-Q4-1", ""] {
            #expect(Period(bad) == nil, "\(bad)")
        }
    }

    @Test func ordering() {
        let sorted = ["2026-Q4", "2026", "2026-01", "2025-H2", "2026-Q1"].compactMap(Period.init).sorted().map(\.name)
        #expect(sorted == ["2025-H2", "2026-01", "2026-Q1", "2026", "2026-Q4"])
    }
}

@Suite struct FormatTests {
    @Test func numbers() {
        #expect(Format.plain(1_500_000) == "1500000")
        #expect(Format.plain(0.25) == "0.25")
        #expect(Format.grouped(1_234_567) == "1,234,567")
        #expect(Format.grouped(999) == "999")
        #expect(Format.grouped(1234.567, decimals: 2) == "1,234.57")
        #expect(Format.grouped(-1234) == "-1,234")
        #expect(Format.percent(0.253) == "25.3 %")
        #expect(Format.change(1.12) == "+12.0 %")
        #expect(Format.change(0.8) == "−20.0 %")
        #expect(Format.change(1) == "0.0 %")
    }
}
