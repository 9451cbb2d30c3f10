import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// Ecological inference: bounds against a direct enumeration, Goodman's identity-link
/// regression against statsmodels (scripts/reference/within_reference.py), the
/// hierarchical sampler's reproducibility and its bounds, the posterior summaries and
/// Kitagawa's identity.
struct EcologicalInferenceTests {
    struct Fixture: Decodable {
        struct Case: Decodable, CustomTestStringConvertible {
            let name, family: String
            let y: [Double]
            let columns: [[Double]]
            let terms: [String]
            let estimate: [Double]
            let std_error: [Double?]
            let at_boundary: [Bool]
            let log_likelihood: Double
            let alpha: Double?
            let profile_interval: [[Double]]?
            var testDescription: String { name }
        }
        let cases: [Case]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "within", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func fit(_ c: Fixture.Case) throws -> IdentityLinkRegression {
        let design = try DesignMatrix(columns: zip(c.terms, c.columns).map { ($0, $1) }, intercept: false)
        let extended = c.terms.count > 2
        let crude = c.y.reduce(0, +) / c.columns.reduce(0) { $0 + $1.reduce(0, +) }
        let start = extended ? c.terms.map { $0.contains(":") ? 0 : crude } : Array(repeating: crude, count: c.terms.count)
        return try IdentityLinkRegression(
            counts: c.y, design: design, nonNegative: c.terms.map { _ in !extended }, start: start,
            family: c.family == "negbin" ? .negbin : .poisson)
    }

