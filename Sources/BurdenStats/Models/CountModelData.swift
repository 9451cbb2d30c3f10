import RealModule

/// The validated data of a count regression, laid out for the fitting passes: the
/// design row by row, the counts, the offsets, and what the passes reuse (log yᵢ, Σ lnΓ(yᵢ + 1)).
struct CountModelData: Sendable {
    /// The number of observations n.
    let n: Int
    /// The number of terms p.
    let p: Int
    /// The design, row by row (n × p).
    let x: [Double]
    /// The counts yᵢ ≥ 0.
    let y: [Double]
    /// The offsets oᵢ (log population), zeros when none was given.
    let offset: [Double]
    /// ln yᵢ, and 0 where yᵢ = 0 (its terms vanish there).
    let logY: [Double]
    /// Σ lnΓ(yᵢ + 1).
    let logFactorialSum: Double
    /// The term names, for errors and tables.
    let termNames: [String]
    /// Whether the first term is the intercept.
    let hasIntercept: Bool
    /// The largest count.
    let maxCount: Double

    /// Validates counts, design and offset, and checks the design's rank by Householder QR.
    ///
    /// - Throws: ``StatsError`` for misaligned, negative or non-finite input, n ≤ p,
    ///   all counts zero, or a rank-deficient design.
    init(counts: [Double], design: DesignMatrix, offset: [Double]?, model: String) throws {
        n = design.observationCount
        p = design.termCount
        guard counts.count == n else {
            throw StatsError(.invalidInput, "\(counts.count) counts for \(n) design rows")
        }
        if let index = counts.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
            throw StatsError(.invalidInput, "count in row \(index + 1) is \(counts[index]); counts must be finite and non-negative")
        }
        let offset = offset ?? [Double](repeating: 0, count: n)
        guard offset.count == n else {
            throw StatsError(.invalidInput, "\(offset.count) offsets for \(n) design rows")
        }
        if let index = offset.firstIndex(where: { !$0.isFinite }) {
            throw StatsError(.invalidInput, "offset in row \(index + 1) is not finite (a population of 0?)")
        }
        guard n > p else {
            throw StatsError(.tooFewObservations, "\(n) observations for \(p) coefficients: no residual degrees of freedom")
        }
        guard counts.contains(where: { $0 > 0 }) else {
            throw StatsError(.noVariation, "every count is zero: the \(model) model has no finite fit")
        }
        _ = try HouseholderQR(design.matrix, columnNames: design.termNames)
        x = design.matrix.elements
        y = counts
        self.offset = offset
        logY = counts.map { $0 > 0 ? Double.log($0) : 0 }
        logFactorialSum = counts.reduce(0) { $0 + Double.logGamma($1 + 1) }
        termNames = design.termNames
        hasIntercept = design.hasIntercept
        maxCount = counts.max() ?? 0
    }

    /// The linear predictor ηᵢ = oᵢ + xᵢᵀβ for every row.
    func linearPredictor(_ beta: [Double]) -> [Double] {
        (0..<n).map { i in
            var eta = offset[i]
            for j in 0..<p { eta += x[i * p + j] * beta[j] }
            return eta
        }
    }

    /// Householder QR of W^{1/2}X: row i scaled by √wᵢ. The fallback of ``NewtonSystem``
    /// when XᵀWX is too ill-conditioned for its Cholesky factor.
    func weightedQR(_ weights: [Double]) throws -> HouseholderQR {
        var elements = x
        for i in 0..<n {
            let root = weights[i].squareRoot()
            for j in 0..<p { elements[i * p + j] *= root }
        }
        do {
            return try HouseholderQR(Matrix(rows: n, columns: p, elements: elements), columnNames: termNames)
        } catch let error as StatsError where error.code == .rankDeficient {
            throw StatsError(.rankDeficient, error.message + " under the fitted weights")
        }
    }
}

/// Adds one observation to a Gram matrix and score: G += w·xxᵀ (upper triangle), s += f·x.
@inline(__always)
func accumulateRow(
    _ row: UnsafePointer<Double>, _ p: Int, weight: Double, factor: Double, gram: UnsafeMutablePointer<Double>,
    score: UnsafeMutablePointer<Double>
) {
    for a in 0..<p {
        let xa = row[a]
        score[a] += factor * xa
        let wa = weight * xa
        let base = a * p
        for b in a..<p { gram[base + b] += wa * row[b] }
    }
}
