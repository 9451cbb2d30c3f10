/// The Cholesky factorization A = LLᵀ of a symmetric positive-definite matrix.
///
/// Row by row (the Cholesky–Banachiewicz order, Golub & Van Loan 2013, §4.2):
/// lⱼⱼ = √(aⱼⱼ − Σ_{k<j} lⱼₖ²), lᵢⱼ = (aᵢⱼ − Σ_{k<j} lᵢₖlⱼₖ)/lⱼⱼ. Only the lower
/// triangle of A is read. The factorization fails, and throws, when a pivot
/// aⱼⱼ − Σ lⱼₖ² is not positive: A is then not (numerically) positive definite.
///
/// Golub, G. H., Van Loan, C. F. (2013). Matrix Computations, 4th ed. Johns Hopkins.
public struct Cholesky: Sendable, Hashable {
    /// The lower-triangular factor L (zeros above the diagonal).
    public let lower: Matrix

    /// Factors the symmetric matrix `matrix`.
    ///
    /// - Throws: ``StatsError/Code/notPositiveDefinite`` naming the first non-positive
    ///   pivot; ``StatsError/Code/invalidInput`` when the matrix is not square.
    /// - Complexity: O(p³/3).
    public init(_ matrix: Matrix) throws {
        guard matrix.rows == matrix.columns else {
            throw StatsError(.invalidInput, "Cholesky needs a square matrix (\(matrix.rows) × \(matrix.columns))")
        }
        let n = matrix.rows
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = matrix.elements[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0, sum.isFinite else {
                        throw StatsError(.notPositiveDefinite, "matrix is not positive definite (pivot \(i + 1) is \(sum))")
                    }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        lower = Matrix(rows: n, columns: n, elements: l)
    }

    /// Solves Ax = b by forward and back substitution: Ly = b, then Lᵀx = y.
    ///
    /// - Complexity: O(p²).
    public func solve(_ b: [Double]) -> [Double] {
        lower.solveLowerTriangularTransposed(lower.solveLowerTriangular(b))
    }

    /// A⁻¹ = L⁻ᵀL⁻¹, symmetric.
    ///
    /// - Complexity: O(p³).
    public func inverse() -> Matrix {
        // L⁻¹ is lower triangular; it is the transpose of the inverse of the upper-triangular Lᵀ.
        let lowerInverse = lower.transposed().upperTriangularInverse().transposed()
        let n = lower.rows
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in i..<n {
                // (L⁻ᵀL⁻¹)ᵢⱼ = Σ_k L⁻¹ₖᵢ L⁻¹ₖⱼ over k ≥ max(i, j) = j.
                var sum = 0.0
                for k in j..<n { sum += lowerInverse[k, i] * lowerInverse[k, j] }
                result[i, j] = sum
                result[j, i] = sum
            }
        }
        return result
    }

    /// A lower bound on the 2-norm condition number of A: (max lⱼⱼ / min lⱼⱼ)².
    ///
    /// Cheap and often within a small factor of the truth when A has been scaled to a
    /// unit diagonal; used to decide when the normal equations have lost too many digits.
    public var conditionEstimate: Double {
        let diagonal = lower.diagonal
        guard let largest = diagonal.max(), let smallest = diagonal.min(), smallest > 0 else { return .infinity }
        let ratio = largest / smallest
        return ratio * ratio
    }
}