    @Test(arguments: fixture.cases)
    func goodmanMatchesStatsmodels(_ c: Fixture.Case) throws {
        let model = try Self.fit(c)
        #expect(model.atBoundary == c.at_boundary)
        for j in c.terms.indices {
            #expect(isClose(model.estimates[j], c.estimate[j], relative: 1e-6, absolute: 1e-12), "\(c.terms[j])")
            if let expected = c.std_error[j] {
                #expect(isClose(model.standardErrors[j] ?? .nan, expected, relative: 1e-6), "\(c.terms[j]) SE")
            } else {
                #expect(model.standardErrors[j] == nil)
            }
        }
        #expect(isClose(model.logLikelihood, c.log_likelihood, relative: 1e-9))
        if let alpha = c.alpha { #expect(isClose(model.alpha ?? .nan, alpha, relative: 1e-6)) }
        let worst = c.terms.indices.flatMap { j in
            [relativeError(model.estimates[j], c.estimate[j])]
                + (c.std_error[j].map { [relativeError(model.standardErrors[j] ?? .nan, $0)] } ?? [])
        }.max() ?? 0
        print("\(c.name): largest relative difference of estimates and SEs \(worst)"
            + (c.alpha.map { ", α \(relativeError(model.alpha ?? .nan, $0))" } ?? ""))
    }

    @Test func profileLikelihoodIntervalsMatchBrentOnStatsmodelsFits() throws {
        let c = try #require(Self.fixture.cases.first { $0.profile_interval != nil })
        let model = try Self.fit(c)
        for g in 0..<2 {
            let other = 1 - g
            let interval = ProfileLikelihood.interval(
                estimate: model.estimates[g], maximum: model.logLikelihood, lowerLimit: 0, step: model.standardErrors[g]!,
                confidence: 0.95
            ) { b in
                let design = try! DesignMatrix(columns: [("other", c.columns[other])], intercept: false)
                return (try? IdentityLinkRegression.maximumLogLikelihood(
                    counts: c.y, design: design, offset: c.columns[g].map { $0 * b }, nonNegative: [true],
                    start: [model.estimates[other]], family: .poisson)) ?? -.infinity
            }
            #expect(isClose(interval.lower, c.profile_interval![g][0], relative: 1e-8))
            #expect(isClose(interval.upper, c.profile_interval![g][1], relative: 1e-8))
        }
    }

    /// Bounds against every split of every region's deaths enumerated: the smallest and
    /// largest feasible deaths of each group, exactly.
    @Test func boundsEqualTheFeasibleSplitsEnumerated() {
        var random = SeededRandom(seed: 11)
        let deaths: [Double] = (0..<40).map { _ in Double(Int(random.uniform() * 30)) }
        let groups: [[Double]] = deaths.map { d in
            let a = Double(Int(random.uniform() * 25))
            let b = Double(Int(random.uniform() * 25))
            let c = max(0, d - a - b) + Double(Int(random.uniform() * 5))
            return [a, b, c]
        }
        let bounds = EcologicalBounds(deaths: deaths, groups: groups)
        for (i, (d, row)) in zip(deaths, groups).enumerated() {
            var low = [Double](repeating: .infinity, count: 3)
            var high = [Double](repeating: -.infinity, count: 3)
            let n = Int(d)
            for a in 0...n where Double(a) <= row[0] {
                for b in 0...(n - a) where Double(b) <= row[1] {
                    let c = n - a - b
                    guard Double(c) <= row[2] else { continue }
                    for (g, k) in [a, b, c].enumerated() {
                        low[g] = min(low[g], Double(k))
                        high[g] = max(high[g], Double(k))
                    }
                }
            }
            #expect(bounds.regions[i].lowerDeaths == low && bounds.regions[i].upperDeaths == high, "region \(i)")
            for g in 0..<3 where row[g] > 0 {
                #expect(bounds.regions[i].lowerRate[g] == low[g] / row[g] && bounds.regions[i].upperRate[g] == high[g] / row[g])
            }
        }
        #expect(bounds.lowerDeaths == (0..<3).map { g in bounds.regions.reduce(0) { $0 + $1.lowerDeaths[g] } })
        #expect(bounds.ratio == nil)
        let two = EcologicalBounds(deaths: [10, 4], groups: [[100, 0], [50, 50]])
        // Region 1 is all group 1 (10 deaths); region 2 gives 0–4 more.
        #expect(two.lowerDeaths == [10, 0] && two.upperDeaths == [14, 4])
        #expect(two.ratio! == ConfidenceInterval(lower: (10.0 / 150) / (4.0 / 50), upper: .infinity))
    }

    static func smallRegions() -> (deaths: [Int], men: [[Double]]) {
        var random = SeededRandom(seed: 5)
        var deaths: [Int] = []
        var men: [[Double]] = []
        for i in 0..<20 {
            let urban = (20_000 + 80_000 * random.uniform()).rounded()
            let rural = i == 0 ? 0 : (5_000 + 40_000 * random.uniform()).rounded()
            let expected = urban * 3e-4 * random.gamma(shape: 5) / 5 + rural * 8e-4 * random.gamma(shape: 5) / 5
            deaths.append(Int(random.poisson(expected)))
            men.append([urban, rural])
        }
        return (deaths, men)
    }

    @Test func theSamplerIsReproducibleAndEveryDrawRespectsTheBounds() throws {
        let (deaths, men) = Self.smallRegions()
        let settings = PoissonGammaEI.Settings(chains: 2, warmup: 50, draws: 100)
        let make = { (seed: UInt64) in
            try PoissonGammaEI(deaths: deaths, men: men, settings: settings) { SeededRandom(seed: seed &+ UInt64($0)) }
        }
        let a = try make(1)
        let b = try make(1)
        let c = try make(2)
        let total = { (m: PoissonGammaEI) in m.draws { split in (0..<20).reduce(0.0) { $0 + Double(split[$1 * 2]) } } }
        #expect(total(a) == total(b))
        #expect(total(a) != total(c))
        let bounds = EcologicalBounds(deaths: deaths.map(Double.init), groups: men)
        let inside = a.draws { split in
            for i in 0..<20 {
                let urban = Double(split[i * 2])
                guard urban >= bounds.regions[i].lowerDeaths[0], urban <= bounds.regions[i].upperDeaths[0],
                    Int(split[i * 2] + split[i * 2 + 1]) == deaths[i]
                else { return 0 }
            }
            return 1
        }
        #expect(inside.allSatisfy { $0.allSatisfy { $0 == 1 } })
        // The wholly urban region's deaths are all urban in every draw.
        #expect(a.draws { Double($0[0]) }.allSatisfy { $0.allSatisfy { $0 == Double(deaths[0]) } })
    }

    @Test func posteriorSummaryOfIndependentDrawsHasTheirSizeAndOfAChainItsAutocorrelation() {
        var random = SeededRandom(seed: 3)
        let independent = (0..<4).map { _ in (0..<1000).map { _ in random.normal() } }
        let summary = PosteriorSummary(chains: independent, confidence: 0.9)
        #expect(summary.effectiveSampleSize > 3000 && summary.effectiveSampleSize < 5500)
        #expect(abs(summary.rHat - 1) < 0.01)
        #expect(summary.confLow < -1.5 && summary.confLow > -1.8 && summary.confHigh > 1.5 && summary.confHigh < 1.8)
        // AR(1) with φ = 0.9: ESS ≈ n(1 − φ)/(1 + φ) ≈ 4000/19 ≈ 210.
        let correlated = (0..<4).map { _ in
            var x = 0.0
            return (0..<1000).map { _ in
                x = 0.9 * x + (1 - 0.81).squareRoot() * random.normal()
                return x
            }
        }
        let ar = PosteriorSummary(chains: correlated, confidence: 0.9)
        #expect(ar.effectiveSampleSize > 120 && ar.effectiveSampleSize < 330, "\(ar.effectiveSampleSize)")
        // Chains stuck in different places show in R-hat.
        let apart = [independent[0], independent[1].map { $0 + 3 }]
        #expect(PosteriorSummary(chains: apart, confidence: 0.9).rHat > 1.5)
    }

    @Test func kitagawaComponentsAddUpToTheDifferenceOfCrudeRates() {
        let sharesA = [0.6, 0.4]
        let ratesA = [30.0, 80.0]
        let sharesB = [0.9, 0.1]
        let ratesB = [20.0, 70.0]
        let parts = KitagawaDecomposition.decompose(sharesA: sharesA, ratesA: ratesA, sharesB: sharesB, ratesB: ratesB)
        let crude = { (s: [Double], r: [Double]) in zip(s, r).reduce(0) { $0 + $1.0 * $1.1 } }
        #expect(isClose(parts.composition + parts.rates, crude(sharesA, ratesA) - crude(sharesB, ratesB), relative: 1e-14))
        #expect(isClose(parts.composition, (0.6 - 0.9) * 25 + (0.4 - 0.1) * 75, relative: 1e-14))
    }
}

/// The hierarchical sampler against the exact posterior of its model on a small table,
/// integrated on a grid (scripts/reference/within_posterior_reference.py): the posterior
/// mean of the national urban rate agrees within four Monte Carlo standard errors plus the
/// quadrature's own error, and the posterior sd within 10% (the sd of an sd estimated
/// from an effective sample of a few thousand is about 1–2%).
struct HierarchicalReferenceTests {
    struct Fixture: Decodable {
        struct Prior: Decodable { let shape_shape, shape_rate, log_mean_sd: Double }
        let deaths: [Int]
        let urban, rural: [Double]
        let prior: Prior
        let urban_rate_mean, urban_rate_sd, quadrature_error, edge_mass: Double
    }

