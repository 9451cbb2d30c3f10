import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Group compositions: from the built-in reference (urban and rural men, ethnic Russians
/// and others) and from a user's table, with errors that name the row and column.
struct GroupCompositionTests {
    @Test func urbanAndRuralMenAddUpToTheDenominatorOnEveryRegion() throws {
        let table = RussiaReference.table
        let composition = try GroupComposition.urban(table: table)
        #expect(composition.groups == ["urban", "rural"] && composition.regions.count == 85)
        for (code, row) in zip(composition.regions, composition.counts) {
            #expect(row.reduce(0, +) == table.value("men_16_61_2021", for: code), "\(code)")
        }
        #expect(composition.counts.reduce(0) { $0 + $1[0] } == 33_205_407)
        #expect(composition.counts.reduce(0) { $0 + $1.reduce(0, +) } == 44_434_799)
        #expect(composition.counts(for: "RU-MOW")?[1] == 0 && composition.counts(for: "RU-SPE")?[1] == 0)
    }

    @Test func ethnicRussiansFollowTheCohortShareOf2010() throws {
        let table = RussiaReference.table
        let composition = try GroupComposition.ethnicRussian(table: table)
        #expect(composition.regions.count == 83 && !composition.regions.contains("UA-43"))
        let tuva = try #require(composition.counts(for: "RU-TY"))
        let men = table.value("men_16_61_2021", for: "RU-TY")!
        let share = table.value("russian_men_4_50_2010", for: "RU-TY")! / table.value("men_ethnicity_stated_4_50_2010", for: "RU-TY")!
        #expect(isClose(tuva[0], men * share, relative: 1e-15) && isClose(tuva[0] + tuva[1], men, relative: 1e-15))
        // Archangelsk oblast proper: 328,800 Russians of 338,595 men aged 4–50 who stated an ethnicity.
        #expect(table.value("russian_men_4_50_2010", for: "RU-ARK") == 328_800)
        #expect(table.value("men_ethnicity_stated_4_50_2010", for: "RU-ARK") == 338_595)
    }

    func read(_ text: String) throws -> GroupComposition {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("groups.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try GroupCompositionReader.read(path: url.path, resolver: RussiaReference.resolver)
    }

    @Test func readsWideAndLongTables() throws {
        let wide = try read("region,urban_russian,urban_other,rural_russian\nTuva,100,2000,50\nг. Москва,5000,700,0\n")
        #expect(wide.groups == ["urban_russian", "urban_other", "rural_russian"])
        #expect(wide.regions == ["RU-TY", "RU-MOW"] && wide.counts[1] == [5000, 700, 0])
        let long = try read("region,group,count\nTuva,a,10\nTuva,b,20\nRU-MOW,b,5\nRU-MOW,a,7\n")
        #expect(long.groups == ["a", "b"] && long.counts == [[10, 20], [7, 5]])
    }

    @Test(arguments: [
        ("region,a,b\nTuva,10,x\n", "row 1, column 'b': 'x' is not a count"),
        ("region,a,b\nTuva,10,-3\n", "row 1, column 'b': '-3' is not a count"),
        ("region,a,b\nTuva,1,2\nТыва,3,4\n", "row 2: region RU-TY appears a second time"),
        ("region,a,b\nAtlantis,1,2\n", "row 1:"),
        ("region,a\nTuva,1\n", "at least two groups"),
        ("region,group,count\nTuva,a,1\nTuva,b,2\nRU-MOW,a,3\n", "region RU-MOW has no row for group 'b'"),
        ("region,group,count\nTuva,a,1\nTuva,a,2\n", "row 2: region RU-TY has group 'a' a second time"),
        ("region,a,b\nTuva,0,0\n", "region RU-TY has no men in any group"),
    ])
    func errorsNameTheRowAndColumn(_ text: String, _ message: String) {
        #expect { try read(text) } throws: { "\($0)".contains(message) && "\($0)".contains("groups.csv") }
    }
}
