import Foundation
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

@Suite struct TeamPagesTests {
    static let team = """
        reps:
          - id: boss
            name: Big <Boss>
            role: Manager
            targets: {revenue: 10000}
            metrics:
              2026-Q3: {opportunities: 10, conversion_rate: 0.5, average_deal: 100, cycle_days: 10}
              2026-Q4: {opportunities: 20, conversion_rate: 0.5, average_deal: 100, cycle_days: 10, market_share: 0.25}
          - id: ann
            name: Ann
            manager: boss
        """
    static let accounts = """
        id,name,owner,segment,annual_revenue,relationship_level,stage,last_visit
        big,Big Co,ann,enterprise,5000,4,customer,2026-11-01
        small,Small Co,ann,smb,10,1,lead,
        """

    private func site() throws -> TemporarySite {
        try TemporarySite([
            "playbook.yaml": "as_of: 2026-11-27\nvisit_cadence: {A: 30, C: 10}\n",
            "content/_index.md": "# Home\n\nSee [the team](team/) and [accounts](accounts/).\n",
            "content/_data/team.yaml": Self.team,
            "content/_data/accounts.csv": Self.accounts,
        ])
    }

    @Test func pagesForTheTeamEachRepTheAccountsAndEachAccount() throws {
        let site = try site()
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.diagnostics.lines == [])
        for page in [
            "team/index.html", "team/boss/index.html", "team/ann/index.html", "accounts/index.html",
            "accounts/big/index.html", "accounts/small/index.html",
        ] {
            #expect(site.read(page) != nil, "\(page)")
        }
        let boss = try #require(site.read("team/boss/index.html"))
        // 20 × 0.5 × 100 / 10 = 100 a day; × 92 days = 9,200 against 10,000.
        #expect(boss.contains("<data value=\"100\">100</data>"))
        #expect(boss.contains("<data value=\"9200\">9,200</data>"))
        #expect(boss.contains("<data value=\"0.92\">92.0 %</data>"))
        #expect(boss.contains("Big &lt;Boss&gt;"))
        #expect(!boss.contains("Big <Boss>"))
        #expect(boss.contains("the factor that moved it most: <strong>Opportunities</strong>"))
        #expect(boss.contains("<svg class=\"chart\""))
        #expect(boss.contains("<title id=\"rep-chart-title\">Big &lt;Boss&gt;: forecast revenue by period</title>"))
        #expect(boss.contains("Team (2 people)"))
        #expect(boss.contains("<data value=\"0.25\">25.0 %</data>"))  // market share among the four categories

        let ann = try #require(site.read("team/ann/index.html"))
        #expect(ann.contains("No figures for this rep yet"))
        #expect(ann.contains("<a href=\"../../accounts/big/index.html\">Big Co</a>"))

