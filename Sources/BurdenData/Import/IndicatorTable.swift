/// A regional indicator read from a side table: one value per region, from a column
/// or from the ratio or difference of two columns.
public struct IndicatorTable: Sendable, Hashable {
    /// The value per region code.
    public let values: [String: Double]
    /// Region spellings that did not resolve.
    public let unresolved: [String]

    /// Reads `path` and evaluates `expression` (`COLUMN`, `A/B` or `A-B`) per row.
    ///
    /// Values are plain decimal numbers (a decimal comma is read as a point); a row with
    /// an empty or missing value (`NA`, `-`…), or whose ratio divides by zero, gives its
    /// region no value.
    ///
    /// - Throws: ``DataError`` naming the missing column, a value that is not a number
    ///   (`nan`, `inf`, `0x10`, a magnitude past 10^15: naming its row and column), or a
    ///   region given twice.
    public static func read(path: String, expression: String, resolver: RegionResolver) throws(DataError) -> IndicatorTable {
        let table = try SimpleTable(path: path)
        func column(_ name: String) throws(DataError) -> Int {
            guard let index = table.column(name) else {
                throw DataError(.invalidArgument, "'\(path)' has no column '\(name)' (it has \(table.header.joined(separator: ", ")))")
            }
            return index
        }
        let operation: (columns: [Int], combine: (Double, Double) -> Double)
        if table.column(expression) != nil {
            operation = ([try column(expression)], { a, _ in a })
        } else if let slash = expression.firstIndex(of: "/") {
            operation = ([try column(String(expression[..<slash])), try column(String(expression[expression.index(after: slash)...]))], /)
        } else if let dash = expression.firstIndex(of: "-") {
            operation = ([try column(String(expression[..<dash])), try column(String(expression[expression.index(after: dash)...]))], -)
        } else {
            _ = try column(expression)
            operation = ([], { a, _ in a })
        }
        guard let regionColumn = table.regionColumn(resolver: resolver) else {
            throw DataError(.invalidArgument, "'\(path)' has no column of region names")
        }
        var values: [String: Double] = [:]
        var unresolved: [String] = []
        for (number, row) in table.rows.enumerated() {
            guard case .region(let region)? = try? resolver.resolve(row[regionColumn]) else {
                unresolved.append(row[regionColumn])
                continue
            }
            var numbers: [Double] = []
            for column in operation.columns {
                switch FieldText.number(row[column], decimalComma: true) {
                case .missing: break
                case .value(let value): numbers.append(value)
                case .invalid(let reason):
                    throw DataError(.invalidArgument, "'\(path)' row \(number + 1), column '\(table.header[column])': \(reason)")
                }
            }
            guard numbers.count == operation.columns.count else { continue }
            let value = operation.columns.count == 1 ? numbers[0] : operation.combine(numbers[0], numbers[1])
            guard value.isFinite else { continue }
            if values.updateValue(value, forKey: region.code) != nil {
                throw DataError(.invalidArgument, "'\(path)' row \(number + 1) gives \(region.name) a second time")
            }
        }
        return IndicatorTable(values: values, unresolved: unresolved)
    }
}
