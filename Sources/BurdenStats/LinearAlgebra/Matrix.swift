/// A small dense matrix of doubles, stored row by row.
///
/// Element (i, j) sits at `elements[i * columns + j]`. A design matrix is `n × p`
/// with one row per observation, so a pass over the observations reads memory in
/// order. The factorizations (``HouseholderQR``, ``Cholesky``) and the triangular
/// solves build on it; it is meant for the few-column systems of regression, not
/// for general numerical linear algebra.
public struct Matrix: Sendable, Hashable, Codable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements, row by row (`rows × columns` of them).
    public private(set) var elements: [Double]

    /// A matrix from its elements, row by row.
    ///
    /// - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        precondition(elements.count == rows * columns, "a \(rows) × \(columns) matrix needs \(rows * columns) elements")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns, elements: Array(repeating: value, count: rows * columns))
    }

    /// A matrix from its rows, each an array of the same length.
    ///
    /// - Precondition: every row has the same length.
    public init(rowArrays: [[Double]]) {
        let width = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == width }, "every row must have the same length")
        self.init(rows: rowArrays.count, columns: width, elements: rowArrays.flatMap { $0 })
    }

    /// A matrix from its columns, each an array of the same length.
    ///
    /// - Precondition: every column has the same length.
    /// - Complexity: O(rows × columns).
    public init(columnArrays: [[Double]]) {
        let height = columnArrays.first?.count ?? 0
        precondition(columnArrays.allSatisfy { $0.count == height }, "every column must have the same length")
        let width = columnArrays.count
        var elements = [Double](repeating: 0, count: height * width)
        for (j, column) in columnArrays.enumerated() {
            for i in 0..<height { elements[i * width + j] = column[i] }
        }
        self.init(rows: height, columns: width, elements: elements)
    }

    private enum CodingKeys: String, CodingKey { case rows, columns, elements }

    /// Decodes a matrix, checking that it has `rows × columns` elements.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode(Int.self, forKey: .rows)
        let columns = try container.decode(Int.self, forKey: .columns)
        let elements = try container.decode([Double].self, forKey: .elements)
        guard rows >= 0, columns >= 0, elements.count == rows * columns else {
            throw DecodingError.dataCorruptedError(
                forKey: .elements, in: container, debugDescription: "a \(rows) × \(columns) matrix needs \(rows * columns) elements")
        }
        self.init(rows: rows, columns: columns, elements: elements)
    }

    /// The `size × size` identity matrix.
    public static func identity(_ size: Int) -> Matrix {
        var matrix = Matrix(rows: size, columns: size)
        for i in 0..<size { matrix[i, i] = 1 }
        return matrix
    }

    /// The element in row `row` and column `column`.
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            return elements[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            elements[row * columns + column] = newValue
        }
    }

    /// Row `index` as an array.
    public func row(_ index: Int) -> [Double] {
        Array(elements[(index * columns)..<((index + 1) * columns)])
    }

    /// Column `index` as an array.
    public func column(_ index: Int) -> [Double] {
        (0..<rows).map { elements[$0 * columns + index] }
    }

    /// The diagonal elements (min(rows, columns) of them).
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { elements[$0 * columns + $0] }
    }

    /// The transpose Aᵀ.
    ///
    /// - Complexity: O(rows × columns).
    public func transposed() -> Matrix {
        var result = [Double](repeating: 0, count: elements.count)
        for i in 0..<rows {
            for j in 0..<columns { result[j * rows + i] = elements[i * columns + j] }
        }
        return Matrix(rows: columns, columns: rows, elements: result)
    }
}
