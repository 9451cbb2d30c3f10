extension Matrix {
    /// The product AB.
    ///
    /// - Precondition: `lhs.columns == rhs.rows`.
    /// - Complexity: O(lhs.rows × lhs.columns × rhs.columns).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.columns == rhs.rows, "cannot multiply \(lhs.rows) × \(lhs.columns) by \(rhs.rows) × \(rhs.columns)")
        var result = [Double](repeating: 0, count: lhs.rows * rhs.columns)
        for i in 0..<lhs.rows {
            for k in 0..<lhs.columns {
                let a = lhs.elements[i * lhs.columns + k]
                if a == 0 { continue }
                for j in 0..<rhs.columns { result[i * rhs.columns + j] += a * rhs.elements[k * rhs.columns + j] }
            }
        }
        return Matrix(rows: lhs.rows, columns: rhs.columns, elements: result)
    }

    /// The product Ax of the matrix and a vector.
    ///
    /// - Precondition: `vector.count == matrix.columns`.
    public static func * (matrix: Matrix, vector: [Double]) -> [Double] {
        precondition(matrix.columns == vector.count, "cannot multiply \(matrix.rows) × \(matrix.columns) by a vector of \(vector.count)")
        return (0..<matrix.rows).map { i in
            var sum = 0.0
            for j in 0..<matrix.columns { sum += matrix.elements[i * matrix.columns + j] * vector[j] }
            return sum
        }
    }

    /// The difference A − B, element by element.
    ///
    /// - Precondition: the matrices have the same shape.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "matrices must have the same shape")
        return Matrix(rows: lhs.rows, columns: lhs.columns, elements: zip(lhs.elements, rhs.elements).map { $0 - $1 })
    }

    /// The Gram matrix AᵀA (symmetric, `columns × columns`).
    ///
    /// - Complexity: O(rows × columns²), one pass over the rows.
    public func gram() -> Matrix {
        var result = [Double](repeating: 0, count: columns * columns)
        for i in 0..<rows {
            let base = i * columns
            for a in 0..<columns {
                let x = elements[base + a]
                for b in a..<columns { result[a * columns + b] += x * elements[base + b] }
            }
        }
        for a in 0..<columns {
            for b in 0..<a { result[a * columns + b] = result[b * columns + a] }
        }
        return Matrix(rows: columns, columns: columns, elements: result)
    }

    /// The largest absolute element, max |aᵢⱼ| (0 for an empty matrix).
    public var maxAbsoluteElement: Double {
        elements.reduce(0) { max($0, abs($1)) }
    }
}
