import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Deaths tables whose bands nest in some years (a 15–17 inside 15–19, a single year
/// inside its five-year group, a total): the estimate sums the same groups in every
/// year and names the bands it set aside.
struct NestedAgeBandTests {
    static let baseline = Array(2015...2019)
    static let groups = ["15-19", "20-24", "25-29"]

    /// The counts of the made-up country, with extra male deaths in 2022 and 2023.
    static func count(_ region: String, _ year: Int, _ group: String, _ sex: Sex) -> Int {
        SyntheticDeaths.count(region, year, group, sex) + (year >= 2022 && sex == .male ? 120 : 0)
    }

    /// The same table with extra bands in some years: their counts are made up, and
    /// must not change the estimate.
    func table(_ data: SyntheticDeaths, extra: [String: [Int]]) throws -> DeathsTable {
        try data.table(years: Self.baseline + [2022, 2023], groups: Self.groups + extra.keys.sorted()) { region, year, group, sex in
            if let years = extra[group] {
                return years.contains(year) ? Self.count(region, year, "15-19", sex) / 2 : nil
            }
            return Self.count(region, year, group, sex)
        }
    }

    @Test("a band nested in the last year gives the same estimate as the table without it", arguments: [
        ["15-17": [2023]],
        ["17": [2023]],
        ["15-29": [2023]],
        ["15-17": [2023], "15-29": Array(2015...2019) + [2022, 2023]],
    ])
    func aNestedBandChangesNothing(extra: [String: [Int]]) throws {
        let data = try SyntheticDeaths()
        let plain = try table(data, extra: [:])
        let nested = try table(data, extra: extra)
        #expect(nested.ageGroups.count == plain.ageGroups.count + extra.count)
        let settings = try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29))
        for byRegion in [false, true] {
            let without = try ExcessMortality(deaths: plain, regions: data.table, settings: settings, byRegion: byRegion)
            let with = try ExcessMortality(deaths: nested, regions: data.table, settings: settings, byRegion: byRegion)
            #expect(with.ageGroups == without.ageGroups)
            // The numbers are the same bits, not merely close.
            #expect(with.national == without.national && with.nationalTotal == without.nationalTotal)
            #expect(with.nationalAges == without.nationalAges)
            #expect(with.regions == without.regions && with.regionalAges == without.regionalAges)
            #expect(without.bandsSetAside.isEmpty)
            #expect(with.bandsSetAside.map(\.band.description).sorted() == extra.keys.sorted())
        }
    }

    @Test func eachBandSetAsideIsNamedWithWhy() throws {
        let data = try SyntheticDeaths()
        let nested = try table(data, extra: ["15-17": [2023], "15-29": [2023]])
        let result = try ExcessMortality(
            deaths: nested, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29)), byRegion: false)
        #expect(result.bandsSetAside.map(\.description) == [
            "15-17 in 2023: inside 15-19, which is used",
            "15-29 in 2023: holds 15-19, 20-24, 25-29, which are used",
        ])
        let plain = try ExcessMortality(
            deaths: try table(data, extra: [:]), regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29)),
            byRegion: false)
        #expect(plain.bandsSetAside.isEmpty)
    }

    @Test func aBandReachingBeyondTheAgesIsSetAsideAndSplitBandsAreSummed() throws {
        let data = try SyntheticDeaths()
        // 2023 splits 15-19 into 15-17 and 18-19 and has no 15-19: the group is their sum.
        let split = try data.table(years: Self.baseline + [2022, 2023], groups: Self.groups + ["15-17", "18-19", "25-34"]) {
            region, year, group, sex in
            switch group {
            case "15-19": return year == 2023 ? nil : Self.count(region, year, group, sex)
            case "15-17": return year == 2023 ? Self.count(region, year, "15-19", sex) - 40 : nil
            case "18-19": return year == 2023 ? 40 : nil
            case "25-34": return Self.count(region, year, "25-29", sex) * 2
            default: return Self.count(region, year, group, sex)
            }
        }
        let plain = try table(data, extra: [:])
        let settings = try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29))
        let with = try ExcessMortality(deaths: split, regions: data.table, settings: settings, byRegion: false)
        let without = try ExcessMortality(deaths: plain, regions: data.table, settings: settings, byRegion: false)
        #expect(with.ageGroups.map(\.description) == ["15-19", "20-24", "25-29"])
        #expect(with.national == without.national && with.nationalAges == without.nationalAges)
        #expect(with.bandsSetAside.map(\.description) == ["25-34 in 2015–2019, 2022, 2023: reaches beyond the ages 15-29"])
    }

    @Test func bandsThatOverlapWithoutNestingOrAgesThatCannotBeCoveredAreErrors() throws {
        let data = try SyntheticDeaths()
        #expect {
            _ = try data.table(years: [2023], groups: ["15-19", "17-21"]) { _, _, _, _ in 5 }
        } throws: { "\($0)".contains("age groups 15-19 (line 2) and 17-21 (line 4) overlap in 2023 without one holding the other") }
        // 15-17 alone in 2023 cannot make up 15-19.
        let gap = try data.table(years: Self.baseline + [2023], groups: Self.groups + ["15-17"]) { region, year, group, sex in
            if group == "15-19" { return year == 2023 ? nil : Self.count(region, year, group, sex) }
            if group == "15-17" { return year == 2023 ? 10 : nil }
            return Self.count(region, year, group, sex)
        }
        #expect {
            try ExcessMortality(deaths: gap, regions: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29)), byRegion: false)
        } throws: { "\($0)" == "ages 15-29 do not fall on the age groups of the deaths table in 2023 (15-17, 20-24, 25-29)" }
    }

    /// Rosstat's export of 1990–2023, as published with Kobak et al. (2025), adds
    /// `15-17 лет` in 2023 only. Kept outside the repository: the test reads it from
    /// `ru-mortality/` of the shared data, or from the file named by
    /// `WARBURDEN_ROSSTAT_1990_2023`, and is skipped without it.
    static let rosstat2023: String? = {
        let name = "deaths-by-age-gender-region-year-1990-2023.csv.gz"
        let candidates: [String?] = [ProcessInfo.processInfo.environment["WARBURDEN_ROSSTAT_1990_2023"], SharedData.url("ru-mortality/\(name)").path]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }()

    @Test(.enabled(if: rosstat2023 != nil, "skipped: the Rosstat export of 1990–2023 is in neither WARBURDEN_ROSSTAT_1990_2023 nor ../shared/data/ru-mortality"))
    func thePublished2023EstimateFromTheNewestRosstatExport() throws {
        let deaths = try DeathsTableReader.read(path: Self.rosstat2023!, resolver: RussiaReference.resolver)
        #expect(deaths.ageGroups(in: 2023).contains(AgeGroup(lower: 15, upper: 17)))
        #expect(!deaths.ageGroups(in: 2022).contains(AgeGroup(lower: 15, upper: 17)))
        let result = try ExcessMortality(deaths: deaths, regions: RussiaReference.table, settings: try ExcessSettings(), byRegion: false)
        let year2023 = try #require(result.national.first { $0.year == 2023 }?.estimate)
        let year2022 = try #require(result.national.first { $0.year == 2022 }?.estimate)
        // Published (Kobak et al. 2025): 2023, ages 15–49: 40,542 ± 1,738; 2022: 23,594 ± 1,568.
        #expect(year2023.excess.rounded() == 40_542 && year2023.pm.rounded() == 1_738)
        #expect(year2022.excess.rounded() == 23_594 && year2022.pm.rounded() == 1_568)
        #expect(result.bandsSetAside.map(\.description) == ["15-17 in 2023: inside 15-19, which is used"])
    }
}
