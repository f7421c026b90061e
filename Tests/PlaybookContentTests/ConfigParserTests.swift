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
        #expect(config.markdown.rawHTML == .keep)
        #expect(config.params.map(\.key) == ["logo"])
    }

    @Test func defaultsWithoutAFile() {
        let (config, problems) = ConfigParser.parse("")
        #expect(problems.isEmpty)
        #expect(config.title == "Sales playbook" && config.baseURL == nil && config.markdown.rawHTML == .safe)
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
                "playbook.yaml:1:1: warning: unknown setting 'titel' (known: title, description, language, languages, currency, repository, base_url, "
                    + "markdown, review_after_days, visit_cadence, attainment_bands, satisfaction_scale, as_of, params)",
                "playbook.yaml:2:11: error: 'base_url' must be an absolute http(s) URL, like https://example.com/playbook/",
                "playbook.yaml:3:22: error: 'markdown.raw_html' must be safe, true or false, not 'maybe'",
                "playbook.yaml:3:29: warning: unknown setting 'markdown.smart' (known: raw_html)",
                "playbook.yaml:4:20: error: 'review_after_days' must be more than 0",
            ])
    }

    @Test func attainmentBandsInPercent() {
        let (config, problems) = ConfigParser.parse("attainment_bands: {watch: 85, on_target: 100}\nsatisfaction_scale: 5\n")
        #expect(problems.isEmpty)
        #expect(config.attainmentBands == AttainmentBands(watch: 0.85, onTarget: 1.0))
        #expect(config.satisfactionScale == 5)
        #expect(
            ConfigParser.parse("satisfaction_scale: 0\n").1.lines == [
                "playbook.yaml:1:21: error: 'satisfaction_scale' must be more than 0, like 10 or 5"
            ])
        let (_, wrong) = ConfigParser.parse("attainment_bands: {watch: 100, on_target: 90, top: 1}\n")
        #expect(
            wrong.lines == [
                "playbook.yaml:1:47: error: unknown band 'top' (bands are watch and on_target)",
                "playbook.yaml:1:27: error: 'attainment_bands.watch' must be more than 0 and less than 'on_target' (in percent, like 90 and 100)",
            ])
    }

    @Test func rawHTMLTakesSafeTrueOrFalse() {
        for (written, mode) in [("safe", MarkdownOptions.RawHTML.safe), ("true", .keep), ("false", .drop), ("yes", .keep)] {
            let (config, problems) = ConfigParser.parse("markdown:\n  raw_html: \(written)\n")
            #expect(problems.isEmpty && config.markdown.rawHTML == mode, "\(written)")
        }
        let (_, problems) = ConfigParser.parse("markdown:\n  raw_html: \"sanitize\"\n")
        #expect(problems.lines == ["playbook.yaml:2:13: error: 'markdown.raw_html' must be safe, true or false, not 'sanitize'"])
    }

    @Test func languagesTextsPerLanguageAndCurrency() {
        let (config, problems) = ConfigParser.parse(
            """
            title: {zh-CN: 销售手册, en: Sales playbook}
            description: 一句话
            languages: [zh-CN, en]
            currency: CNY
            """)
        #expect(problems.isEmpty)
        #expect(config.languages == ["zh-CN", "en"] && config.language == "zh-CN")
        #expect(config.title == "销售手册" && config.localized(to: "en").title == "Sales playbook")
        #expect(config.localized(to: "en").description == "一句话")
        #expect(config.currency == "CNY")
        #expect(config.urlPrefix(of: "zh-CN") == "" && config.urlPrefix(of: "en") == "en/")
    }

    @Test func languageMistakes() {
        let (config, problems) = ConfigParser.parse(
            """
            language: en
            languages: [zh-CN, en]
            title: {zh-CN: 手册, fr: Manuel}
            currency: yuan
            """)
        #expect(
            problems.lines == [
                "playbook.yaml:4:11: error: 'currency' is a three-letter ISO 4217 code, like CNY or USD",
                "playbook.yaml:1:11: error: 'language' is en but 'languages' starts with zh-CN: keep one of them "
                    + "(the first of 'languages' is the default)",
                "playbook.yaml:1:1: warning: 'title' has a text for 'fr', which 'languages' does not list",
            ])
        #expect(config.languages == ["zh-CN", "en"])
        let (_, listed) = ConfigParser.parse("languages: [zh-CN, zh-CN, Chinese]\n")
        #expect(
            listed.lines == [
                "playbook.yaml:1:12: error: 'zh-CN' is listed twice in 'languages'",
                "playbook.yaml:1:12: error: 'Chinese' is not a language tag, like zh-CN or en",
            ])
    }

    @Test func aRepositoryForEditingOnTheGitHost() {
        let (config, problems) = ConfigParser.parse(
            "repository: {url: https://github.com/acme/playbook, branch: trunk, folder: docs/playbook}\n")
        #expect(problems.isEmpty)
        #expect(config.repository == Repository(url: "https://github.com/acme/playbook", branch: "trunk", folder: "docs/playbook"))
        let (_, mistakes) = ConfigParser.parse(
            "repository: {url: 'git@github.com:acme/x.git', host: bitbucket, folder: ../up, colour: red}\n")
        #expect(
            mistakes.lines == [
                "playbook.yaml:1:19: error: 'repository.url' must be the repository's http(s) web address",
                "playbook.yaml:1:54: error: 'repository.host' is one of github, gitea, gitlab, not 'bitbucket'",
                "playbook.yaml:1:73: error: 'repository.folder' is a folder inside the repository, like docs/playbook",
                "playbook.yaml:1:80: warning: unknown setting 'repository.colour' (known: url, branch, host, folder)",
            ])
        #expect(ConfigParser.parse("repository: {branch: main}\n").1.lines == ["playbook.yaml:1:13: error: 'repository' needs a 'url'"])
    }
}
