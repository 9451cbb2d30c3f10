import Foundation

/// The reference values written by scripts/reference/exposure_reference.py (scipy's
/// quantiles and root finder, checked there against mpmath; p-values at 40 digits,
/// checked against scipy and R).
struct ExposureFixture: Decodable {
    struct Poisson: Decodable, Sendable, CustomStringConvertible {
        let observed: Int
        let expected: Double
        let confidence: Double
        let garwood: [Double]
        let mid_p: [Double]
        let p_two_sided: Double
        let p_mid_two_sided: Double
        let p_less: Double
        let p_mid_less: Double
        var description: String { "\(observed) against \(expected) at \(confidence)" }
    }

    struct Binomial: Decodable, Sendable, CustomStringConvertible {
        let successes: Int
        let trials: Int
        let probability: Double
        let confidence: Double
        let clopper_pearson: [Double]
        let mid_p: [Double]
        let p_two_sided: Double
        let p_mid_two_sided: Double
        let p_less: Double
        let p_mid_less: Double
        var description: String { "\(successes)/\(trials) against \(probability) at \(confidence)" }
    }

    struct Share: Decodable, Sendable, CustomStringConvertible {
        let relatives: Double
        let law: String
        let share: Double
        let expected: Double
        var description: String { "\(law) \(relatives) at \(share)" }
    }

    struct Mixture: Decodable, Sendable {
        struct Case: Decodable, Sendable {
            let law: String
            let share: Double
            let expected: Double
        }
        let values: [Double]
        let weights: [Double]
        let cases: [Case]
    }

    let poisson: [Poisson]
    let binomial: [Binomial]
    let shares: [Share]
    let mixture: Mixture

    static let shared: ExposureFixture = {
        let url = Bundle.module.url(forResource: "exposure", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(ExposureFixture.self, from: Data(contentsOf: url))
    }()
}
