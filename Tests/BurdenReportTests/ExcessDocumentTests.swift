import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// The excess-mortality documents: every renderer reads them, keys do not collide, and
/// years are numbers for programs but plain text for the terminal.
struct ExcessDocumentTests {
    /// A made-up country of two regions, 2015–2019 and 2022, ages 15-19 and 20-24; the
    /// South has no female deaths aged 15-19 in 2022.
    ///
    /// - Parameter nestedBand: adds a 15-17 band in 2022, inside 15-19, which the
    ///   estimate sets aside.
    static func estimate(byRegion: Bool = true, nestedBand: Bool = false) throws -> (ExcessMortality, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let regions = folder.url.appendingPathComponent("regions.csv")
        try "code,name,population\nQQ-N,North,50000\nQQ-S,South,30000\n".write(to: regions, atomically: true, encoding: .utf8)
        var lines = ["region,year,age_group,sex,deaths"]
        for (r, region) in ["North", "South"].enumerated() {
            for year in Array(2015...2019) + [2022] {
                for (g, group) in ["15-19", "20-24"].enumerated() {
                    let female = region == "South" && group == "15-19" && year == 2022 ? 0 : 30 + 7 * r + 3 * g + (year * 13 + g) % 5
                    let male = 2 * female + 10 + (year * 7 + r + g) % 9 + (year == 2022 ? 40 : 0)
                    lines += ["\(region),\(year),\(group),f,\(female)", "\(region),\(year),\(group),m,\(male)"]
                    if nestedBand && year == 2022 && group == "15-19" {
                        lines += ["\(region),\(year),15-17,f,\(female / 2)", "\(region),\(year),15-17,m,\(male / 2)"]
                    }
                }
            }
        }
        let deaths = folder.url.appendingPathComponent("deaths.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: deaths, atomically: true, encoding: .utf8)
        let (table, resolver) = try RegionTableReader.read(path: regions.path)
        let read = try DeathsTableReader.read(path: deaths.path, resolver: resolver)
        let result = try ExcessMortality(
            deaths: read, regions: table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 24)), byRegion: byRegion)
        return (result, folder)
    }

    @Test("metadata keys and table names never collide", arguments: [false, true])
    func keysDoNotCollide(byRegion: Bool) throws {
        let (result, folder) = try Self.estimate(byRegion: byRegion)
        let document = result.document
        let keys = document.metadata.map(\.key) + document.tables.map(\.name)
        #expect(Set(keys).count == keys.count, "\(keys)")
        #expect(document.tables.first?.name == "excess")
        _ = folder
    }

    @Test func yearsAreNumbersForProgramsAndTextForTheTerminal() throws {
        let (result, folder) = try Self.estimate()
        let json = JSONRenderer().render(result.document)
        #expect(json.contains("\"year\": 2022") && !json.contains("NaN"))
        let terminal = TerminalTableRenderer().render(result.document)
        #expect(!terminal.contains("2,022") && terminal.contains("2022"))
        #expect(terminal.contains("the method is not additive"))
        #expect(terminal.contains("QQ-S    South  2022  15-19      no female deaths in 2022"))
        let csv = CSVRenderer().render(try Self.estimate(byRegion: false).0.document)
        #expect(csv.split(separator: "\n").count == 4, "two groups and their sum, under a header")
        _ = folder
    }

    @Test func theBandsSetAsideAreNamedInTheMetadataAndTheNotes() throws {
        let (nested, folder) = try Self.estimate(byRegion: false, nestedBand: true)
        #expect(nested.bandsSetAside.map(\.description) == ["15-17 in 2022: inside 15-19, which is used"])
        let document = nested.document
        let metadatum = try #require(document.metadata.first { $0.key == "age_bands_set_aside" })
        #expect(metadatum.value == .list(nested.bandsSetAside.map(\.description)))
        #expect(document.notes.contains { $0.hasPrefix("age bands set aside: 15-17 in 2022: inside 15-19") })
        let (plain, plainFolder) = try Self.estimate(byRegion: false)
        #expect(!plain.document.metadata.contains { $0.key == "age_bands_set_aside" })
        _ = (folder, plainFolder)
    }
}
