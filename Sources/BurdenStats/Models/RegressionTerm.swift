import RealModule

/// One row of a model's coefficient table, with the names of R's broom `tidy()`:
/// `term, estimate, std_error, statistic, p_value, conf_low, conf_high`.
///
/// The statistic is estimate / std_error; the p-value is two-sided, from Student's t
/// (``LinearRegression``, quasi-Poisson) or the standard normal (Wald z of the
/// count models); the interval is estimate ± c·std_error with c the matching
/// quantile — R's `confint` for `lm`, `confint.default` for GLMs, statsmodels'
/// `conf_int()`.
public struct RegressionTerm: Sendable, Hashable, Codable {
    /// The term's name, `(Intercept)` or a column name.
    public let term: String
    /// The coefficient estimate β̂.
    public let estimate: Double
    /// Its standard error.
    public let stdError: Double
    /// The test statistic β̂ / SE (t or z).
    public let statistic: Double
    /// The two-sided p-value of the statistic.
    public let pValue: Double
    /// The lower confidence limit.
    public let confLow: Double
    /// The upper confidence limit.
    public let confHigh: Double

    /// Creates a row from its values.
    public init(
        term: String, estimate: Double, stdError: Double, statistic: Double, pValue: Double, confLow: Double,
        confHigh: Double
    ) {
        self.term = term
        self.estimate = estimate
        self.stdError = stdError
        self.statistic = statistic
        self.pValue = pValue
        self.confLow = confLow
        self.confHigh = confHigh
    }

    /// The confidence interval [confLow, confHigh].
    public var confidenceInterval: ConfidenceInterval {
        ConfidenceInterval(lower: confLow, upper: confHigh)
    }

    /// e^β̂: for a log-link count model with a population offset, the incidence rate
    /// ratio (IRR) of a one-unit increase in the term.
    public var incidenceRateRatio: Double { Double.exp(estimate) }

    /// The interval of the IRR, [e^confLow, e^confHigh] (the Wald interval transformed).
    public var incidenceRateRatioInterval: ConfidenceInterval {
        ConfidenceInterval(lower: Double.exp(confLow), upper: Double.exp(confHigh))
    }
}
