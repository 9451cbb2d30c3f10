import Foundation
import Testing

/// The reference values written by scripts/reference/stats_reference.py (scipy/numpy).
struct ReferenceFixture: Decodable {
    struct NormalQuantile: Decodable { let p: Double; let x: Double }
    struct NormalCDF: Decodable { let x: Double; let cdf: Double; let sf: Double; let pdf: Double }
    struct Normal: Decodable { let quantile: [NormalQuantile]; let cdf: [NormalCDF] }
    struct Proportion: Decodable, CustomTestStringConvertible {
        let d: Double
        let n: Double
        let confidence: Double
        let wilson_cc: [Double]
        let wilson: [Double]
        let wald: [Double]
        var testDescription: String { "\(Int(d))/\(Int(n)) at \(confidence)" }
    }
    struct EmpiricalBayes: Decodable { let counts: [Double]; let populations: [Double]; let smoothed: [Double] }

    let normal: Normal
    let proportion: [Proportion]
    let empirical_bayes: [EmpiricalBayes]

    static let shared: ReferenceFixture = {
        let url = Bundle.module.url(forResource: "reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(ReferenceFixture.self, from: Data(contentsOf: url))
    }()
}

