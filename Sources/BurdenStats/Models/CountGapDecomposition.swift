import RealModule

/// A regression-based (Oaxaca–Blinder type) decomposition of the gap between the death
/// rates of two sets of regions, A and B, on a log-linear count model: how much goes
/// with the regions' covariates and how much remains.
///
/// The pooled model over the regions of A and B is ln μᵢ = ln Nᵢ + β₀ + xᵢᵀβ + δ·Aᵢ
/// (Aᵢ = 1 in set A), fitted by ``NegativeBinomialRegression`` (or ``PoissonRegression``).
/// With R̂_S = Σ_{i∈S} μ̂ᵢ / Σ_{i∈S} Nᵢ and the counterfactual R̂*_A, A's regions without
/// the set effect (δ = 0),
///
///     R̂_A − R̂_B = (R̂*_A − R̂_B)  [explained by the covariates]  +  (R̂_A − R̂*_A)  [unexplained]
///
/// and the explained part is shared among the covariates by Yun's (2004) weights
/// wₖ = (x̄_A,k − x̄_B,k)βₖ / Σⱼ(x̄_A,j − x̄_B,j)βⱼ, x̄ population-weighted. Intervals are
/// Wald intervals from the delta method, the gradient in (β₀, β, δ) taken by central
/// differences, the covariance of the fit.
///
/// Bauer, T. K., Sinning, M. (2008). An extension of the Blinder–Oaxaca decomposition to
/// nonlinear models. AStA Advances in Statistical Analysis 92:197–206. Yun, M.-S. (2004).
/// Decomposing differences in the first moment. Economics Letters 82(2):275–280.
public struct CountGapDecomposition: Sendable, Hashable, Codable {
    /// One component with its interval.
    public struct Component: Sendable, Hashable, Codable {
        /// `explained`, `unexplained`, or the covariate's name (its share of the explained part).
        public let term: String
        public let estimate: Double
        public let stdError: Double
        public let confLow: Double
        public let confHigh: Double
    }

    /// The observed crude rates Σd/ΣN of A and B.
    public let observedA: Double
    public let observedB: Double
    /// The fitted rates R̂_A and R̂_B.
    public let fittedA: Double
    public let fittedB: Double
    /// Explained, unexplained, then one row per covariate.
    public let components: [Component]
    /// The family of the count model (`negbin` or `poisson`).
    public let family: String

    /// Decomposes the gap.
    ///
    /// - Parameters:
    ///   - deaths: dᵢ of the regions of A and B.
    ///   - populations: Nᵢ > 0.
    ///   - inA: whether each region is in A.
    ///   - covariates: named columns of xᵢ.
    ///   - negativeBinomial: NB2 (true) or Poisson.
    ///   - confidence: the level of the intervals.
    /// - Throws: ``StatsError`` from the fit (a set without regions is rank-deficient).
    /// - Complexity: one fit and O(n·p²) for the gradients.
    public init(
        deaths: [Double], populations: [Double], inA: [Bool], covariates: [(name: String, values: [Double])],
        negativeBinomial: Bool, confidence: Double
    ) throws {
        let indicator = inA.map { $0 ? 1.0 : 0.0 }
        let design = try DesignMatrix(columns: covariates + [(name: "set_A", values: indicator)])
        let offset = populations.map { Double.log($0) }
        let beta: [Double]
        let covariance: Matrix
        if negativeBinomial {
            let fit = try NegativeBinomialRegression(counts: deaths, design: design, offset: offset, confidence: confidence)
            beta = fit.terms.map(\.estimate)
            covariance = fit.covariance
        } else {
            let fit = try PoissonRegression(counts: deaths, design: design, offset: offset, confidence: confidence)
            beta = fit.terms.map(\.estimate)
            covariance = fit.covariance
        }
        let p = beta.count
        let k = covariates.count
        func rate(_ b: [Double], set: Bool, withEffect: Bool) -> Double {
            var expected = 0.0
            var people = 0.0
            for i in deaths.indices where inA[i] == set {
                var eta = b[0] + (withEffect ? b[p - 1] * indicator[i] : 0)
                for j in 0..<k { eta += b[j + 1] * covariates[j].values[i] }
                expected += populations[i] * Double.exp(eta)
                people += populations[i]
            }
            return expected / people
        }
        func means(_ set: Bool) -> [Double] {
            let people = deaths.indices.filter { inA[$0] == set }.reduce(0) { $0 + populations[$1] }
            return covariates.map { column in
                deaths.indices.filter { inA[$0] == set }.reduce(0) { $0 + populations[$1] * column.values[$1] } / people
            }
        }
        let meanA = means(true)
        let meanB = means(false)
        func parts(_ b: [Double]) -> [Double] {
            let fittedA = rate(b, set: true, withEffect: true)
            let counterfactual = rate(b, set: true, withEffect: false)
            let fittedB = rate(b, set: false, withEffect: true)
            let explained = counterfactual - fittedB
            let contributions = (0..<k).map { (meanA[$0] - meanB[$0]) * b[$0 + 1] }
            let sum = contributions.reduce(0, +)
            return [explained, fittedA - counterfactual] + contributions.map { sum != 0 ? explained * $0 / sum : 0 }
        }
        let estimates = parts(beta)
        var gradients = [[Double]](repeating: [Double](repeating: 0, count: p), count: estimates.count)
        for j in 0..<p {
            let h = 1e-6 * max(1, abs(beta[j]))
            var up = beta
            var down = beta
            up[j] += h
            down[j] -= h
            let plus = parts(up)
            let minus = parts(down)
            for c in estimates.indices { gradients[c][j] = (plus[c] - minus[c]) / (2 * h) }
        }
        let z = Normal.upperQuantile((1 - confidence) / 2)
        let names = ["explained", "unexplained"] + covariates.map(\.name)
        components = estimates.indices.map { c in
            var variance = 0.0
            for a in 0..<p {
                for b in 0..<p { variance += gradients[c][a] * covariance[a, b] * gradients[c][b] }
            }
            let se = variance.squareRoot()
            return Component(
                term: names[c], estimate: estimates[c], stdError: se, confLow: estimates[c] - z * se,
                confHigh: estimates[c] + z * se)
        }
        func observed(_ set: Bool) -> Double {
            let indices = deaths.indices.filter { inA[$0] == set }
            return indices.reduce(0) { $0 + deaths[$1] } / indices.reduce(0) { $0 + populations[$1] }
        }
        observedA = observed(true)
        observedB = observed(false)
        fittedA = rate(beta, set: true, withEffect: true)
        fittedB = rate(beta, set: false, withEffect: true)
        family = negativeBinomial ? "negbin" : "poisson"
    }
}
