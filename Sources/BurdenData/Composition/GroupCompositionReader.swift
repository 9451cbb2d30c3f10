/// Reads a table of men (or any population) per region and group, for any country:
///
/// - wide: a column of region names or codes and one column of counts per group,
///   `region,urban_russian,urban_other,rural_russian,rural_other`;
/// - long: one row per region and group, with columns `region`, `group` and `count`
///   (or `population`, `men`).
///
/// Regions resolve as a list's spellings do; a row naming the country or another
/// aggregate is an error (a composition holds regions only).
public enum GroupCompositionReader {
    /// The names a long table's count column may have.
    static let countColumns = ["count", "population", "men"]

    /// Reads the table at `path`.
    ///
    /// - Parameters:
    ///   - path: a CSV file (TSV when the name ends in `.tsv`).
    ///   - resolver: the resolver of the region table the analysis uses.
    /// - Throws: ``DataError`` naming the file, the row (1 = the first row after the
    ///   header) and the column of a value that is not a count, a region that does not
    ///   resolve or repeats, a group given twice for a region, a region without every
    ///   group, or a table without a region column or without two groups.
    /// - Complexity: O(rows × columns), plus one resolution per row.
    public static func read(path: String, resolver: RegionResolver) throws(DataError) -> GroupComposition {
        let table = try SimpleTable(path: path)
        let regionColumn = table.column("region") ?? table.column("code") ?? table.regionColumn(resolver: resolver)
        guard let regionColumn else {
            throw DataError(.invalidArgument, "'\(path)' has no column of region names (call it 'region')")
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let groupColumn = table.column("group"), let countColumn = countColumns.lazy.compactMap({ table.column($0) }).first {
            return try readLong(table, path: path, name: name, region: regionColumn, group: groupColumn, count: countColumn, resolver: resolver)
        }
        let groupColumns = table.header.indices.filter { $0 != regionColumn && !table.header[$0].isEmpty }
        guard groupColumns.count >= 2 else {
            throw DataError(.invalidArgument, "'\(path)' needs a column of counts for each of at least two groups, or the columns region, group and count")
        }
        var codes: [String] = []
        var counts: [[Double]] = []
        for (index, row) in table.rows.enumerated() {
            let code = try regionCode(row[regionColumn], path: path, row: index + 1, resolver: resolver)
            guard !codes.contains(code) else {
                throw DataError(.invalidArgument, "'\(path)' row \(index + 1): region \(code) appears a second time")
            }
            codes.append(code)
            var values: [Double] = []
            for column in groupColumns {
                values.append(try count(row[column], path: path, row: index + 1, column: table.header[column]))
            }
            counts.append(values)
        }
        return try made(name: name, groups: groupColumns.map { table.header[$0] }, regions: codes, counts: counts, path: path)
    }

    /// The long layout: one row per region and group.
    private static func readLong(
        _ table: SimpleTable, path: String, name: String, region: Int, group: Int, count: Int, resolver: RegionResolver
    ) throws(DataError) -> GroupComposition {
        var groups: [String] = []
        var codes: [String] = []
        var cells: [String: [String: Double]] = [:]
        for (index, row) in table.rows.enumerated() {
            let code = try regionCode(row[region], path: path, row: index + 1, resolver: resolver)
            let label = row[group]
            guard !label.isEmpty else {
                throw DataError(.invalidArgument, "'\(path)' row \(index + 1), column '\(table.header[group])': the group is empty")
            }
            let value = try Self.count(row[count], path: path, row: index + 1, column: table.header[count])
            if !groups.contains(label) { groups.append(label) }
            if cells[code] == nil { codes.append(code) }
            guard cells[code, default: [:]].updateValue(value, forKey: label) == nil else {
                throw DataError(.invalidArgument, "'\(path)' row \(index + 1): region \(code) has group '\(label)' a second time")
            }
        }
        var counts: [[Double]] = []
        for code in codes {
            var values: [Double] = []
            for label in groups {
                guard let value = cells[code]?[label] else {
                    throw DataError(.invalidArgument, "'\(path)': region \(code) has no row for group '\(label)'")
                }
                values.append(value)
            }
            counts.append(values)
        }
        return try made(name: name, groups: groups, regions: codes, counts: counts, path: path)
    }

    /// The composition, its errors prefixed with the file.
    private static func made(name: String, groups: [String], regions: [String], counts: [[Double]], path: String)
        throws(DataError) -> GroupComposition
    {
        do {
            return try GroupComposition(split: name, groups: groups, regions: regions, counts: counts, source: "the table \(name)")
        } catch {
            throw DataError(error.code, "'\(path)': \(error.message)")
        }
    }

    /// The code of a region cell.
    private static func regionCode(_ text: String, path: String, row: Int, resolver: RegionResolver) throws(DataError) -> String {
        do {
            return try resolver.region(for: text).code
        } catch {
            throw DataError(error.code, "'\(path)' row \(row): \(error.message)")
        }
    }

    /// A count cell: a finite number ≥ 0.
    private static func count(_ text: String, path: String, row: Int, column: String) throws(DataError) -> Double {
        guard let value = Double(text), value >= 0, value.isFinite else {
            throw DataError(.invalidArgument, "'\(path)' row \(row), column '\(column)': '\(text)' is not a count")
        }
        return value
    }
}
