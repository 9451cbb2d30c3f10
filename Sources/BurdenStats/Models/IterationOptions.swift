/// When an iterative fit stops: after `maxIterations` steps at most, and once the
/// relative change of its criterion falls below `tolerance`.
///
/// The Poisson fit compares deviances as R's `glm.fit` does,
/// |D_k − D_{k−1}| / (|D_k| + 0.1) < tolerance; the negative-binomial fit applies the
/// same limits to its outer iterations on α (see ``NegativeBinomialRegression``).
public struct IterationOptions: Sendable, Hashable, Codable {
    /// The largest number of iterations before the fit gives up and throws
    /// ``StatsError/Code/notConverged``; 50 by default.
    public var maxIterations: Int
    /// The convergence threshold of the relative change; 10⁻¹⁰ by default.
    public var tolerance: Double

    /// Creates options; the defaults are 50 iterations and a tolerance of 10⁻¹⁰.
    public init(maxIterations: Int = 50, tolerance: Double = 1e-10) {
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }
}
