import BurdenStats
import BurdenTestSupport
import PropertyBased
import Testing

struct ContinuousDistributionTests {
    @Test("density, cdf and survival match mpmath to 1e-12 relative, tails to 1e-300",
          arguments: DistributionsFixture.shared.continuous)
    func valuesMatchMpmath(_ reference: DistributionsFixture.Continuous) {
        let distribution = DistributionsFixture.continuous(reference.distribution, reference.parameters)
        let density = distribution.density(reference.x)
        let cdf = distribution.cdf(reference.x)
        let survival = distribution.survival(reference.x)
        #expect(isClose(density, reference.density, relative: referenceTolerance), "f = \(density) vs \(reference.density)")
        #expect(isClose(cdf, reference.cdf, relative: referenceTolerance), "F = \(cdf) vs \(reference.cdf)")
        #expect(isClose(survival, reference.survival, relative: referenceTolerance), "1 − F = \(survival) vs \(reference.survival)")
    }

    @Test("quantile and upperQuantile match mpmath to 1e-12 relative, p from 1e-300 to 1 − 1e-12",
          arguments: DistributionsFixture.shared.continuousQuantile)
    func quantilesMatchMpmath(_ reference: DistributionsFixture.ContinuousQuantile) {
        let distribution = DistributionsFixture.continuous(reference.distribution, reference.parameters)
        let lower = distribution.quantile(reference.p)
        let upper = distribution.upperQuantile(reference.p)
        #expect(isClose(lower, reference.quantile, relative: referenceTolerance), "quantile = \(lower) vs \(reference.quantile)")
        #expect(isClose(upper, reference.upperQuantile, relative: referenceTolerance), "upper = \(upper) vs \(reference.upperQuantile)")
    }

    @Test(arguments: ContinuousFamily.allCases)
    func invalidParametersAndProbabilitiesGiveNaN(_ family: ContinuousFamily) {
        for distribution in family.invalid {
            #expect(distribution.density(1).isNaN && distribution.cdf(1).isNaN && distribution.survival(1).isNaN)
            #expect(distribution.quantile(0.5).isNaN && distribution.upperQuantile(0.5).isNaN)
        }
        let valid = family.distribution(0.5, 0.5)
        for p in [-0.1, 1.1, Double.nan] {
            #expect(valid.quantile(p).isNaN && valid.upperQuantile(p).isNaN, "p = \(p)")
        }
        #expect(valid.cdf(.nan).isNaN && valid.survival(.nan).isNaN && valid.density(.nan).isNaN)
    }

    @Test("p = 0 and p = 1 give the ends of the support", arguments: ContinuousFamily.allCases)
    func extremeProbabilitiesGiveTheEndsOfTheSupport(_ family: ContinuousFamily) {
        let distribution = family.distribution(0.3, 0.7)
        let (low, high) = family.support
        #expect(distribution.quantile(0) == low && distribution.quantile(1) == high)
        #expect(distribution.upperQuantile(1) == low && distribution.upperQuantile(0) == high)
        #expect(distribution.cdf(-.infinity) == 0 && distribution.cdf(.infinity) == 1)
        #expect(distribution.survival(-.infinity) == 1 && distribution.survival(.infinity) == 0)
    }

    @Test("quantiles increase with p", arguments: ContinuousFamily.allCases)
    func quantilesAreMonotone(_ family: ContinuousFamily) async {
        await propertyCheck(input: Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.double(in: -12...0), Gen.double(in: -12...0)) {
            u, v, logP, logQ in
            let distribution = family.distribution(u, v)
            let p1 = Double.pow10(logP) / 2
            let p2 = 1 - Double.pow10(logQ) / 2
            let (small, large) = (min(p1, p2), max(p1, p2))
            let middle = (small + large) / 2
            let q = [small, middle, large].map { distribution.quantile($0) }
            #expect(q[0] <= q[1] && q[1] <= q[2], "\(distribution): \(q)")
            #expect(distribution.upperQuantile(1 - large) >= distribution.upperQuantile(1 - small) || 1 - large == 1 - small)
        }
    }

