import BurdenAnalysis
import BurdenData
import BurdenStats
import Foundation
import Testing

/// Every method of "who within the regions" on lists simulated with known group rates
/// (GroupRateSimulation, the built-in reference's urban and rural men): the intervals
/// cover the truth at about their stated rate — except Goodman's constant-rate model
/// when the rates vary with poverty, which the test shows failing and the diagnostics
/// flag. Longer runs with WARBURDEN_LONG_TESTS=1.
struct WithinSimulationTests {
    static let long = ProcessInfo.processInfo.environment["WARBURDEN_LONG_TESTS"] == "1"
    static let composition = try! GroupComposition.urban(table: RussiaReference.table)

    static func analyse(_ simulation: GroupRateSimulation, methods: [WithinSettings.Method], covariates: [String] = [])
        throws -> WithinRegions
    {
        var options = WithinSettings()
        options.methods = methods
        options.covariates = covariates
        options.gaps = []
        options.leaveOutCapitals = false
        options.chains = 2
        options.warmup = 150
        options.draws = 300
        return try WithinRegions(
            counts: RegionalCounts(deaths: simulation.deathsByRegion), table: RussiaReference.table,
            composition: composition, options: options)
    }

    static func covers(_ row: WithinRegions.RateRow, _ truth: Double) -> Bool { row.confLow <= truth && truth <= row.confHigh }

    /// Constant rates (30 and 90 per 100,000): Goodman's Poisson profile intervals cover
    /// both rates about 95% of the time.
    @Test func goodmanCoversConstantRates() throws {
        let replications = Self.long ? 400 : 60
        var covered = [0, 0]
        for seed in 0..<replications {
            let simulation = try GroupRateSimulation(
                table: RussiaReference.table, composition: Self.composition,
                model: .init(baseRates: [30e-5, 90e-5]), seed: UInt64(seed))
            let result = try Self.analyse(simulation, methods: [.goodmanPoisson])
            for g in 0..<2 {
                let row = result.rates.first { $0.method == "goodman-poisson" && $0.term == result.groups[g] }!
                if Self.covers(row, simulation.expectedRate(group: g) * 1e5) { covered[g] += 1 }
            }
        }
        print("goodman-poisson, constant rates: covered \(covered) of \(replications)")
        // Three binomial standard deviations around 95%.
        let sd = (Double(replications) * 0.95 * 0.05).squareRoot()
        for count in covered {
            #expect(Double(count) >= Double(replications) * 0.95 - 3 * sd, "covered \(count) of \(replications)")
        }
    }

    /// Rates that rise with poverty (aggregation bias, poverty being higher where men are
    /// rural): Goodman's constant-rate intervals miss the national rates, the diagnostics
    /// flag it, and the extended model on poverty covers them.
    @Test func aggregationBiasBreaksGoodmanAndNotTheExtendedModel() throws {
        let replications = Self.long ? 200 : 30
        var basic = 0
        var extended = 0
        var flagged = 0
        for seed in 0..<replications {
            let simulation = try GroupRateSimulation(
                table: RussiaReference.table, composition: Self.composition,
                model: .init(baseRates: [25e-5, 60e-5], slopes: [2e-5, 4e-5], covariate: "below_subsistence_pct_2020"),
                seed: UInt64(1000 + seed))
            let result = try Self.analyse(simulation, methods: [.goodmanPoisson], covariates: ["below_subsistence_pct_2020"])
            let truth = simulation.expectedRate(group: 0) * 1e5
            if Self.covers(result.rates.first { $0.method == "goodman-poisson" && $0.term == "urban" }!, truth) { basic += 1 }
            if Self.covers(result.rates.first { $0.method == "extended-poisson" && $0.term == "urban" }!, truth) { extended += 1 }
            if result.diagnostics.contains(where: { $0.kind == "aggregation-bias" }) { flagged += 1 }
        }
        print("aggregation bias: goodman covered \(basic), extended \(extended), flagged \(flagged) of \(replications)")
        let sd = (Double(replications) * 0.95 * 0.05).squareRoot()
        #expect(Double(basic) < Double(replications) * 0.5, "Goodman covered \(basic) of \(replications)")
        #expect(Double(extended) >= Double(replications) * 0.95 - 3 * sd, "extended covered \(extended) of \(replications)")
        #expect(flagged == replications)
    }

    /// Rates that vary from region to region (log-normal, σ = 0.3): the hierarchical
    /// model's posterior intervals cover the realized national rates, and every region's
    /// interval lies within its bounds.
    @Test func hierarchicalModelCoversTheRealizedRates() throws {
        let replications = Self.long ? 100 : 4
        var covered = [0, 0]
        for seed in 0..<replications {
            let simulation = try GroupRateSimulation(
                table: RussiaReference.table, composition: Self.composition,
                model: .init(baseRates: [4e-5, 12e-5], heterogeneity: 0.3), seed: UInt64(5000 + seed))
            let result = try Self.analyse(simulation, methods: [.hierarchical])
            for g in 0..<2 {
                let row = result.rates.first { $0.method == "hierarchical" && $0.term == result.groups[g] }!
                if Self.covers(row, simulation.realizedRate(group: g) * 1e5) { covered[g] += 1 }
            }
            for row in result.regions where row.boundLow != nil {
                #expect(row.confLow! >= row.boundLow! - 1e-9 && row.confHigh! <= row.boundHigh! + 1e-9, "\(row.code)")
            }
        }
        print("hierarchical: covered \(covered) of \(replications)")
        let sd = (Double(replications) * 0.95 * 0.05).squareRoot()
        for count in covered {
            #expect(Double(count) >= Double(replications) * 0.95 - 3 * sd - (Self.long ? 0 : 1), "covered \(count) of \(replications)")
        }
    }

    @Test func theSimulationIsReproducibleAndItsListCountsAsItsDeaths() throws {
        let model = GroupRateSimulation.Model(baseRates: [30e-5, 90e-5], heterogeneity: 0.2)
        let a = try GroupRateSimulation(table: RussiaReference.table, composition: Self.composition, model: model, seed: 9)
        let b = try GroupRateSimulation(table: RussiaReference.table, composition: Self.composition, model: model, seed: 9)
        #expect(a.groupDeaths == b.groupDeaths && a.rates == b.rates)
        #expect(RegionalCounts(records: a.records).deaths == a.deathsByRegion)
        // 30 and 90 per 100,000 among 33.2 and 11.2 million men: about 10,000 and 10,100 deaths.
        let urban = a.groupDeaths.reduce(0) { $0 + $1[0] }
        #expect(abs(Double(urban) - 33_205_407 * 30e-5) < 600)
        #expect {
            try GroupRateSimulation(
                table: RussiaReference.table, composition: Self.composition, model: .init(baseRates: [1e-4]), seed: 1)
        } throws: { "\($0)".contains("1 rates for 2 groups") }
    }
}
