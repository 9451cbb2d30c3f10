import BurdenStats
import RealModule

/// The baseline of one age group: the trend of the sex ratio of deaths over the
/// baseline years, and the male deaths it predicts for a later year (METHODS.md §9,
/// after Kobak et al. 2025).
///
/// With ratio_y = male_y / female_y over the K baseline years y:
///
/// ```
/// linear:  ratio_y ≈ a + b·y         r̂_t = â + b̂·t          g_t = 1
/// log:     ln ratio_y ≈ a + b·y      r̂_t = exp(â + b̂·t)     g_t = r̂_t
/// expected_t = r̂_t · female_t        excess_t = male_t − expected_t
/// ±_t = female_t · g_t · √(s²·(1 + h(t, t)))
/// ```
///
/// where s² = RSS/(K − 2) and h(t, u) = x_tᵀ(XᵀX)⁻¹x_u with x_t = (1, t) (see
/// ``SimpleLinearFit``). A sum over several target years t, u of the same group counts
/// the error of the fitted line once for all of them:
/// Var = Σ_t Σ_u female_t·female_u·g_t·g_u·s²·(δ_tu + h(t, u)).
/// With K = 1 there is no trend: r̂_t = ratio of the one year and ± = 0.
public struct SexRatioTrend: Sendable, Hashable {
    /// The fit.
    public let fit: ExcessFit
    /// The baseline years, ascending.
    public let years: [Int]
    /// male/female in each baseline year.
    public let ratios: [Double]
    /// The fitted line (of the ratio, or of its logarithm); `nil` for a one-year baseline.
    public let line: SimpleLinearFit?

    /// Why a trend or an estimate cannot be made; ``description`` says it in a few words.
    public struct NotEstimable: Error, Sendable, Hashable, CustomStringConvertible {
        /// The reason (`no female deaths in 2018`).
        public let reason: String
        /// The reason.
        public var description: String { reason }
    }

    /// Fits the trend.
    ///
    /// - Parameters:
    ///   - years: the baseline years: one, or at least three, all distinct.
    ///   - male: male deaths in each year.
    ///   - female: female deaths in each year.
    ///   - fit: linear or log.
    /// - Throws: ``NotEstimable`` when a year has no female deaths (the ratio is
    ///   infinite), or, for the log fit, no male deaths (its logarithm is −∞).
    /// - Precondition: the arrays align and there are 1 or ≥ 3 distinct years.
    public init(years: [Int], male: [Int], female: [Int], fit: ExcessFit) throws(NotEstimable) {
        precondition(years.count == male.count && years.count == female.count, "one count of each sex per year")
        precondition(years.count == 1 || (years.count >= 3 && Set(years).count == years.count), "1 or at least 3 distinct years")
        var ratios: [Double] = []
        for (index, year) in years.enumerated() {
            guard female[index] > 0 else { throw NotEstimable(reason: "no female deaths in \(year)") }
            if fit == .log, male[index] == 0 { throw NotEstimable(reason: "no male deaths in \(year) (the log fit needs a ratio above 0)") }
            ratios.append(Double(male[index]) / Double(female[index]))
        }
        self.fit = fit
        self.years = years
        self.ratios = ratios
        if years.count == 1 {
            self.line = nil
        } else {
            let response = fit == .log ? ratios.map { Double.log($0) } : ratios
            do {
                self.line = try SimpleLinearFit(x: years.map(Double.init), y: response)
            } catch {
                preconditionFailure("distinct years always fit a line: \(error)")
            }
        }
    }

    /// The predicted ratio r̂_t.
    public func predictedRatio(at year: Int) -> Double {
        guard let line else { return ratios[0] }
        let value = line.predict(at: Double(year))
        return fit == .log ? Double.exp(value) : value
    }

    /// The estimate for one target year.
    ///
    /// - Throws: ``NotEstimable`` when the year has no female deaths.
    public func estimate(year: Int, male: Int, female: Int) throws(NotEstimable) -> ExcessEstimate {
        try estimate(years: [(year, male, female)])
    }

    /// The estimate for the sum of several target years, the error of the fitted line
    /// counted once (see the type's discussion).
    ///
    /// - Throws: ``NotEstimable`` when a year has no female deaths.
    public func estimate(years targets: [(year: Int, male: Int, female: Int)]) throws(NotEstimable) -> ExcessEstimate {
        var observed = 0
        var female = 0
        var expected = 0.0
        var scales: [Double] = []
        for target in targets {
            guard target.female > 0 else { throw NotEstimable(reason: "no female deaths in \(target.year)") }
            let ratio = predictedRatio(at: target.year)
            observed += target.male
            female += target.female
            expected += ratio * Double(target.female)
            scales.append(Double(target.female) * (fit == .log ? ratio : 1))
        }
        var variance = 0.0
        if let line, let s2 = line.residualVariance {
            for (i, t) in targets.enumerated() {
                for (j, u) in targets.enumerated() {
                    let h = line.leverage(at: Double(t.year), Double(u.year)) + (i == j ? 1 : 0)
                    variance += scales[i] * scales[j] * s2 * h
                }
            }
        }
        return ExcessEstimate(observed: observed, female: female, expected: expected, pm: max(variance, 0).squareRoot())
    }
}
