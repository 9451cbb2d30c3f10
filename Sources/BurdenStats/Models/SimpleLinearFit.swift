/// A straight line y = a + b·x fitted by least squares to n points, with the standard
/// deviation of a prediction at a new x₀ — the small trend model of a baseline (the
/// sex ratios of excess-mortality estimates, METHODS.md §9).
///
/// With the means x̄ and ȳ, Sxx = Σ(xᵢ − x̄)² and Sxy = Σ(xᵢ − x̄)(yᵢ − ȳ):
///
/// ```
/// b̂ = Sxy / Sxx          â = ȳ − b̂·x̄          ŷ(x₀) = ȳ + b̂·(x₀ − x̄)
/// RSS = Σ(yᵢ − ŷ(xᵢ))²    s² = RSS / (n − 2)
/// h(x₀, x₁) = x₀ᵀ(XᵀX)⁻¹x₁ = 1/n + (x₀ − x̄)(x₁ − x̄)/Sxx     with xᵢ = (1, xᵢ)
/// sd of a new observation at x₀ = √(s²·(1 + h(x₀, x₀)))
/// ```
///
/// The x values are centred before anything is summed, so years (x ≈ 2017) lose no
/// digits; predictions are made from the centred form, never from â. The prediction
/// standard deviation is what `predict(...).se_obs` of statsmodels' OLS and
/// `predict.lm(..., interval = "prediction")` of R use (Montgomery, Peck & Vining 2012,
/// *Introduction to Linear Regression Analysis*, 5th ed., ch. 2, prediction of new
/// observations).
///
/// n = 2 determines the line but leaves no residual degree of freedom: the
/// variance-based quantities are then `nil`.
public struct SimpleLinearFit: Sendable, Hashable, Codable {
    /// The number of points n.
    public let count: Int
    /// The mean of x, x̄.
    public let meanX: Double
    /// The mean of y, ȳ.
    public let meanY: Double
    /// Sxx = Σ(xᵢ − x̄)².
    public let sumOfSquaresX: Double
    /// The slope b̂ = Sxy/Sxx.
    public let slope: Double
    /// The residual sum of squares Σ(yᵢ − ŷ(xᵢ))².
    public let residualSumOfSquares: Double

    /// The intercept â = ȳ − b̂·x̄ (the line at x = 0).
    public var intercept: Double { meanY - slope * meanX }

    /// The residual variance s² = RSS/(n − 2); `nil` when n = 2.
    public var residualVariance: Double? {
        count > 2 ? residualSumOfSquares / Double(count - 2) : nil
    }

    /// Fits the line to the points (xᵢ, yᵢ).
    ///
    /// - Throws: ``StatsError/Code/invalidInput`` for misaligned or non-finite input,
    ///   ``StatsError/Code/tooFewObservations`` for fewer than 2 points,
    ///   ``StatsError/Code/noVariation`` when every x is the same.
    /// - Complexity: O(n).
    public init(x: [Double], y: [Double]) throws(StatsError) {
        guard x.count == y.count else {
            throw StatsError(.invalidInput, "x has \(x.count) values, y \(y.count)")
        }
        guard x.count >= 2 else {
            throw StatsError(.tooFewObservations, "\(x.count) points: a line needs at least 2")
        }
        if let index = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            throw StatsError(.invalidInput, "point \(index + 1) is not finite")
        }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxx = 0.0
        var sxy = 0.0
        for (xi, yi) in zip(x, y) {
            sxx += (xi - meanX) * (xi - meanX)
            sxy += (xi - meanX) * (yi - meanY)
        }
        guard sxx > 0 else { throw StatsError(.noVariation, "every x is \(x[0]): the slope is undefined") }
        let slope = sxy / sxx
        var rss = 0.0
        for (xi, yi) in zip(x, y) {
            let residual = yi - (meanY + slope * (xi - meanX))
            rss += residual * residual
        }
        self.count = x.count
        self.meanX = meanX
        self.meanY = meanY
        self.sumOfSquaresX = sxx
        self.slope = slope
        self.residualSumOfSquares = rss
    }

    /// The fitted line at x₀: ŷ(x₀) = ȳ + b̂·(x₀ − x̄).
    public func predict(at x0: Double) -> Double {
        meanY + slope * (x0 - meanX)
    }

    /// h(x₀, x₁) = x₀ᵀ(XᵀX)⁻¹x₁ = 1/n + (x₀ − x̄)(x₁ − x̄)/Sxx: the covariance of the fitted
    /// line at x₀ and x₁ in units of σ² (the leverage of x₀ when x₁ = x₀).
    public func leverage(at x0: Double, _ x1: Double) -> Double {
        1 / Double(count) + (x0 - meanX) * (x1 - meanX) / sumOfSquaresX
    }

    /// The standard deviation of a new observation at x₀ about the fitted line,
    /// √(s²·(1 + h(x₀, x₀))); `nil` when n = 2.
    public func predictionStandardError(at x0: Double) -> Double? {
        residualVariance.map { ($0 * (1 + leverage(at: x0, x0))).squareRoot() }
    }
}
