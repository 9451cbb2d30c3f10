import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct RegionTableReaderTests {
    private func file(_ text: String, _ name: String = "regions.csv") throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (folder, url.path)
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

    @Test("a broken counts table names the row", arguments: [
        ("region,deaths\nTuva,ten\n", "row 1, column 'deaths': (3 bytes of text) is not a whole number"),
        ("region,deaths\nTuva,-1\n", "row 1, column 'deaths': '-1'"),
        ("region,deaths\nTuva,1\nТыва,2\n", "row 2 repeats the region, period and group of row 1"),
        ("region,deaths\nAtlantis,1\n", "row 1: unknown region \"Atlantis\""),
        ("place,deaths\nTuva,1\n", "no 'region' column"),
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
}
