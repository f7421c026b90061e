import PlaybookCore
import PlaybookTestSupport
import Testing

/// Figures and dates as each shipped catalogue writes them.
@Suite struct LocalFormatTests {
    private let english = LocalFormat(messages: Fixtures.messages("en"), currency: "CNY")
    private let chinese = LocalFormat(messages: Fixtures.messages("zh-CN"), currency: "CNY")

    @Test func datesAreWrittenPerLanguage() {
        let date = CalendarDate(year: 2026, month: 11, day: 27)
        #expect(english.date(date) == "27 November 2026")
        #expect(chinese.date(date) == "2026年11月27日")
        #expect(chinese.date("2026-01-05") == "2026年1月5日")
        #expect(english.date("soon") == "soon")
    }

    /// Money carries the currency in both languages: the ISO code in English, the sign in Chinese.
    @Test func moneyShowsTheCurrency() {
        #expect(english.money(1_250_000) == "CNY 1,250,000")
        #expect(chinese.money(1_250_000) == "¥1,250,000")
        #expect(LocalFormat(messages: Fixtures.messages("zh-CN"), currency: "SGD").money(5) == "SGD 5")
        #expect(LocalFormat(messages: Fixtures.messages("en")).money(1234) == "1,234")
    }

    @Test func percentagesFollowTheLanguage() {
        #expect(english.percent(0.253) == "25.3 %")
        #expect(chinese.percent(0.253) == "25.3%")
        #expect(chinese.change(1.12) == "+12.0%")
        #expect(english.change(0.9) == "−10.0 %")
    }
}
