/// The design matrix X of a regression: one row per observation, one column per term,
/// `(Intercept)` first (as R names it) when the model has one.
///
/// For example, deaths ~ poverty + nonRussian:
///
/// ```swift
/// let design = try DesignMatrix(columns: [("poverty", poverty), ("nonRussian", nonRussian)])
/// design.termNames  // ["(Intercept)", "poverty", "nonRussian"]
/// ```
///
/// Missing values are the caller's to remove: every value must be finite.
public struct DesignMatrix: Sendable, Hashable {
    /// The term names, one per column, `(Intercept)` first when there is one.
    public let termNames: [String]
    /// The n × p matrix, row by row.
    public let matrix: Matrix
    /// Whether the first column is the intercept (all ones).
    public let hasIntercept: Bool

    /// The name R gives the intercept.
    public static let interceptName = "(Intercept)"

    /// A design from named predictor columns, with an intercept column first unless
    /// `intercept` is false.
    ///
    /// - Throws: ``StatsError/Code/invalidInput`` when columns differ in length, a
    ///   value is not finite, a name repeats, or there is no column at all.
    public init(columns: [(name: String, values: [Double])], intercept: Bool = true) throws {
        guard !columns.isEmpty else {
            throw StatsError(.invalidInput, "a design needs at least one column (see interceptOnly(observations:))")
        }
        let n = columns.first?.values.count ?? 0
        var seen: Set<String> = intercept ? [Self.interceptName] : []
        for column in columns {
            guard column.values.count == n else {
                throw StatsError(.invalidInput, "column '\(column.name)' has \(column.values.count) values, expected \(n)")
            }
            guard seen.insert(column.name).inserted else {
                throw StatsError(.invalidInput, "column name '\(column.name)' appears twice in the design")
            }
            if let index = column.values.firstIndex(where: { !$0.isFinite }) {
                throw StatsError(.invalidInput, "column '\(column.name)' has a non-finite value in row \(index + 1)")
            }
        }
        let arrays = (intercept ? [[Double](repeating: 1, count: n)] : []) + columns.map(\.values)
        self.termNames = (intercept ? [Self.interceptName] : []) + columns.map(\.name)
        self.matrix = Matrix(columnArrays: arrays)
        self.hasIntercept = intercept
    }

    /// A design from a matrix whose columns are already the terms.
    ///
    /// - Parameters:
    ///   - matrix: the n × p matrix; if `hasIntercept`, its first column must be all ones.
    ///   - termNames: one name per column.
    ///   - hasIntercept: whether the first column is the intercept.
    /// - Throws: ``StatsError/Code/invalidInput`` when the names do not match the
    ///   columns, a value is not finite, or the intercept column is not all ones.
    public init(matrix: Matrix, termNames: [String], hasIntercept: Bool) throws {
        guard termNames.count == matrix.columns, matrix.columns > 0 else {
            throw StatsError(.invalidInput, "\(termNames.count) term names for \(matrix.columns) design columns")
        }
        guard Set(termNames).count == termNames.count else {
            throw StatsError(.invalidInput, "a term name appears twice in the design")
        }
        guard matrix.elements.allSatisfy(\.isFinite) else {
            throw StatsError(.invalidInput, "the design has a non-finite value")
        }
        if hasIntercept, !(0..<matrix.rows).allSatisfy({ matrix[$0, 0] == 1 }) {
            throw StatsError(.invalidInput, "the intercept column is not all ones")
        }
        self.matrix = matrix
        self.termNames = termNames
        self.hasIntercept = hasIntercept
    }

    /// The design of the intercept-only model: one column of ones, `(Intercept)`.
    ///
    /// - Precondition: `observations` > 0.
    public static func interceptOnly(observations: Int) -> DesignMatrix {
        precondition(observations > 0, "a design needs at least one observation")
        return DesignMatrix(
            uncheckedMatrix: Matrix(rows: observations, columns: 1, repeating: 1), termNames: [interceptName],
            hasIntercept: true)
    }

    /// A design whose invariants the caller guarantees.
    private init(uncheckedMatrix matrix: Matrix, termNames: [String], hasIntercept: Bool) {
        self.matrix = matrix
        self.termNames = termNames
        self.hasIntercept = hasIntercept
    }

    /// The number of observations n (rows).
    public var observationCount: Int { matrix.rows }

    /// The number of terms p (columns), the intercept included.
    public var termCount: Int { matrix.columns }
}