    @Test func theSamplerAgreesWithTheExactPosterior() throws {
        let url = Bundle.module.url(forResource: "within-posterior", withExtension: "json", subdirectory: "Fixtures")!
        let reference = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(reference.edge_mass < 1e-3)
        let men = zip(reference.urban, reference.rural).map { [$0, $1] }
        let prior = PoissonGammaEI.Prior(
            shapeShape: reference.prior.shape_shape, shapeRate: reference.prior.shape_rate, logMeanSD: reference.prior.log_mean_sd)
        let model = try PoissonGammaEI(
            deaths: reference.deaths, men: men, prior: prior, settings: PoissonGammaEI.Settings(chains: 4, warmup: 500, draws: 3000)
        ) { SeededRandom(seed: 77 &+ UInt64($0)) }
        let total = reference.urban.reduce(0, +)
        let draws = model.draws { split in (0..<men.count).reduce(0.0) { $0 + Double(split[$1 * 2]) } / total * 1e5 }
        let summary = PosteriorSummary(chains: draws, confidence: 0.95)
        print("urban rate: sampler \(summary.mean) ± \(summary.mcStdError) (sd \(summary.sd), ESS \(summary.effectiveSampleSize)), "
            + "exact \(reference.urban_rate_mean) ± \(reference.quadrature_error) (sd \(reference.urban_rate_sd))")
        #expect(abs(summary.mean - reference.urban_rate_mean) <= 4 * summary.mcStdError + reference.quadrature_error)
        #expect(abs(summary.sd - reference.urban_rate_sd) <= 0.1 * reference.urban_rate_sd)
    }
}
