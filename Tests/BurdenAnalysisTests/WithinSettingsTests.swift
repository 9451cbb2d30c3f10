import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The settings of "who within the regions": the defaults are the specification's, and
/// the errors of validate() for settings built in code.
struct WithinOptionsTests {
    @Test func defaultsAreValidAndEveryChoiceIsSpecified() throws {
        let options = WithinSettings()
        try options.validate()
        #expect(WithinSettings.Split.allCases.map(\.rawValue) == ["urban", "ethnic-russian", "table"])
        #expect(WithinSettings.Method.allCases.map(\.rawValue) == ["bounds", "goodman-poisson", "goodman-negbin", "hierarchical"])
        #expect(try WithinOptions.defaults().settings() == options)
    }

    static func changed(_ change: (inout WithinSettings) -> Void) -> WithinSettings {
        var options = WithinSettings()
        change(&options)
        return options
    }

    static let invalid: [(WithinSettings, String)] = [
        (changed { $0.split = .table }, "--by table needs --table FILE"),
        (changed { $0.table = "x.csv" }, "--table is read only with --by table (got --by urban)"),
        (changed { $0.methods = [] }, "--methods names no method"),
        (changed { $0.methods = [.bounds, .bounds] }, "--methods names a method twice"),
        (changed { $0.confidence = 1.5 }, "--confidence must be a number between 0 and 1 (got 1.5)"),
        (changed { $0.chains = 0 }, "--chains must be a whole number from 1 to 16 (got 0)"),
        (changed { $0.draws = 10 }, "--draws must be a whole number from 100 to 1000000 (got 10)"),
        (changed { $0.covariates = ["a", "a"] }, "--covariates names a covariate twice"),
    ]

    @Test(arguments: invalid)
    func validateNamesTheOptionAndValue(_ options: WithinSettings, _ message: String) {
        #expect { try options.validate() } throws: { "\($0)".hasPrefix(message) }
    }

    @Test func aSmallCountryOfAUsersTableRunsEveryMethod() throws {
        // Twelve made-up regions of the built-in table's codes would tie the test to Russia;
        // a user's composition on Russian codes is what any country's table looks like.
        let codes = ["RU-TY", "RU-MOW", "RU-SPE", "RU-BU", "RU-DA", "RU-KDA", "RU-ROS", "RU-NVS", "RU-SVE", "RU-TA", "RU-BA", "RU-ZAB"]
        let men: [[Double]] = codes.indices.map { i in [50_000 + 10_000 * Double(i), i < 3 ? 0 : 20_000 + 10_000 * Double(i)] }
        let composition = try GroupComposition(split: "test", groups: ["a", "b"], regions: codes, counts: men, source: "made up")
        let deaths = Dictionary(uniqueKeysWithValues: codes.indices.map { (codes[$0], Int((men[$0][0] * 3e-4 + men[$0][1] * 9e-4).rounded())) })
        var options = WithinSettings()
        options.chains = 2
        options.warmup = 100
        options.draws = 200
        options.gaps = [.republic]
        let result = try WithinRegions(
            counts: RegionalCounts(deaths: deaths), table: RussiaReference.table, composition: composition, options: options)
        #expect(result.caution == WithinRegions.cautionText && result.regionCount == 12)
        #expect(Set(result.rates.map(\.method)) == ["bounds", "goodman-poisson", "goodman-negbin", "hierarchical"]
            || Set(result.rates.map(\.method)) == ["bounds", "goodman-poisson", "hierarchical"])
        #expect(result.capitalsLeftOut.contains { $0.method == "goodman-poisson" })
        #expect(result.decomposition.contains { $0.method == "kitagawa" && $0.term == "composition" })
        // The deaths are exactly 30 and 90 per 100,000 of each group: Goodman's Poisson fit is exact.
        let a = try #require(result.rates.first { $0.method == "goodman-poisson" && $0.term == "a" })
        let b = try #require(result.rates.first { $0.method == "goodman-poisson" && $0.term == "b" })
        #expect(isClose(a.estimate!, 30, relative: 1e-9) && isClose(b.estimate!, 90, relative: 1e-9))
        let encoded = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(WithinRegions.self, from: encoded) == result)
    }
}
