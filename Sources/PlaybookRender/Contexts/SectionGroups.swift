import PlaybookCore
import PlaybookSite

/// How the home page and the sidebar group the top-level sections: first the
/// playbook's own sections (the processes, in weight order, numbered on the
/// home page), then, apart, what the team keeps in it: the team, the accounts,
/// the folders of filled sheets (visit plans, scorecards) and the tags.
package enum SectionGroups {
    /// The top-level sections (indices into `site.sections`), split into the two groups.
    package static func split(_ site: Site) -> (processes: [Int], records: [Int]) {
        var processes: [Int] = []
        var records: [(rank: Int, section: Int)] = []
        for section in site.sections[0].subsections {
            if let rank = recordRank(section, in: site) {
                records.append((rank, section))
            } else {
                processes.append(section)
            }
        }
        // Stable: sections of one rank (two folders of sheets) keep their reading order.
        let ordered = records.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
        return (processes, ordered.map(\.element.section))
    }

    /// Where a record section goes in the second group (team, accounts, sheets, tags), or nil for a
    /// section of the playbook itself.
    package static func recordRank(_ index: Int, in site: Site) -> Int? {
        let section = site.sections[index]
        switch site.pages[section.landing].generated {
        case .team?: return 0
        case .accounts?: return 1
        case .tags?: return 3
        default: break
        }
        let path = SiteLayout.content + section.folder + "/"
        if path == SiteLayout.visitPlans || path == SiteLayout.scorecardSheets { return 2 }
        // Any other folder holding nothing but filled sheets.
        let sheetsOnly =
            !section.pages.isEmpty && section.subsections.isEmpty
            && section.pages.allSatisfy { site.pages[$0].filledForm != nil }
        return sheetsOnly ? 2 : nil
    }

    /// Whether the sidebar lists a record section's pages when the reader is in it: reps and
    /// accounts yes (in blocks, as any section), tags never (the tags page lists them).
    package static func listsPages(_ index: Int, in site: Site) -> Bool {
        site.pages[site.sections[index].landing].generated != .tags
    }
}
