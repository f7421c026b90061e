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

@Suite struct ConfigParserTests {
    @Test func settings() {
        let (config, problems) = ConfigParser.parse(
            """
            title: Playbook
            language: zh-CN
            base_url: https://example.com/pb
            review_after_days: 90
            markdown: {raw_html: true}
            params: {logo: x.svg}
            """)
        #expect(problems.isEmpty)
        #expect(config.title == "Playbook")
        #expect(config.language == "zh-CN")
        #expect(config.baseURL == "https://example.com/pb/")
        #expect(config.reviewAfterDays == 90)
        #expect(config.markdown.allowRawHTML)
        #expect(config.params.map(\.key) == ["logo"])
    }

    @Test func defaultsWithoutAFile() {
        let (config, problems) = ConfigParser.parse("")
        #expect(problems.isEmpty)
        #expect(config.title == "Sales playbook" && config.baseURL == nil && !config.markdown.allowRawHTML)
    }

    @Test func mistakes() {
        let (_, problems) = ConfigParser.parse(
            """
            titel: typo
            base_url: /relative
            markdown: {raw_html: maybe, smart: true}
            review_after_days: 0
            """)
        #expect(
            problems.lines == [
                "playbook.yaml:1:1: warning: unknown setting 'titel' (known: title, description, language, languages, currency, base_url, "
                    + "markdown, review_after_days, visit_cadence, as_of, params)",
                "playbook.yaml:2:11: error: 'base_url' must be an absolute http(s) URL, like https://example.com/playbook/",
                "playbook.yaml:3:22: error: 'markdown.raw_html' must be true or false, not 'maybe'",
                "playbook.yaml:3:29: warning: unknown setting 'markdown.smart' (known: raw_html)",
                "playbook.yaml:4:20: error: 'review_after_days' must be more than 0",
            ])
    }
}
