import BurdenAnalysis
import BurdenData
import BurdenStats
import BurdenTestSupport
import Testing

/// The coverage of a named list against the excess, on a made-up country.
struct NamedCoverageTests {
    static let groups = ["15-19", "20-24", "25-29"]

    /// Deaths with a clear excess in every region, more where poverty is higher.
    static func deaths(_ data: SyntheticDeaths) throws -> DeathsTable {
        let extra = ["XX-N": 60, "XX-S": 150, "XX-E": 90, "XX-W": 200]
        return try data.table(
            regions: ["XX-N", "XX-S", "XX-E", "XX-W"], years: Array(2015...2019) + [2022, 2023], groups: groups
        ) { region, year, group, sex in
            SyntheticDeaths.count(region, year, group, sex) + (year >= 2022 && sex == .male ? extra[region]! : 0)
        }
    }

    /// A list: `count` records per region in 2022 at age 30, … — and records that must not count.
    static func records(_ named: [String: Int]) -> [CasualtyRecord] {
        var records: [CasualtyRecord] = []
        for (region, count) in named.sorted(by: { $0.key < $1.key }) {
            for index in 0..<count {
                records.append(CasualtyRecord(
                    regionCode: region, deathDate: PartialDate(year: 2022, month: 1 + index % 12), age: 15 + index % 15))
            }
        }
        records += [
            CasualtyRecord(regionCode: nil, deathDate: PartialDate(year: 2022), age: 20),  // no region: national only
            CasualtyRecord(regionCode: "XX-N", confirmationDate: PartialDate(year: 2022, month: 5), age: 25),  // confirmed in 2022
            CasualtyRecord(regionCode: "XX-N", deathDate: PartialDate(year: 2023), age: 25),  // another year
            CasualtyRecord(regionCode: "XX-N", age: 25),  // undated
            CasualtyRecord(regionCode: "XX-N", deathDate: PartialDate(year: 2022), age: 30),  // older than 29
            CasualtyRecord(regionCode: "XX-N", deathDate: PartialDate(year: 2022)),  // no age
        ]
        return records
    }

    @Test func namedDeathsShareAndItsIntervalFollowTheDefinitions() throws {
        let data = try SyntheticDeaths()
        let settings = try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29), years: [2022])
        let coverage = try NamedCoverage(
            records: Self.records(["XX-N": 20, "XX-S": 60, "XX-E": 30, "XX-W": 90]), deaths: Self.deaths(data),
            table: data.table, settings: settings, covariates: ["poverty_pct"])
        let tally = coverage.tally
        #expect([tally.counted, tally.withoutRegion, tally.otherYears, tally.undated, tally.otherAges, tally.withoutAge] == [202, 1, 1, 1, 1, 1])
        #expect(coverage.regions.map(\.code) == ["XX-N", "XX-S", "XX-E", "XX-W"])
        #expect(coverage.regions.map(\.named) == [21, 60, 30, 90] && coverage.national.named == 202)
        let z = Normal.quantile(0.975)
        for row in coverage.regions + [coverage.national] {
            let estimate = try #require(row.estimate)
            #expect(estimate.excess > 0)
            #expect(row.share == Double(row.named) / estimate.excess)
            #expect(row.shareLow == Double(row.named) / (estimate.excess + z * estimate.pm))
            let floor = estimate.excess - z * estimate.pm
            #expect(row.shareHigh == (floor > 0 ? Double(row.named) / floor : nil))
        }
        let excessRates = coverage.regions.map { $0.excessRate()! }
        #expect(coverage.regions.map(\.excessRank) == Self.ranks(excessRates))
        #expect(coverage.regions.map(\.namedRank) == Self.ranks(coverage.regions.map { $0.namedRate()! }))
        #expect(coverage.national.excessRank == nil)
    }

    @Test func theModelsAreTheOLSOfBothRatesOnTheSameRegions() throws {
        let data = try SyntheticDeaths()
        let coverage = try NamedCoverage(
            records: Self.records(["XX-N": 20, "XX-S": 60, "XX-E": 30, "XX-W": 90]), deaths: Self.deaths(data),
            table: data.table, settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29), years: [2022, 2023]),
            covariates: ["poverty_pct"])
        let excessFit = try #require(coverage.excessModel)
        let namedFit = try #require(coverage.namedModel)
        let poverty = coverage.regions.map { data.table.value("poverty_pct", for: $0.code)! }
        let design = try DesignMatrix(columns: [("poverty_pct", poverty)])
        let excessDirect = try LinearRegression(response: coverage.regions.map { $0.excessRate()! }, design: design)
        let namedDirect = try LinearRegression(response: coverage.regions.map { $0.namedRate()! }, design: design)
        #expect(excessFit.terms == excessDirect.terms && namedFit.terms == namedDirect.terms)
        #expect(excessFit.nobs == 4 && coverage.dropped.isEmpty && coverage.modelProblem == nil)
        #expect(coverage.excess.years == [2022, 2023])
        let total = try #require(coverage.regions.first?.estimate)
        let north = coverage.excess.regionTotals.first { $0.code == "XX-N" }!
        #expect(total == north.estimate!, "the share is against the excess of all the years together")
    }

    @Test func aModelThatCannotBeFittedLeavesTheCoverage() throws {
        let data = try SyntheticDeaths()
        let coverage = try NamedCoverage(
            records: Self.records(["XX-N": 5]), deaths: Self.deaths(data), table: data.table,
            settings: try ExcessSettings(ages: AgeGroup(lower: 15, upper: 29), years: [2022]),
            covariates: ["percBelowSubsistence"])
        #expect(coverage.excessModel == nil && coverage.modelProblem?.contains("unknown covariate 'percBelowSubsistence'") == true)
        #expect(coverage.regions.count == 4 && coverage.regions.first?.named == 6)
    }

    @Test func noPositiveExcessMeansNoShareAndAnExcessNearZeroNoUpperLimit() throws {
        let data = try SyntheticDeaths()
        let deaths = try data.table(regions: ["XX-N", "XX-S"], years: Array(2015...2019) + [2022], groups: ["20-24"]) { region, year, group, sex in
            let base = SyntheticDeaths.count(region, year, group, sex)
            return year == 2022 && sex == .male ? base + (region == "XX-N" ? -300 : 20) : base
        }
        let coverage = try NamedCoverage(
            records: Self.records(["XX-N": 3, "XX-S": 3]), deaths: deaths, table: data.table,
            settings: try ExcessSettings(ages: AgeGroup(lower: 20, upper: 24), years: [2022]), covariates: [])
        let north = try #require(coverage.regions.first { $0.code == "XX-N" })
        #expect(north.estimate!.excess < 0 && north.share == nil && north.shareLow == nil && north.shareHigh == nil)
        let south = try #require(coverage.regions.first { $0.code == "XX-S" })
        #expect(south.estimate!.excess > 0 && south.share != nil && south.shareHigh == nil, "\(south.estimate!)")
    }

    /// Ranks from the highest value, ties sharing the lower rank, written out plainly.
    static func ranks(_ values: [Double]) -> [Int] {
        values.map { value in values.filter { $0 > value }.count + 1 }
    }
}
