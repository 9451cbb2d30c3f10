import BurdenStats
import Foundation
import Testing

/// The reference values written by scripts/reference/distributions_reference.py
/// (mpmath at 50 digits; see the script for how each is computed).
struct DistributionsFixture: Decodable {
    struct LogGamma: Decodable, Sendable { let x: Double; let value: Double }
    struct LogBeta: Decodable, Sendable { let a: Double; let b: Double; let value: Double }

    struct GammaIncomplete: Decodable, Sendable, CustomTestStringConvertible {
        let a: Double
        let x: Double
        let lower: Double
        let upper: Double
        var testDescription: String { "P(\(a), \(x))" }
    }

    struct GammaInverse: Decodable, Sendable, CustomTestStringConvertible {
        let a: Double
        let p: Double
        let upper: Bool
        let x: Double
        var testDescription: String { "\(upper ? "Q" : "P")⁻¹(\(a), \(p))" }
    }

    struct BetaIncomplete: Decodable, Sendable, CustomTestStringConvertible {
        let a: Double
        let b: Double
        let x: Double
        let lower: Double
        let upper: Double
        var testDescription: String { "I_\(x)(\(a), \(b))" }
    }

    struct BetaInverse: Decodable, Sendable, CustomTestStringConvertible {
        let a: Double
        let b: Double
        let p: Double
        let upper: Bool
        let x: Double
        var testDescription: String { "\(upper ? "I^c" : "I")⁻¹(\(a), \(b); \(p))" }
    }

    struct Continuous: Decodable, Sendable, CustomTestStringConvertible {
        let distribution: String
        let parameters: [Double]
        let x: Double
        let density: Double
        let cdf: Double
        let survival: Double
        var testDescription: String { "\(distribution)\(parameters) at \(x)" }
    }

    struct ContinuousQuantile: Decodable, Sendable, CustomTestStringConvertible {
        let distribution: String
        let parameters: [Double]
        let p: Double
        let quantile: Double
        let upperQuantile: Double
        var testDescription: String { "\(distribution)\(parameters) at p = \(p)" }
    }

    struct Discrete: Decodable, Sendable, CustomTestStringConvertible {
        let distribution: String
        let parameters: [Double]
        let k: Int
        let probability: Double
        let cdf: Double
        let survival: Double
        var testDescription: String { "\(distribution)\(parameters) at \(k)" }
    }

    struct DiscreteQuantile: Decodable, Sendable, CustomTestStringConvertible {
        let distribution: String
        let parameters: [Double]
        let p: Double
        let k: Int
        var testDescription: String { "\(distribution)\(parameters) at p = \(p)" }
    }

    struct ProportionExact: Decodable, Sendable, CustomTestStringConvertible {
        let d: Double
        let n: Double
        let confidence: Double
        let exactPoisson: [Double]
        let clopperPearson: [Double]
        var testDescription: String { "\(Int(d))/\(Int(n)) at \(confidence)" }
    }

    struct RelativeRiskCase: Decodable, Sendable, CustomTestStringConvertible {
        let label: String
        let a: Double
        let nA: Double
        let b: Double
        let nB: Double
        let confidence: Double
        let ratio: Double
        let score: [Double]
        let logWald: [Double]
        var testDescription: String { "\(label): \(Int(a))/\(Int(nA)) vs \(Int(b))/\(Int(nB)) at \(confidence)" }
    }

    let logGamma: [LogGamma]
    let logBeta: [LogBeta]
    let gammaIncomplete: [GammaIncomplete]
    let gammaInverse: [GammaInverse]
    let betaIncomplete: [BetaIncomplete]
    let betaInverse: [BetaInverse]
    let continuous: [Continuous]
    let continuousQuantile: [ContinuousQuantile]
    let discrete: [Discrete]
    let discreteQuantile: [DiscreteQuantile]
    let proportionExact: [ProportionExact]
    let relativeRisk: [RelativeRiskCase]

    static let shared: DistributionsFixture = {
        let url = Bundle.module.url(forResource: "distributions", withExtension: "json", subdirectory: "Fixtures")!
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try! decoder.decode(DistributionsFixture.self, from: Data(contentsOf: url))
    }()

    /// The continuous distribution a fixture row names.
    static func continuous(_ name: String, _ parameters: [Double]) -> any ContinuousDistribution {
        switch name {
        case "student_t": return StudentT(degreesOfFreedom: parameters[0])
        case "chi_squared": return ChiSquared(degreesOfFreedom: parameters[0])
        case "fisher_f": return FisherF(numerator: parameters[0], denominator: parameters[1])
        case "beta": return BetaDistribution(alpha: parameters[0], beta: parameters[1])
        case "gamma": return GammaDistribution(shape: parameters[0], scale: parameters[1])
        case "normal": return NormalDistribution(mean: parameters[0], standardDeviation: parameters[1])
        default: fatalError("unknown distribution \(name)")
        }
    }

    /// The discrete distribution a fixture row names.
    static func discrete(_ name: String, _ parameters: [Double]) -> any DiscreteDistribution {
        switch name {
        case "poisson": return PoissonDistribution(mean: parameters[0])
        case "binomial": return BinomialDistribution(trials: Int(parameters[0]), probability: parameters[1])
        default: fatalError("unknown distribution \(name)")
        }
    }
}
