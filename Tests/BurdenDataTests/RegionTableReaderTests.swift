@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct RegionTableReaderTests {
    private func file(_ text: String, _ name: String = "regions.csv") throws -> (TemporaryFolder, String) {
        try TemporaryFolder.holding(text, named: name)
    }

    /// A ten-region country of the tests' own making.
    static let tenRegions = """
        code,name,aliases,population,adults,poverty_pct,urban_pct
        XX-01,North,Nord|Norte,120000,80000,12.5,60
        XX-02,South,Sud,80000,50000,22.0,35
        XX-03,East,,50000,30000,18.0,40
        XX-04,West,,150000,95000,9.5,80
        XX-05,Capital,Metro|The City,900000,600000,5.0,100
        XX-06,Hills,,30000,19000,25.5,20
        XX-07,Coast,,70000,45000,14.0,55
        XX-08,Lakes,,40000,26000,16.5,45
        XX-09,Plains,,60000,38000,20.0,30
        XX-10,Islands,,10000,6000,,50

        """

    @Test func aUserTableGivesRegionsColumnsAndSpellings() throws {
        let (folder, path) = try file(Self.tenRegions)
        let (table, resolver) = try RegionTableReader.read(path: path)
        #expect(table.regions.count == 10 && table.defaultDenominator == "population")
        #expect(table.columns.map(\.name) == ["population", "adults", "poverty_pct", "urban_pct"])
        #expect(table.value("poverty_pct", for: "XX-10") == nil)
        #expect(table.value("adults", for: "XX-05") == 600_000)
        #expect(try resolver.resolve("The City").code == "XX-05")
        #expect(try resolver.resolve("norte").code == "XX-01")
        #expect(try resolver.resolve("XX-03").code == "XX-03")
        #expect(throws: DataError.self) { try resolver.resolve("Tuva") }
        _ = folder
    }

    @Test("a broken user table is rejected with the row and column named", arguments: [
        ("code,name,population\nA,One,1\n,Two,2\n", "row 2 has no code"),
        ("code,name,population\nA,One,1\nA,Two,2\n", "row 2 repeats the code 'A' of row 1"),
        ("code,name,population\nA,One,-5\n", "row 1 ('A'), column 'population': a population cannot be negative (-5)"),
        ("code,name,population,income\nA,One,5,lots\n", "row 1 ('A'), column 'income': 'lots' is not a number"),
        ("code,name,people\nA,One,5\n", "no population column 'population'"),
        ("name,population\nOne,5\n", "no 'code' column"),
        ("code,name,population\nA,One\n", "row 1 has 2 fields, the header 3"),
        ("code,name,population\nA,,5\n", "row 1 ('A') has no name"),
    ])
    func brokenTablesNameTheProblem(text: String, message: String) throws {
        let (folder, path) = try file(text)
        #expect {
            try RegionTableReader.read(path: path)
        } throws: { error in
            "\(error)".contains(message)
        }
        _ = folder
    }

    @Test func countsTablesResolveRegionsAndSkipTotals() throws {
        let (folder, path) = try file("region,deaths,period\nTuva,10,2023\nТыва,3,2024\n,4,2023\nRussia,17,2023\n", "counts.csv")
        let counts = try CountsTableReader.read(path: path, resolver: RussiaReference.resolver)
        #expect(counts.rows.map(\.regionCode) == ["RU-TY", "RU-TY", nil])
        #expect(counts.rows.map(\.deaths) == [10, 3, 4])
        #expect(counts.skippedTotals == ["Russia"] && counts.hasPeriod && !counts.hasGroup)
        _ = folder
    }

    @Test("a counts table none of whose rows can be used is an error naming them", arguments: [
        ("region,deaths\nTuva,ten\n", "row 1 (line 2): column 'deaths': (3 bytes of text) is not a whole number"),
        ("region,deaths\nTuva,-1\n", "row 1 (line 2): column 'deaths': '-1'"),
        ("region,deaths\nAtlantis,1\n", "row 1 (line 2): unknown region \"Atlantis\""),
        ("place,deaths\nAtlantis,1\n", "no region column among 'place', 'deaths'"),
        ("region,note\nTuva,many\n", "no count column among 'region', 'note'"),
    ])
    func brokenCountsNameTheRow(text: String, message: String) throws {
        let (folder, path) = try file(text, "counts.csv")
        #expect {
            try CountsTableReader.read(path: path, resolver: RussiaReference.resolver)
        } throws: { error in
            "\(error)".contains(message)
        }
        _ = folder
    }

    /// Counts as the press publishes them: other names for the columns, any spelling of
    /// the regions, grouped thousands, a date column; the rows that cannot be used are
    /// listed and the others read.
    @Test func publishedCountsAreReadAndTheRowsThatCannotBeUsedListed() throws {
        let (folder, path) = try file(
            """
            Субъект РФ,Погибшие,Дата
            Республика Тыва,"1 234",2023-04-12
            г. Москва,"1,021",2023-04-12
            Atlantis,5,2023-04-12
            Tuva,2.5,2023-04-12
            Тыва,3,2023-04-12
            Российская Федерация,20000,2023-04-12
            Bashkortostan,17

            """, "counts.csv")
        let counts = try CountsTableReader.read(path: path, resolver: RussiaReference.resolver)
        #expect(counts.layout == .regional && counts.hasPeriod && !counts.hasGroup)
        #expect(counts.rows.map(\.regionCode) == ["RU-TY", "RU-MOW"])
        #expect(counts.rows.map(\.deaths) == [1234, 1021] && counts.rows.map(\.period) == ["2023-04-12", "2023-04-12"])
        #expect(counts.skippedTotals == ["Российская Федерация"])
        #expect(counts.unusedRows.map(\.row) == [3, 4, 5, 7])
        #expect(counts.unusedRows[0].description.hasPrefix("row 3 (line 4): unknown region \"Atlantis\""))
        #expect(counts.unusedRows[1].description == "row 4 (line 5): column 'Погибшие': '2.5' is not a whole number from 0 to 10^9")
        #expect(counts.unusedRows[2].description == "row 5 (line 6): repeats the region, period and group of row 1")
        #expect(counts.unusedRows[3].description == "row 7 (line 8): 2 fields, the header has 3")
        _ = folder
    }

    @Test func aRegionColumnIsFoundByItsValuesAndTheCountColumnByElimination() throws {
        let (folder, path) = try file("where,how many\nTuva,10\nBuryatia,7\n", "counts.csv")
        let counts = try CountsTableReader.read(path: path, resolver: RussiaReference.resolver)
        #expect(counts.rows.map(\.regionCode) == ["RU-TY", "RU-BU"] && counts.rows.map(\.deaths) == [10, 7])
        #expect(counts.unusedRows.isEmpty && !counts.hasPeriod)
        _ = folder
    }

    @Test("published counts", arguments: [
        ("0", 0), ("17", 17), ("1 234", 1234), ("1,234", 1234), ("12\u{00A0}345\u{00A0}678", 12_345_678), ("1000000000", 1_000_000_000),
    ])
    func publishedCountsAreWholeNumbers(text: String, value: Int) {
        #expect(CountsTableReader.publishedCount(text) == value)
    }

    @Test("not published counts", arguments: [
        "", "-1", "+5", "2.5", "1e3", "0x10", "1,5", "12,34", "1 2345", "1,234 567", "1000000001", "99999999999999999999", "NaN", "12 ",
    ])
    func otherTextIsNotACount(text: String) {
        #expect(CountsTableReader.publishedCount(text) == nil)
    }

    /// Counts by date and category: each category mapped to a unit type, a category the
    /// mapping does not know counted as other with a warning naming it, the total checked.
    @Test func countsByCategoryAreMappedToUnitTypesAndUnknownCategoriesNamed() throws {
        let (folder, path) = try file(
            """
            week_start,total,vol,mob,rifle,nd,drones
            2024-01-01,10,3,2,4,1,
            2024-01-08,9,1,,3,1,3
            2024-01-15,,,,,,

            """, "weekly.csv")
        let counts = try CountsTableReader.read(path: path, resolver: RussiaReference.resolver)
        #expect(counts.layout == .categories && counts.hasPeriod && counts.hasGroup)
        #expect(counts.rows.allSatisfy { $0.regionCode == nil })
        #expect(counts.rows.map(\.group) == ["volunteer", "mobilised", "contract", "unknown", "volunteer", "contract", "unknown", "other"])
        #expect(counts.rows.map(\.deaths) == [3, 2, 4, 1, 1, 3, 1, 3])
        #expect(counts.categories == [
            "vol: volunteer (mediazona-weekly (2026-05-22))", "mob: mobilised (mediazona-weekly (2026-05-22))",
            "rifle: contract (mediazona-weekly (2026-05-22))", "nd: unknown (mediazona-weekly (2026-05-22))",
            "drones: other (not in the category mapping)",
        ])
        #expect(counts.warnings == [
            "category 'drones' is not in the category mapping; counted as other",
            "row 2 (line 3): 'total' is 9, its categories sum to 8",
        ])
        let extended = CategoryMapping.builtIn.adding(
            CategoryMapping.Vocabulary(name: "mine.csv", source: "a table", date: nil, entries: [.init("drones", .contract)]))
        let mapped = try CountsTableReader.read(path: path, resolver: RussiaReference.resolver, categories: extended)
        #expect(mapped.rows.last?.group == "contract" && mapped.warnings.count == 1)
        _ = folder
    }
}
