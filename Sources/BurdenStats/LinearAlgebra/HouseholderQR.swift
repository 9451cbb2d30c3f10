/// The QR factorization X = QR of an `n × p` matrix (n ≥ p) by Householder reflections,
/// with detection of columns that are linear combinations of earlier ones.
///
/// Column k is reflected onto the k-th axis by H = I − τvvᵀ with v₀ = 1, chosen as in
/// LAPACK's `dlarfg` (Golub & Van Loan 2013, §5.1.2–5.2.2): β = −sign(x₀)‖x‖,
/// τ = (β − x₀)/β, vᵢ = xᵢ/(x₀ − β), so Hx = βe₁ with no cancellation. Q = H₁H₂⋯H_p is
/// kept as its reflectors, never formed unless asked for (``thinQ``).
///
/// **Rank detection.** Before column k is reflected, the norm of what remains of it
/// (its part orthogonal to columns 0…k−1) is compared with its original norm; if the
/// ratio is at most `tolerance` (10⁻⁷ by default, the `tol` of R's `lm`, whose LINPACK
/// routine `dqrdc2` makes the same comparison), the column is numerically a linear
/// combination of earlier ones and the factorization throws
/// ``StatsError/Code/rankDeficient`` naming it. Unlike `dqrdc2` it does not pivot the
/// column to the end: a model with a dependent column is an error, not a fit with an
/// `NA` coefficient.
///
/// Golub, G. H., Van Loan, C. F. (2013). Matrix Computations, 4th ed. Johns Hopkins.
public struct HouseholderQR: Sendable, Hashable {
    /// The number of rows n of the factored matrix.
    public let rows: Int
    /// The number of columns p of the factored matrix.
    public let columns: Int
    /// Column-major n × p: R above the diagonal, the reflectors' vᵢ (i > k) below it.
    private let packed: [Double]
    /// The diagonal of R (the β of each reflection).
    private let rDiagonal: [Double]
    /// The τ of each reflection.
    private let tau: [Double]

    /// Factors `matrix`.
    ///
    /// - Parameters:
    ///   - matrix: the n × p matrix X, n ≥ p.
    ///   - columnNames: names for the error message (default "column 1", "column 2", …).
    ///   - tolerance: the relative residual norm at or below which a column counts as
    ///     dependent on earlier ones.
    /// - Throws: ``StatsError/Code/rankDeficient`` naming the first dependent column;
    ///   ``StatsError/Code/tooFewObservations`` when n < p; ``StatsError/Code/invalidInput``
    ///   when an element is not finite.
    /// - Complexity: O(np²) time, O(np) memory.
    public init(_ matrix: Matrix, columnNames: [String]? = nil, tolerance: Double = 1e-7) throws {
        let n = matrix.rows
        let p = matrix.columns
        func name(_ k: Int) -> String { columnNames.map { "column '\($0[k])'" } ?? "column \(k + 1)" }
        guard n >= p else {
            throw StatsError(.tooFewObservations, "QR needs at least as many rows as columns (\(n) rows, \(p) columns)")
        }
        guard matrix.elements.allSatisfy(\.isFinite) else {
            throw StatsError(.invalidInput, "matrix to factor has a non-finite element")
        }
        var a = [Double](repeating: 0, count: n * p)
        for i in 0..<n {
            for j in 0..<p { a[j * n + i] = matrix.elements[i * p + j] }
        }
        var diagonal = [Double](repeating: 0, count: p)
        var taus = [Double](repeating: 0, count: p)
        try a.withUnsafeMutableBufferPointer { a in
            var originalNorms = [Double](repeating: 0, count: p)
            for j in 0..<p { originalNorms[j] = Self.norm(a, from: j * n, count: n) }
            for k in 0..<p {
                let start = k * n + k
                let length = n - k
                let norm = Self.norm(a, from: start, count: length)
                if norm <= tolerance * originalNorms[k] {
                    let reason = originalNorms[k] == 0 ? "is all zeros" : "is a linear combination of earlier columns"
                    throw StatsError(.rankDeficient, "rank-deficient design: \(name(k)) \(reason)")
                }
                let x0 = a[start]
                let beta = x0 >= 0 ? -norm : norm
                let t = (beta - x0) / beta
                let scale = 1 / (x0 - beta)
                for i in 1..<length { a[start + i] *= scale }
                a[start] = beta
                diagonal[k] = beta
                taus[k] = t
                // Apply H = I − τvvᵀ (v₀ = 1) to the remaining columns.
                for j in (k + 1)..<max(k + 1, p) {
                    let column = j * n + k
                    var w = a[column]
                    for i in 1..<length { w += a[start + i] * a[column + i] }
                    w *= t
                    a[column] -= w
                    for i in 1..<length { a[column + i] -= w * a[start + i] }
                }
            }
        }
        rows = n
        columns = p
        packed = a
        rDiagonal = diagonal
        tau = taus
    }

