import BurdenAnalysis
import BurdenData
import BurdenStats
import Testing

/// The analyses on simulated lists recover the simulator's documented model.
struct SimulationRecoveryTests {
    static let records: [CasualtyRecord] = {
        let simulator = try! CasualtySimulator(seed: 2024)
        return (0..<200_000).map { simulator.row(at: $0).record }
    }()

    /// The Poisson model of regional counts with the log population as offset recovers
    /// β = (0.04, −0.02, 0.30) — each estimate within 4 standard errors of the truth
    /// (a bound a correct fit misses with probability 6·10⁻⁵ per coefficient).
    @Test func poissonModelRecoversTheSimulatorsCoefficients() throws {
        let model = try RegionalModel(
            counts: RegionalCounts(records: Self.records), table: RussiaReference.table,
            covariates: ["below_subsistence_pct_2020", "urban_share_2021", "national_republic"], family: .poisson)
        let truth = [0.04, -0.02, 0.30]
        for (term, value) in zip(model.terms.dropFirst(), truth) {
            #expect(abs(term.estimate - value) < 4 * term.stdError, "\(term.term): \(term.estimate) ± \(term.stdError)")
        }
        // Multinomial counts are Poisson-like: no overdispersion beyond chance.
        #expect(model.countFit!.dispersion < 1.5)
    }

    @Test func negativeBinomialSaysWhenThereIsNoOverdispersionAndInequalityAgreesWithTheModel() throws {
        let counts = RegionalCounts(records: Self.records)
        // The simulated counts are multinomial: α is 0 and the fit says so rather than report it.
        #expect {
            try RegionalModel(
                counts: counts, table: RussiaReference.table,
                covariates: ["below_subsistence_pct_2020", "urban_share_2021", "national_republic"], family: .negbin)
        } throws: { "\($0)".contains("no overdispersion") }
        // Deaths rise with poverty in the model, so they concentrate in the poorer regions.
        let inequality = try BurdenInequality(counts: counts, table: RussiaReference.table, rankBy: "below_subsistence_pct_2020")
        #expect(inequality.order == .highestIsPoorest)
        #expect(inequality.concentration.estimate < 0 && inequality.quintiles.estimate > 1)
        #expect(inequality.capitals!.rateRatio.ratio < 1)
    }
}
