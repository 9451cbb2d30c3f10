extension Matrix {
    /// Solves Ux = b for an upper-triangular square matrix U (this matrix) by back substitution:
    /// xᵢ = (bᵢ − Σ_{j>i} uᵢⱼxⱼ)/uᵢᵢ. Elements below the diagonal are ignored.
    ///
    /// - Precondition: the matrix is square with `b.count` rows and a non-zero diagonal.
    /// - Complexity: O(n²).
    public func solveUpperTriangular(_ b: [Double]) -> [Double] {
        precondition(rows == columns && b.count == rows, "U must be square and match b")
        var x = b
        for i in stride(from: rows - 1, through: 0, by: -1) {
            var sum = x[i]
            for j in (i + 1)..<columns { sum -= elements[i * columns + j] * x[j] }
            x[i] = sum / elements[i * columns + i]
        }
        return x
    }

    /// Solves Lx = b for a lower-triangular square matrix L (this matrix) by forward substitution:
    /// xᵢ = (bᵢ − Σ_{j<i} lᵢⱼxⱼ)/lᵢᵢ. Elements above the diagonal are ignored.
    ///
    /// - Precondition: the matrix is square with `b.count` rows and a non-zero diagonal.
    /// - Complexity: O(n²).
    public func solveLowerTriangular(_ b: [Double]) -> [Double] {
        precondition(rows == columns && b.count == rows, "L must be square and match b")
        var x = b
        for i in 0..<rows {
            var sum = x[i]
            for j in 0..<i { sum -= elements[i * columns + j] * x[j] }
            x[i] = sum / elements[i * columns + i]
        }
        return x
    }

    /// Solves Lᵀx = b where L (this matrix) is lower triangular, without forming Lᵀ:
    /// back substitution reading L by columns.
    ///
    /// - Precondition: the matrix is square with `b.count` rows and a non-zero diagonal.
    /// - Complexity: O(n²).
    public func solveLowerTriangularTransposed(_ b: [Double]) -> [Double] {
        precondition(rows == columns && b.count == rows, "L must be square and match b")
        var x = b
        for i in stride(from: rows - 1, through: 0, by: -1) {
            var sum = x[i]
            for j in (i + 1)..<rows { sum -= elements[j * columns + i] * x[j] }
            x[i] = sum / elements[i * columns + i]
        }
        return x
    }

    /// The inverse of an upper-triangular square matrix U (this matrix), itself upper
    /// triangular: column j solves U x = eⱼ, with xᵢ = 0 for i > j.
    ///
    /// - Precondition: the matrix is square with a non-zero diagonal.
    /// - Complexity: O(n³/6).
    public func upperTriangularInverse() -> Matrix {
        precondition(rows == columns, "U must be square")
        let n = rows
        var inverse = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            inverse[j * n + j] = 1 / elements[j * n + j]
            for i in stride(from: j - 1, through: 0, by: -1) {
                var sum = 0.0
                for k in (i + 1)...j { sum += elements[i * n + k] * inverse[k * n + j] }
                inverse[i * n + j] = -sum / elements[i * n + i]
            }
        }
        return Matrix(rows: n, columns: n, elements: inverse)
    }
}