    /// The Euclidean norm of `count` elements from `start`, scaled so squares cannot overflow.
    private static func norm(_ a: UnsafeMutableBufferPointer<Double>, from start: Int, count: Int) -> Double {
        var sum = 0.0
        for i in start..<(start + count) { sum += a[i] * a[i] }
        if sum.isNormal && sum < 1e300 { return sum.squareRoot() }
        var largest = 0.0
        for i in start..<(start + count) { largest = max(largest, abs(a[i])) }
        guard largest > 0 else { return 0 }
        sum = 0
        for i in start..<(start + count) {
            let scaled = a[i] / largest
            sum += scaled * scaled
        }
        return largest * sum.squareRoot()
    }

    /// The p × p upper-triangular factor R.
    public var r: Matrix {
        var result = Matrix(rows: columns, columns: columns)
        for j in 0..<columns {
            for i in 0..<j { result[i, j] = packed[j * rows + i] }
            result[j, j] = rDiagonal[j]
        }
        return result
    }

    /// The n × p factor Q with orthonormal columns (X = QR), formed by applying the
    /// reflectors to the first p columns of the identity.
    ///
    /// - Complexity: O(np²).
    public var thinQ: Matrix {
        var result = Matrix(rows: rows, columns: columns)
        for j in 0..<columns {
            var e = [Double](repeating: 0, count: rows)
            e[j] = 1
            let column = applyQ(e)
            for i in 0..<rows { result[i, j] = column[i] }
        }
        return result
    }

    /// Qᵀb for a vector of length n: the reflectors applied in order H_p⋯H₁b.
    ///
    /// - Complexity: O(np).
    public func applyQTranspose(_ b: [Double]) -> [Double] {
        precondition(b.count == rows, "b must have one element per row")
        var x = b
        for k in 0..<columns { reflect(&x, by: k) }
        return x
    }

    /// Qb for a vector of length n: the reflectors applied in reverse, H₁⋯H_p b.
    ///
    /// - Complexity: O(np).
    public func applyQ(_ b: [Double]) -> [Double] {
        precondition(b.count == rows, "b must have one element per row")
        var x = b
        for k in stride(from: columns - 1, through: 0, by: -1) { reflect(&x, by: k) }
        return x
    }

    /// Applies H_k = I − τₖvvᵀ to x in place.
    private func reflect(_ x: inout [Double], by k: Int) {
        let start = k * rows + k
        var w = x[k]
        for i in 1..<(rows - k) { w += packed[start + i] * x[k + i] }
        w *= tau[k]
        x[k] -= w
        for i in 1..<(rows - k) { x[k + i] -= w * packed[start + i] }
    }

    /// The least-squares solution β = argmin ‖Xβ − y‖: R⁻¹ times the first p elements of Qᵀy.
    ///
    /// - Complexity: O(np).
    public func solve(_ y: [Double]) -> [Double] {
        let qty = applyQTranspose(y)
        return r.solveUpperTriangular(Array(qty[0..<columns]))
    }

    /// R⁻¹, upper triangular.
    public func rInverse() -> Matrix {
        r.upperTriangularInverse()
    }

    /// (XᵀX)⁻¹ = R⁻¹R⁻ᵀ, the unscaled covariance matrix of least-squares coefficients,
    /// computed from R without forming XᵀX.
    ///
    /// - Complexity: O(p³).
    public func inverseGram() -> Matrix {
        let inverse = rInverse()
        let p = columns
        var result = Matrix(rows: p, columns: p)
        for i in 0..<p {
            for j in i..<p {
                // (R⁻¹R⁻ᵀ)ᵢⱼ = Σ_k R⁻¹ᵢₖ R⁻¹ⱼₖ, with R⁻¹ upper triangular so k ≥ max(i, j) = j.
                var sum = 0.0
                for k in j..<p { sum += inverse[i, k] * inverse[j, k] }
                result[i, j] = sum
                result[j, i] = sum
            }
        }
        return result
    }
}
