import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Excess male mortality on Rosstat's deaths 1990–2022: the published table of Kobak
/// et al. (2025) to the integer, and every case of
/// scripts/reference/excess_reference.py (csv, numpy, statsmodels) to 1e−9. Runs when
/// ../shared/data is present.
@Suite(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
struct ExcessReferenceTests {
    struct Reference: Decodable {
        struct Group: Decodable {
            let age_group: String
            let year, observed, female: Int
            let predicted_ratio, expected, excess, pm: Double
        }
        struct Total: Decodable {
            let year: Int?
            let observed: Int
            let expected, excess, pm: Double
        }
        struct Case: Decodable {
            let name, unit, spelling, fit, ages: String
            let baseline, years: [Int]
            let groups: [Group]
            let totals: [Total]
            let period: Total
        }
        let source: String
        let cases: [Case]
    }

    static let reference: Reference = {
        let url = Bundle.module.url(forResource: "excess", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static let deaths: DeathsTable = try! DeathsTableReader.read(path: SharedData.url(reference.source).path)

    @Test func theNationalAgeTableOf2022IsThePublishedOne() throws {
        let result = try ExcessMortality(
            deaths: Self.deaths, regions: RussiaReference.table, settings: try ExcessSettings(), byRegion: false)
        let published: [(String, Int, Int)] = [
            ("15-19", 353, 165), ("20-24", 3_069, 376), ("25-29", 3_961, 317), ("30-34", 4_264, 512),
            ("35-39", 6_047, 796), ("40-44", 2_692, 789), ("45-49", 3_209, 818),
        ]
        #expect(result.years == [2022] && result.nationalAges.map(\.ageGroup.description) == published.map(\.0))
        for (row, (group, excess, pm)) in zip(result.nationalAges, published) {
            #expect(Int(row.estimate.excess.rounded()) == excess && Int(row.estimate.pm.rounded()) == pm, "\(group)")
        }
        let total = try #require(result.national.first?.estimate)
        #expect(Int(total.excess.rounded()) == 23_594 && Int(total.pm.rounded()) == 1_568)
    }

    @Test("every reference case agrees to 1e-9", arguments: reference.cases.map(\.name))
    func referenceCasesAgree(name: String) throws {
        let expected = try #require(Self.reference.cases.first { $0.name == name })
        let settings = try ExcessSettings(
            baseline: expected.baseline, fit: ExcessFit(rawValue: expected.fit)!,
            ages: try ExcessSettings.ages(parsing: expected.ages), years: expected.years)
        let national = expected.unit == "RU"
        let result = try ExcessMortality(
            deaths: Self.deaths, regions: RussiaReference.table, settings: settings, byRegion: !national)
        let ages = (national ? result.nationalAges : result.regionalAges).filter { $0.code == expected.unit }
        let totals = (national ? result.national : result.regions).filter { $0.code == expected.unit }
        let period = try #require(national ? result.nationalTotal : result.regionTotals.first { $0.code == expected.unit })
        #expect(Self.deaths.unit(code: expected.unit)?.spelling == expected.spelling)
        #expect(ages.count == expected.groups.count && totals.count == expected.totals.count)
        for (row, reference) in zip(ages, expected.groups) {
            let label = "\(name) \(reference.age_group) \(reference.year)"
            #expect(row.ageGroup.description == reference.age_group && row.year == reference.year, "\(label)")
            #expect(row.estimate.observed == reference.observed && row.estimate.female == reference.female, "\(label)")
            #expect(isClose(row.predictedRatio, reference.predicted_ratio, relative: 1e-9), "\(label)")
            #expect(isClose(row.estimate.expected, reference.expected, relative: 1e-9), "\(label)")
            #expect(isClose(row.estimate.excess, reference.excess, relative: 1e-9), "\(label)")
            #expect(isClose(row.estimate.pm, reference.pm, relative: 1e-9), "\(label)")
        }
        for (row, reference) in zip(totals, expected.totals) + [(period, expected.period)] {
            let estimate = try #require(row.estimate)
            let label = "\(name) total \(row.year.map(String.init) ?? "all years")"
            #expect(estimate.observed == reference.observed, "\(label)")
            #expect(isClose(estimate.expected, reference.expected, relative: 1e-9), "\(label)")
            #expect(isClose(estimate.excess, reference.excess, relative: 1e-9), "\(label)")
            #expect(isClose(estimate.pm, reference.pm, relative: 1e-9), "\(label)")
        }
    }

    @Test func everyOneOfTheEightyFiveRegionsHasAnEstimateBesideTheNationalOne() throws {
        let result = try ExcessMortality(
            deaths: Self.deaths, regions: RussiaReference.table, settings: try ExcessSettings(), byRegion: true)
        #expect(result.regions.count == 85 && result.regions.allSatisfy { $0.estimate != nil && $0.population != nil })
        #expect(Set(result.regions.map(\.code)) == Set(RussiaReference.table.regions.filter { $0.status != .annexedUkraine2022 }.map(\.code)))
        #expect(result.regionsWithoutRows == ["UA-14", "UA-09", "UA-23", "UA-65"])
        #expect(Set(result.aggregatesLeftOut) == ["RU-ARK+NEN", "RU-TYU+KHM+YAN"])
        let comparison = try #require(result.comparisons.first)
        #expect(comparison.regions == 85 && comparison.year == 2022)
        #expect(Int(comparison.national!.excess.rounded()) == 23_594)
        #expect(abs(comparison.regionalSum.excess - comparison.national!.excess) > 1, "the method is not additive")
        let notEstimable = Set(result.notEstimable.map(\.code))
        #expect(notEstimable == ["RU-AL", "RU-IN", "RU-KL", "RU-MAG", "RU-YEV", "RU-NEN", "RU-CHU", "UA-40"])
        #expect(result.regions.filter { !$0.isComplete }.count == 8)
        let krasnoyarsk = try #require(result.regions.first { $0.code == "RU-KYA" })
        #expect(krasnoyarsk.inconsistentYears == [2016], "its 2016 age groups do not add up to its total")
    }
}
