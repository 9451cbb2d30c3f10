import Foundation
import Testing

/// The reference values written by scripts/reference/models_reference.py (statsmodels, scipy, numpy).
struct ModelsFixture: Decodable {
    struct Column: Decodable { let name: String; let values: [Double] }

    /// The coefficient table every model case carries.
    protocol Coefficients {
        var terms: [String] { get }
        var estimate: [Double] { get }
        var std_error: [Double] { get }
        var statistic: [Double] { get }
        var p_value: [Double] { get }
        var conf_low: [Double] { get }
        var conf_high: [Double] { get }
    }

    struct OLS: Decodable, Coefficients, CustomTestStringConvertible {
        let name: String
        let columns: [Column]
        let response: [Double]
        let truth: [Double]?
        let terms: [String]
        let estimate, std_error, statistic, p_value, conf_low, conf_high: [Double]
        let sigma, df_residual, r_squared, adj_r_squared, f_statistic, f_p_value, df: Double
        let nobs: Int
        let rss, tss, log_likelihood, aic, bic: Double
        var testDescription: String { name }
    }

    struct Poisson: Decodable, Coefficients, CustomTestStringConvertible {
        let name: String
        let columns: [Column]
        let response: [Double]
        let offset: [Double]
        let truth: [Double]?
        let terms: [String]
        let estimate, std_error, statistic, p_value, conf_low, conf_high: [Double]
        let irr, irr_low, irr_high: [Double]
        let deviance, null_deviance, pearson_chi2, dispersion, log_likelihood, aic, bic: Double
        let df_residual, df_null: Double
        let nobs: Int
        let quasi_std_error, quasi_statistic, quasi_p_value, quasi_conf_low, quasi_conf_high: [Double]
        var testDescription: String { name }
    }

    struct NegativeBinomial: Decodable, Coefficients, CustomTestStringConvertible {
        let name: String
        let columns: [Column]
        let response: [Double]
        let offset: [Double]
        let truth: [Double]?
        let terms: [String]
        let estimate, std_error, statistic, p_value, conf_low, conf_high: [Double]
        let irr, irr_low, irr_high: [Double]
        let alpha, alpha_std_error, theta: Double
        let log_likelihood, aic, bic, deviance, null_deviance, pearson_chi2, dispersion: Double
        let df_residual, df_null: Double
        let nobs: Int
        var testDescription: String { name }
    }

    struct ErrorInput: Decodable {
        let columns: [Column]
        let response: [Double]
        let offset: [Double]
        let dependent: String?
    }

    struct Errors: Decodable {
        let rank_deficient: ErrorInput
        let separated: ErrorInput
        let underdispersed: ErrorInput
    }

    struct Correlation: Decodable, CustomTestStringConvertible {
        let name: String
        let x, y: [Double]
        let n: Int
        let pearson, pearson_statistic, pearson_p_value, pearson_conf_low, pearson_conf_high: Double
        let spearman: Double
        let spearman_statistic: Double?
        let spearman_p_value: Double
        var testDescription: String { name }
    }

    struct Quintile: Decodable {
        let deaths_low, population_low, deaths_high, population_high: Double
        let ratio, conf_low, conf_high, log_std_error: Double
    }

    struct Inequality: Decodable, CustomTestStringConvertible {
        let name: String
        let deaths, populations, covariate: [Double]
        let gini, concentration, concentration_std_error: Double
        let quintile: Quintile
        var testDescription: String { name }
    }

    struct PublishedOLS: Decodable {
        struct Published: Decodable { let estimate: [Double]; let r_squared: Double; let nobs: Int }
        let regions: [String]
        let published: Published
        let terms: [String]
        let estimate, std_error, statistic, p_value, conf_low, conf_high: [Double]
        let r_squared, adj_r_squared, f_statistic, f_p_value, sigma: Double
        let nobs: Int
    }

    struct GammaDifference: Decodable, CustomTestStringConvertible {
        let y, theta, log_gamma_ratio, digamma, trigamma: Double
        var testDescription: String { "y = \(y), θ = \(theta)" }
    }

    let ols: [OLS]
    let poisson: [Poisson]
    let negative_binomial: [NegativeBinomial]
    let errors: Errors
    let correlation: [Correlation]
    let inequality: [Inequality]
    let published_ols: PublishedOLS?
    let gamma_differences: [GammaDifference]

    static let shared: ModelsFixture = {
        let url = Bundle.module.url(forResource: "models", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(ModelsFixture.self, from: Data(contentsOf: url))
    }()
}
