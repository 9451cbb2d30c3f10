import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

/// The samplers of the nowcast's simulation: each distribution's mean within five
/// standard errors over many draws, the discrete ones by a χ² test of their whole
/// distribution (below the 0.999 quantile), tiny gamma shapes without underflow, and
/// the same seed giving the same draws.
struct RandomVariatesTests {
    private static let draws = 20_000

    @Test("gamma draws have mean and variance a", arguments: [0.05, 0.5, 1, 3.7, 50])
    func gammaMeanAndVariance(shape: Double) {
        var generator = SeededRandom(seed: 11)
        let values = (0..<Self.draws).map { _ in RandomVariates.gamma(shape: shape, using: &generator) }
        let mean = values.reduce(0, +) / Double(Self.draws)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(Self.draws - 1)
        #expect(abs(mean - shape) < 5 * (shape / Double(Self.draws)).squareRoot())
        // Var of the sample variance of a gamma: (μ4 − σ⁴)/n with μ4 = 3a² + 6a.
        #expect(abs(variance - shape) < 5 * ((2 * shape * shape + 6 * shape) / Double(Self.draws)).squareRoot())
    }

    @Test func tinyGammaShapesStayInLogarithms() {
        var generator = SeededRandom(seed: 5)
        let shape = 1e-3
        let logs = (0..<Self.draws).map { _ in RandomVariates.logGamma(shape: shape, using: &generator) }
        #expect(logs.allSatisfy { $0.isFinite })
        // P(G < e^{-100}) = P(a, e^{-100}) ≈ e^{-100a}/Γ(1 + a).
        let expected = GammaFunction.regularizedLower(shape, exp(-100))
        let observed = Double(logs.filter { $0 < -100 }.count) / Double(Self.draws)
        #expect(abs(observed - expected) < 5 * (expected * (1 - expected) / Double(Self.draws)).squareRoot())
        #expect(RandomVariates.logGamma(shape: 0, using: &generator) == -.infinity)
    }

    @Test("Poisson draws follow the Poisson distribution", arguments: [0.3, 4, 9.99, 10, 30, 57])
    func poissonGoodnessOfFit(mean: Double) {
        var generator = SeededRandom(seed: 17)
        var counts: [Int: Int] = [:]
        for _ in 0..<Self.draws { counts[RandomVariates.poisson(mean: mean, using: &generator), default: 0] += 1 }
        let distribution = PoissonDistribution(mean: mean)
        #expect(chiSquared(counts, distribution.probability) < 1)
    }

    @Test("large Poisson means", arguments: [1e3, 1e6, 1e11])
    func poissonLargeMeans(mean: Double) {
        var generator = SeededRandom(seed: 23)
        let values = (0..<Self.draws).map { _ in Double(RandomVariates.poisson(mean: mean, using: &generator)) }
        let average = values.reduce(0, +) / Double(Self.draws)
        #expect(abs(average - mean) < 5 * (mean / Double(Self.draws)).squareRoot())
    }

    @Test("binomial draws follow the binomial distribution", arguments: [(20, 0.3), (1000, 0.004), (40, 0.35), (300, 0.5), (50, 0.9), (7, 1.0)])
    func binomialGoodnessOfFit(trials: Int, probability: Double) {
        var generator = SeededRandom(seed: 29)
        var counts: [Int: Int] = [:]
        for _ in 0..<Self.draws {
            counts[RandomVariates.binomial(trials: trials, probability: probability, using: &generator), default: 0] += 1
        }
        if probability == 1 {
            #expect(counts == [trials: Self.draws])
            return
        }
        let distribution = BinomialDistribution(trials: trials, probability: probability)
        #expect(chiSquared(counts, distribution.probability) < 1)
    }

    @Test func multinomialDrawsSumToTheTrialsAndFollowTheWeights() {
        var generator = SeededRandom(seed: 31)
        let weights = [0.0, 2, 1, 0, 7, 0]
        var totals = [Double](repeating: 0, count: weights.count)
        for _ in 0..<2000 {
            let counts = RandomVariates.multinomial(trials: 100, weights: weights, using: &generator)
            #expect(counts.reduce(0, +) == 100)
            #expect(counts[0] == 0 && counts[3] == 0 && counts[5] == 0)
            for (i, c) in counts.enumerated() { totals[i] += Double(c) }
        }
        for (i, weight) in weights.enumerated() where weight > 0 {
            let p = weight / 10
            #expect(abs(totals[i] / 2000 - 100 * p) < 5 * (100 * p * (1 - p) / 2000).squareRoot())
        }
    }

    @Test func theSameSeedGivesTheSameDraws() {
        var a = SeededRandom(seed: 99)
        var b = SeededRandom(seed: 99)
        let first = (0..<100).map { _ in RandomVariates.poisson(mean: 37, using: &a) + RandomVariates.binomial(trials: 90, probability: 0.4, using: &a) }
        let second = (0..<100).map { _ in RandomVariates.poisson(mean: 37, using: &b) + RandomVariates.binomial(trials: 90, probability: 0.4, using: &b) }
        #expect(first == second)
    }

    /// The χ² statistic of observed counts against a pmf (cells with expectation below 5
    /// pooled into their neighbour), divided by the 0.999 quantile of its χ² distribution.
    private func chiSquared(_ counts: [Int: Int], _ probability: (Int) -> Double) -> Double {
        let top = (counts.keys.max() ?? 0) + 10
        var cells: [(observed: Double, expected: Double)] = []
        var pending = (observed: 0.0, expected: 0.0)
        for k in 0...top {
            pending.observed += Double(counts[k] ?? 0)
            pending.expected += probability(k) * Double(Self.draws)
            if pending.expected >= 5 {
                cells.append(pending)
                pending = (0, 0)
            }
        }
        let tail = Double(Self.draws) - cells.reduce(0) { $0 + $1.expected } - pending.expected
        pending.expected += max(0, tail)
        if !cells.isEmpty {
            cells[cells.count - 1].observed += pending.observed
            cells[cells.count - 1].expected += pending.expected
        }
        let statistic = cells.reduce(0) { $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected }
        let critical = ChiSquared(degreesOfFreedom: Double(max(cells.count - 1, 1))).quantile(0.999)
        return statistic / critical
    }
}
