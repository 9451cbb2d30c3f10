import BurdenStats
import BurdenTestSupport
import PropertyBased
import Testing

struct DiscreteDistributionTests {
    @Test("probability, cdf and survival match mpmath to 1e-12 relative, counts to 1e8",
          arguments: DistributionsFixture.shared.discrete)
    func valuesMatchMpmath(_ reference: DistributionsFixture.Discrete) {
        let distribution = DistributionsFixture.discrete(reference.distribution, reference.parameters)
        let probability = distribution.probability(reference.k)
        let cdf = distribution.cdf(reference.k)
        let survival = distribution.survival(reference.k)
        #expect(isClose(probability, reference.probability, relative: referenceTolerance), "P(X = k) = \(probability) vs \(reference.probability)")
        #expect(isClose(cdf, reference.cdf, relative: referenceTolerance), "F = \(cdf) vs \(reference.cdf)")
        #expect(isClose(survival, reference.survival, relative: referenceTolerance), "1 − F = \(survival) vs \(reference.survival)")
    }

    @Test("quantile is the smallest k with cdf ≥ p, as mpmath finds it",
          arguments: DistributionsFixture.shared.discreteQuantile)
    func quantilesMatchMpmath(_ reference: DistributionsFixture.DiscreteQuantile) {
        let distribution = DistributionsFixture.discrete(reference.distribution, reference.parameters)
        #expect(distribution.quantile(reference.p) == reference.k)
    }

    @Test func invalidParametersAndProbabilitiesGiveNaNOrMinusOne() {
        let invalid: [any DiscreteDistribution] = [
            PoissonDistribution(mean: -1), PoissonDistribution(mean: .nan), PoissonDistribution(mean: .infinity),
            BinomialDistribution(trials: -1, probability: 0.5), BinomialDistribution(trials: 10, probability: 1.5),
            BinomialDistribution(trials: 10, probability: .nan),
        ]
        for distribution in invalid {
            #expect(distribution.probability(1).isNaN && distribution.cdf(1).isNaN && distribution.survival(1).isNaN)
            #expect(distribution.quantile(0.5) == -1)
        }
        let valid: [any DiscreteDistribution] = [PoissonDistribution(mean: 3), BinomialDistribution(trials: 10, probability: 0.3)]
        for distribution in valid {
            for p in [-0.1, 1.1, Double.nan] { #expect(distribution.quantile(p) == -1) }
        }
    }

    @Test func extremeProbabilitiesGiveTheEndsOfTheSupport() {
        #expect(PoissonDistribution(mean: 3).quantile(0) == 0)
        #expect(PoissonDistribution(mean: 3).quantile(1) == .max)
        #expect(PoissonDistribution(mean: 0).quantile(1) == 0)
        #expect(BinomialDistribution(trials: 10, probability: 0.01).quantile(1) == 10)
        #expect(BinomialDistribution(trials: 10, probability: 0.3).quantile(0) == 0)
        #expect(BinomialDistribution(trials: 10, probability: 0).quantile(1) == 0)
        #expect(BinomialDistribution(trials: 0, probability: 0.3).quantile(0.5) == 0)
    }

    @Test func degenerateDistributionsPutAllMassAtOnePoint() {
        let poisson = PoissonDistribution(mean: 0)
        #expect(poisson.probability(0) == 1 && poisson.probability(1) == 0 && poisson.cdf(0) == 1 && poisson.survival(0) == 0)
        for (n, pi, point) in [(0, 0.4, 0), (7, 0.0, 0), (7, 1.0, 7)] {
            let binomial = BinomialDistribution(trials: n, probability: pi)
            #expect(binomial.probability(point) == 1)
            #expect(binomial.cdf(point) == 1 && binomial.survival(point) == 0)
            #expect(point == 0 || binomial.cdf(point - 1) == 0)
        }
    }

    @Test("quantile is the smallest k with cdf(k) ≥ p", arguments: DiscreteFamily.allCases)
    func quantileIsTheSmallestCountReachingP(_ family: DiscreteFamily) async {
        await propertyCheck(input: Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.double(in: -12...0), Gen.bool()) { u, v, logP, upper in
            let distribution = family.distribution(u, v)
            let tail = Double.pow10(logP) / 2
            let p = upper ? 1 - tail : tail
            let k = distribution.quantile(p)
            // In the tail that holds the digits: cdf(k) ≥ p ⇔ survival(k) ≤ 1 − p.
            let reaches = { (k: Int) in p <= 0.5 ? distribution.cdf(k) >= p : distribution.survival(k) <= 1 - p }
            #expect(k >= 0 && reaches(k), "\(distribution) p = \(p): k = \(k)")
            #expect(k == 0 || !reaches(k - 1), "\(distribution) p = \(p): k = \(k)")
        }
    }

    @Test("probabilities add up to the cdf and cdf and survival to one", arguments: DiscreteFamily.allCases)
    func probabilitiesAccumulateToTheCdf(_ family: DiscreteFamily) async {
        await propertyCheck(input: Gen.double(in: 0...0.5), Gen.double(in: 0...1), Gen.double(in: 0.01...0.99)) { u, v, p in
            let distribution = family.distribution(u, v)
            let k = distribution.quantile(p)
            let start = max(0, distribution.quantile(1e-15))
            let total = (start...k).reduce(0.0) { $0 + distribution.probability($1) }
            #expect(isClose(total, distribution.cdf(k), relative: 1e-12, absolute: 1e-15), "\(distribution) up to \(k)")
            #expect(abs(distribution.cdf(k) + distribution.survival(k) - 1) <= 1e-15)
        }
    }
}

/// The discrete families, with parameters drawn from (u, v) ∈ [0, 1]².
enum DiscreteFamily: String, CaseIterable, Sendable {
    case poisson, binomial

    /// Poisson means 10⁻³ to 10⁸; binomial trials 1 to 10⁸ with probabilities 10⁻⁶ to 1 − 10⁻⁶.
    func distribution(_ u: Double, _ v: Double) -> any DiscreteDistribution {
        switch self {
        case .poisson:
            return PoissonDistribution(mean: .pow10(-3 + 11 * u))
        case .binomial:
            let probability = v < 0.5 ? Double.pow10(-6 + 12 * v) / 2 : 1 - Double.pow10(-6 + 12 * (1 - v)) / 2
            return BinomialDistribution(trials: Int(Double.pow10(8 * u).rounded()), probability: probability)
        }
    }
}
