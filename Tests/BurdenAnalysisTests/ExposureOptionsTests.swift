import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenStats
import Foundation
import Testing

/// Observed against expected through its specification: the worked figures of the
/// share with a relative, the standardised ratio from a group at a list's rates, the
/// sources kept with every input, and the options that are refused.
@Suite
struct ExposureOptionsTests {
    /// The answer to `warburden exposure ARGUMENTS` on the built-in reference, without a list.
    static func answer(_ arguments: [String], dataset: AnalysisDataset? = nil) throws -> Exposure {
        try ExposureOptions.parse(arguments).run(regions: RussiaReference.table, dataset: dataset)
    }

    @Test("1,329 members, at most 13, five relatives each, P = 0.05: the expected share 1 − 0.95⁵ and a ratio that is a lower bound")
    func fixedRelatives() throws {
        let answer = try Self.answer(
            ["--members", "1329", "--observed-at-most", "13", "--relatives", "5", "--relatives-distribution", "fixed", "--share", "0.05"])
        let comparison = try #require(answer.comparison)
        #expect(abs(comparison.expected.low - 0.226_219_062_5) < 1e-15)
        #expect(comparison.expected.isPoint)
        #expect(String(format: "%.5f", comparison.expected.low) == "0.22622")
        #expect(comparison.observedShare == 13.0 / 1329)
        #expect(String(format: "%.3f", 100 * comparison.observedShare) == "0.978")
        #expect(comparison.observed.isUpperBound)
        #expect(comparison.exact.lower == 0)
        #expect(comparison.exact.upper > comparison.observedShare)
        #expect(abs(comparison.low.ratio - comparison.expected.low / comparison.observedShare) < 1e-12)
        #expect(comparison.low.exact.upper == .infinity)
        #expect(comparison.low.pValues.alternative == .less)
        #expect(answer.inputs.contains { $0.name == "observed_at_most" && $0.value == "13" })
    }

    @Test("A Poisson number of relatives with mean 5 and P = 0.05: the expected share 1 − e^(−0.25)")
    func poissonRelatives() throws {
        let answer = try Self.answer(
            ["--members", "1329", "--observed-at-most", "13", "--relatives", "5", "--relatives-distribution", "poisson", "--share", "0.05"])
        let comparison = try #require(answer.comparison)
        #expect(abs(comparison.expected.low - -Foundation.expm1(-0.25)) < 1e-15)
        #expect(String(format: "%.5f", comparison.expected.low) == "0.22120")
    }

    @Test("Ranges of R and P give the expected share from the corners, and the sensitivity table stays inside them")
    func ranges() throws {
        let answer = try Self.answer(["--members", "1329", "--observed", "13", "--relatives", "3-8", "--share", "0.03-0.07"])
        let comparison = try #require(answer.comparison)
        #expect(abs(comparison.expected.low - (1 - pow(0.97, 3))) < 1e-14)
        #expect(abs(comparison.expected.high - (1 - pow(0.93, 8))) < 1e-14)
        #expect(!comparison.observed.isUpperBound && comparison.exact.lower > 0)
        #expect(comparison.ratioInterval.lower <= comparison.low.ratio && comparison.high.ratio <= comparison.ratioInterval.upper)
        #expect(!answer.sensitivity.isEmpty)
        for row in answer.sensitivity {
            #expect(comparison.expected.contains(row.comparison.expected.low), "R \(String(describing: row.relatives)), P \(row.share)")
        }
    }

    @Test("--participants: P is the figure over the denominator's population, and the denominator keeps its citation")
    func participants() throws {
        let answer = try Self.answer(
            ["--members", "1329", "--observed-at-most", "13", "--relatives", "5", "--participants", "1282704", "--share-source", "contracts as claimed"])
        let table = RussiaReference.table
        let population = table.regions.compactMap { table.value(RussiaReference.defaultDenominator, for: $0.code) }.reduce(0, +)
        let share = try #require(answer.share)
        #expect(abs(share.lowerBound - 1_282_704 / population) < 1e-15)
        #expect(answer.inputs.contains { $0.name == "participants" && $0.source == "contracts as claimed" })
        let denominator = try #require(answer.inputs.first { $0.name == "denominator" })
        #expect(denominator.source.contains("Rosstat"))
        #expect(answer.inputs.contains { $0.name == "members" && $0.source == "not stated" })
    }

    @Test("--observed with --expected: Garwood's interval and poisson.test's p-value, the sources kept")
    func standardisedRatio() throws {
        let answer = try Self.answer(["--observed", "13", "--expected", "29.9", "--expected-source", "a published rate"])
        let ratio = try #require(answer.standardised)
        #expect(ratio.ratio == 13 / 29.9)
        #expect(ratio.exact.lower < ratio.midP.lower && ratio.midP.lower < ratio.ratio)
        #expect(ratio.ratio < ratio.midP.upper && ratio.midP.upper < ratio.exact.upper)
        #expect(ratio.pValues.exact < 0.01)
        #expect(answer.inputs.contains { $0.name == "expected" && $0.source == "a published rate" })
    }

    @Test("--group at a list's rates: a band inside the census's ages takes the rate at those ages, a band outside them the all-ages rate")
    func groupAtListRates() throws {
        let table = RussiaReference.table
        let codes = table.regions.filter { table.value(RussiaReference.defaultDenominator, for: $0.code) != nil }.map(\.code)
        let records =
            (0..<30).map { CasualtyRecord(regionCode: codes[$0 % 3], age: 25) }
            + (0..<10).map { CasualtyRecord(regionCode: codes[$0 % 3], age: 70) }
        let dataset = AnalysisDataset(records: records, ledger: nil)
        let population = codes.compactMap { table.value(RussiaReference.defaultDenominator, for: $0) }.reduce(0, +)
        let answer = try Self.answer(["--observed", "2", "--group", "20-29:1000,70-79:500"], dataset: dataset)
        let ratio = try #require(answer.standardised)
        #expect(answer.expectedBands.count == 2)
        let young = try #require(answer.expectedBands.first { $0.band.lower == 20 })
        #expect(young.rateAges == AgeGroup(lower: 16, upper: 61))
        #expect(young.deaths == 30)
        #expect(abs(young.expected - 1000 * 30 / population) < 1e-12 * young.expected)
        let old = try #require(answer.expectedBands.first { $0.band.lower == 70 })
        #expect(old.rateAges == nil)
        #expect(old.deaths == 40)
        #expect(abs(ratio.expected - (young.expected + old.expected)) < 1e-12 * ratio.expected)
    }

    @Test(
        "Options that exclude each other or are not enough are refused, naming the options",
        arguments: [
            (["--observed", "3", "--observed-at-most", "4", "--expected", "2"], "--observed-at-most"),
            (["--observed", "3"], "--expected"),
            (["--members", "100", "--observed", "3", "--share", "0.1"], "--relatives"),
            (["--members", "100", "--observed", "3", "--relatives", "4"], "--share"),
            (["--members", "100", "--observed", "300", "--relatives", "4", "--share", "0.1"], "above the members"),
            (["--members", "100", "--observed", "3", "--relatives", "2.5", "--share", "0.1"], "poisson"),
            (["--members", "100", "--observed", "3", "--expected", "2"], "--members"),
            (["--observed", "3", "--group", "20-29:10"], "list"),
        ])
    func refused(arguments: [String], naming: String) throws {
        do {
            _ = try Self.answer(arguments)
            Issue.record("\(arguments) was answered")
        } catch let error as AnalysisError {
            #expect(error.message.contains(naming), "\(error.message)")
        }
    }
}
