import RealModule

/// A computation that has no answer for the data given: a rank-deficient design, a
/// fit that did not converge, too few observations. Its ``description`` is one line
/// that names the problem (and the offending column or value), never a table of NaN.
///
/// For example:
///
/// ```swift
/// do {
///     let fit = try PoissonRegression(counts: deaths, design: design, offset: logPopulation)
/// } catch let error as StatsError where error.code == .rankDeficient {
///     print(error)  // rank-deficient design: column 'x3' is a linear combination of earlier columns
/// }
/// ```
public struct StatsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programs that branch on it.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String {
            case rankDeficient, notPositiveDefinite, notConverged, tooFewObservations, invalidInput,
                noVariation, boundaryEstimate, perfectFit
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// A design column that is (numerically) a linear combination of earlier columns.
        public static let rankDeficient = Code(.rankDeficient)
        /// A matrix that should be symmetric positive definite and is not.
        public static let notPositiveDefinite = Code(.notPositiveDefinite)
        /// An iterative fit that did not meet its convergence criterion.
        public static let notConverged = Code(.notConverged)
        /// Fewer observations than the method needs (e.g. no residual degrees of freedom).
        public static let tooFewObservations = Code(.tooFewObservations)
        /// Input outside what a method accepts: misaligned lengths, a negative count, a non-finite value.
        public static let invalidInput = Code(.invalidInput)
        /// A variable with no variation (all values equal, or no events) where the method needs some.
        public static let noVariation = Code(.noVariation)
        /// A maximum-likelihood estimate on the boundary of its parameter space.
        public static let boundaryEstimate = Code(.boundaryEstimate)
        /// A model that fits exactly (zero residuals), so its standard errors are undefined.
        public static let perfectFit = Code(.perfectFit)

        public var description: String { value.rawValue }
    }

    /// The kind of problem.
    public let code: Code
    /// The one-line message.
    public let message: String

    /// Creates an error with its kind and one-line message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

/// A number to two significant digits for error messages, e.g. 0.001234 → "1.2e-3".
func shortNumber(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return "\(value)" }
    var exponent = Int(Double.log10(abs(value)).rounded(.down))
    var mantissa = (value / Double.pow(10, exponent) * 10).rounded() / 10
    if abs(mantissa) >= 10 {
        mantissa /= 10
        exponent += 1
    }
    return "\(mantissa)e\(exponent)"
}
