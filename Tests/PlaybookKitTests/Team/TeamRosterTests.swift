import PlaybookCore
import PlaybookKit
import Testing

@Suite struct TeamRosterTests {
    static func rep(_ id: String, manager: String? = nil) -> Rep {
        Rep(id: id, name: id.capitalized, manager: manager, location: SourceLocation(path: "content/_data/team.yaml"))
    }

    @Test func managersManageTheirRepsAndTheRepsBelowThem() {
        let roster = TeamRoster([
            Self.rep("boss"), Self.rep("lead", manager: "boss"), Self.rep("rep", manager: "lead"), Self.rep("other"),
        ])
        #expect(roster.manages("lead", "rep"))
        #expect(roster.manages("boss", "rep"))
        #expect(roster.manages("boss", "lead"))
        #expect(!roster.manages("rep", "lead"))
        #expect(!roster.manages("lead", "lead"))
        #expect(!roster.manages("boss", "other"))
        #expect(!roster.manages("boss", "nobody"))
    }

    @Test func aLoopInTheManagersEndsTheSearch() {
        let roster = TeamRoster([Self.rep("a", manager: "b"), Self.rep("b", manager: "a")])
        #expect(roster.manages("b", "a"))
        #expect(!roster.manages("c", "a"))
    }
}
