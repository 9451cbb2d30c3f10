/// How many relatives of the kind that counts the members of a group have, as a
/// table (`warburden exposure --relatives FILE`): rows `relatives,members` — the
/// number of relatives and how many members have that many — or `relatives,share`
/// with the share of members (any non-negative weights; they are normalised).
public enum RelativesTable {
    /// One value of the distribution.
    public struct Row: Sendable, Hashable {
        /// The number of relatives (or, for a Poisson law, a mean), ≥ 0.
        public let relatives: Double
        /// The members with that many, or their share: a weight ≥ 0.
        public let weight: Double
    }

    /// The weight columns read, in the order they are looked for.
    public static let weightColumns = ["members", "share", "weight"]

    /// Reads a distribution of relatives.
    ///
    /// - Parameter path: the CSV (TSV when named `.tsv`; `.gz` read through gzip).
    /// - Throws: ``DataError`` naming the file, the row and the column: no `relatives`
    ///   column or no weight column (`members`, `share` or `weight`), a value that is
    ///   not a number from 0 to 10^6 (relatives) or 0 to 10^10 (weights), a number of
    ///   relatives given twice, no rows, or weights that sum to 0.
    /// - Complexity: O(rows).
    public static func read(path: String) throws(DataError) -> [Row] {
        let table = try SimpleTable(path: path)
        guard let valueColumn = table.column("relatives"), let weightColumn = weightColumns.lazy.compactMap({ table.column($0) }).first
        else {
            throw DataError(
                .invalidArgument,
                "'\(path)' needs a relatives column and one of members, share or weight (it has \(table.header.joined(separator: ", ")))")
        }
        var rows: [Row] = []
        var seen: Set<Double> = []
        for (index, fields) in table.rows.enumerated() {
            let line = "'\(path)' row \(index + 1)"
            guard case .value(let relatives) = FieldText.number(fields[valueColumn]), relatives >= 0, relatives <= 1e6 else {
                throw DataError(.invalidArgument, "\(line), column relatives: '\(fields[valueColumn])' is not a number of relatives (0 to 1e6)")
            }
            let name = table.header[weightColumn]
            guard case .value(let weight) = FieldText.number(fields[weightColumn]), weight >= 0, weight <= FieldText.maximumPopulation else {
                throw DataError(.invalidArgument, "\(line), column \(name): '\(fields[weightColumn])' is not a weight (a number from 0 to 1e10)")
            }
            guard seen.insert(relatives).inserted else {
                throw DataError(.invalidArgument, "\(line) gives \(fields[valueColumn]) relatives a second time")
            }
            rows.append(Row(relatives: relatives, weight: weight))
        }
        guard !rows.isEmpty else { throw DataError(.invalidArgument, "'\(path)' has no rows") }
        guard rows.contains(where: { $0.weight > 0 }) else { throw DataError(.invalidArgument, "'\(path)': every weight is 0") }
        return rows
    }
}