        let big = try #require(site.read("accounts/big/index.html"))
        #expect(big.contains("Tier A"))
        #expect(
            big.contains(
                "<li class=\"current\" aria-current=\"step\"><span class=\"step-name\">Contributes to the customer&#39;s business issues</span> <span class=\"current-mark\">Current level</span></li>"
            ))
        #expect(!big.contains("badge-overdue"))  // 26 days, cadence 30
        let small = try #require(site.read("accounts/small/index.html"))
        // Two accounts: ranks 0 and 1 → ⌊5·1/2⌋ = 2, so the second is tier C.
        #expect(small.contains("Tier C") && small.contains("none recorded") && small.contains("overdue on 27 November 2026"))

        let accounts = try #require(site.read("accounts/index.html"))
        #expect(accounts.contains("2 accounts") && accounts.contains("1 have a visit overdue"))
        let home = try #require(site.read("index.html"))
        #expect(home.contains("<a href=\"team/index.html\">Team</a>"))  // in the sidebar
    }

    @Test func badTeamDataStopsTheBuildAndKeepsTheOldSite() throws {
        let site = try site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = snapshot(site.output)
        try site.write("content/_data/accounts.csv", Self.accounts + "\nbig,Again,ann,smb,1,1,lead,\n")
        try site.write("content/_data/team.yaml", Self.team.replacingOccurrences(of: "manager: boss", with: "manager: nobody"))
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/_data/accounts.csv:4:1: error: duplicate account id 'big' (first at line 2)",
                "content/_data/team.yaml:11:14: error: unknown manager 'nobody': no rep has that id",
            ])
        #expect(snapshot(site.output) == before)
        try site.write("content/_data/team.yaml", "reps: [\n")
        #expect(
            site.build().diagnostics.lines.contains(
                "content/_data/team.yaml:2:1: error: invalid YAML: did not find expected node content (while parsing a flow node)"))
    }

    @Test func aContentPageCannotTakeAGeneratedURL() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.write("content/team.md", "# Our team\n")
        let report = site.build()
        #expect(
            report.diagnostics.lines == [
                "content/team.md:1:1: error: two files claim the output 'team/index.html': content/_data/team.yaml (the page team/) and content/team.md; rename or move one"
            ])
    }

    @Test func configForCadenceAndDate() {
        let (config, problems) = ConfigParser.parse("as_of: 2026-11-27\nvisit_cadence: {A: 14, F: 3, B: 0}\n")
        #expect(config.asOf == CalendarDate("2026-11-27"))
        #expect(config.visitCadence.days == [.A: 14])
        #expect(
            problems.lines == [
                "playbook.yaml:2:24: error: unknown tier 'F' (tiers are A, B, C, D, E)",
                "playbook.yaml:2:33: error: 'visit_cadence.B' must be more than 0 days",
            ])
    }

    /// A Chinese site's team and account pages speak Chinese, figures and
    /// dates included: no English interface string is left on them.
    @Test func aChineseSitesTeamPagesAreInChinese() throws {
        let site = try TemporarySite([
            "playbook.yaml": "title: 销售手册\nlanguage: zh-CN\ncurrency: CNY\nas_of: 2026-11-27\n",
            "content/_index.md": "# 首页\n\n正文。\n",
            "content/_data/team.yaml": Self.team.replacingOccurrences(of: "role: Manager", with: "role: 销售经理"),
            "content/_data/accounts.csv": Self.accounts,
        ])
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(report.diagnostics.lines == [])
        let pages = [
            "team/index.html": ["销售团队", "团队成员（2026-Q4）", "预测业绩", "达成率", "<data value=\"9200\">¥9,200</data>", "团队合计", "团队各期预测业绩"],
            "team/boss/index.html": [
                "业绩增长公式（2026-Q4）", "商机数", "转化率", "客单价", "销售周期（天）", "业绩速度（每日）", "<data value=\"0.92\">92.0%</data>",
                "与2026-Q3相比的变化", "客户漏斗与客户关系", "潜在客户", "直属下级：", "Big &lt;Boss&gt;：各期预测业绩", "四类指标", "市场份额",
            ],
            "team/ann/index.html": ["直属上级", "还没有业绩数据", "A 类客户", "关系层次", "逾期未拜访", "帮助客户解决业务问题", "线索"],
            "accounts/index.html": [
                "共 2 个客户", "截至 2026年11月27日", "<time datetime=\"2026-11-01\">2026年11月1日</time>", "上次拜访", "行业", "下次拜访", "全部客户",
                "筛选表格",
            ],
            "accounts/big/index.html": [
                "客户分级", "每 30 天拜访一次", "客户关系层次：第 <data value=\"4\">4</data> 层", "所处阶段", "<data value=\"5000\">¥5,000</data>",
            ],
        ]
        let english = Fixtures.messages("en")
        let interface = english.keys.filter { key in
            ["rep.", "team.", "account.", "accounts.", "figures.", "stage.", "ladder.", "pages.", "charts.", "sheets."].contains {
                key.hasPrefix($0)
            }
        }
        for (path, chinese) in pages {
            let html = try #require(site.read(path), "\(path)")
            for text in chinese { #expect(html.contains(text), "\(path): \(text)") }
            let shown = html.replacing(/\s(?:class|id|href|data-[a-z-]+)="[^"]*"/, with: "")  // class names and data are not shown
            for key in interface {
                // The fixed part of each English string, before any field it names.
                let fixed = String(english[key].prefix { $0 != "{" }).trimmingCharacters(in: .whitespaces)
                guard fixed.count >= 4 else { continue }
                #expect(!shown.contains(fixed) && !shown.contains(fixed.htmlEscaped), "\(path) shows '\(fixed)' (\(key))")
            }
        }
    }
}