    /// cdf(quantile(p)) = p, checked in the tail that holds the digits: the quantile is
    /// a double within a few units in the last place of the exact root, so the
    /// function there may differ from p by its rounding (1e−13 relative) plus its change
    /// over those units (``ulpSlack(_:_:)``). A root within half an ulp of an end of the
    /// support (the upper quantile of a beta distribution with a large α and β near 1,
    /// 1 − x ≈ 1e−17) rounds to that end, where the tail is 0; the neighbouring double
    /// inside must then still leave at least p beyond it.
    @Test("cdf inverts quantile and survival inverts upperQuantile", arguments: ContinuousFamily.allCases)
    func cdfInvertsQuantile(_ family: ContinuousFamily) async {
        await propertyCheck(input: Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.double(in: -12 ... -0.31)) { u, v, logP in
            let distribution = family.distribution(u, v)
            let p = Double.pow10(logP)
            let x = distribution.quantile(p)
            let backLower = distribution.cdf(x)
            if backLower == 0 {
                #expect(distribution.cdf(x.nextUp) >= p * (1 - 1e-13), "\(distribution) p = \(p): x = \(x) at the end of the support")
            } else {
                #expect(abs(backLower - p) <= 1e-13 * p + ulpSlack(distribution.density(x), x), "\(distribution) p = \(p): x = \(x)")
            }
            let y = distribution.upperQuantile(p)
            let backUpper = distribution.survival(y)
            if backUpper == 0 {
                #expect(distribution.survival(y.nextDown) >= p * (1 - 1e-13), "\(distribution) q = \(p): x = \(y) at the end of the support")
            } else {
                #expect(abs(backUpper - p) <= 1e-13 * p + ulpSlack(distribution.density(y), y), "\(distribution) q = \(p): x = \(y)")
            }
        }
    }

    @Test("cdf and survival add to one", arguments: ContinuousFamily.allCases)
    func cdfAndSurvivalAddToOne(_ family: ContinuousFamily) async {
        await propertyCheck(input: Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.double(in: 0.001...0.999)) { u, v, p in
            let distribution = family.distribution(u, v)
            let x = distribution.quantile(p)
            #expect(abs(distribution.cdf(x) + distribution.survival(x) - 1) <= 1e-15, "\(distribution) at \(x)")
        }
    }
}

/// The continuous families, with parameters drawn log-uniformly from (u, v) ∈ [0, 1]².
enum ContinuousFamily: String, CaseIterable, Sendable {
    case studentT, chiSquared, fisherF, beta, gamma, normal

    /// A member with parameters spread over the ranges the tests cover.
    func distribution(_ u: Double, _ v: Double) -> any ContinuousDistribution {
        switch self {
        case .studentT: StudentT(degreesOfFreedom: .pow10(-0.5 + 4.5 * u))
        case .chiSquared: ChiSquared(degreesOfFreedom: .pow10(-0.5 + 6.5 * u))
        case .fisherF: FisherF(numerator: .pow10(-0.5 + 5 * u), denominator: .pow10(-0.5 + 5 * v))
        case .beta: BetaDistribution(alpha: .pow10(-1 + 6 * u), beta: .pow10(-1 + 6 * v))
        case .gamma: GammaDistribution(shape: .pow10(-1 + 7 * u), scale: .pow10(-3 + 6 * v))
        case .normal: NormalDistribution(mean: -100 + 200 * u, standardDeviation: .pow10(-3 + 6 * v))
        }
    }

    /// Members with parameters out of range.
    var invalid: [any ContinuousDistribution] {
        switch self {
        case .studentT: [StudentT(degreesOfFreedom: 0), StudentT(degreesOfFreedom: -1), StudentT(degreesOfFreedom: .nan)]
        case .chiSquared: [ChiSquared(degreesOfFreedom: 0), ChiSquared(degreesOfFreedom: .infinity)]
        case .fisherF: [FisherF(numerator: 0, denominator: 1), FisherF(numerator: 1, denominator: .nan)]
        case .beta: [BetaDistribution(alpha: 0, beta: 1), BetaDistribution(alpha: 1, beta: .infinity)]
        case .gamma: [GammaDistribution(shape: 0, scale: 1), GammaDistribution(shape: 1, scale: -1)]
        case .normal: [NormalDistribution(mean: 0, standardDeviation: 0), NormalDistribution(mean: .nan, standardDeviation: 1)]
        }
    }

    /// The ends of the support.
    var support: (Double, Double) {
        switch self {
        case .studentT, .normal: (-.infinity, .infinity)
        case .chiSquared, .fisherF, .gamma: (0, .infinity)
        case .beta: (0, 1)
        }
    }
}
