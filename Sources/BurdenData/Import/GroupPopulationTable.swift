/// Populations by group (and by region), for comparing a group's share of the dead
/// with its share of the population: `group,COLUMN` rows, or the layout of the census
/// table of Bessudnov (2023), `census2010EthnPropPopulationAll.csv`, whose group column
/// is `newEthn`.
public enum GroupPopulationTable {
    /// One population figure.
    public struct Row: Sendable, Hashable {
        /// The region code, for within-region comparisons.
        public let region: String?
        public let group: String
        public let population: Double
    }

    /// Reads `FILE:COLUMN`.
    ///
    /// - Parameters:
    ///   - reference: the file and column, `FILE:COLUMN`.
    ///   - withinRegion: whether rows are per region (a column of region names is then required).
    /// - Throws: ``DataError`` naming the missing column, a value that is not a plain
    ///   decimal number from 0 to 10^10 (naming its row and column), or a group given twice.
    public static func read(_ reference: String, withinRegion: Bool, resolver: RegionResolver) throws(DataError) -> [Row] {
        guard let split = reference.lastIndex(of: ":") else {
            throw DataError(.invalidArgument, "--group-population takes FILE:COLUMN (got '\(reference)')")
        }
        let path = String(reference[..<split])
        let name = String(reference[reference.index(after: split)...])
        let table = try SimpleTable(path: path)
        guard let valueColumn = table.column(name) else {
            throw DataError(.invalidArgument, "'\(path)' has no column '\(name)' (it has \(table.header.joined(separator: ", ")))")
        }
        guard let groupColumn = ["group", "newEthn", "ethnicity"].lazy.compactMap({ table.column($0) }).first else {
            throw DataError(.invalidArgument, "'\(path)' has no group column (group, newEthn or ethnicity)")
        }
        var regionColumn: Int?
        if withinRegion {
            regionColumn = table.column("region") ?? table.regionColumn(resolver: resolver)
            guard regionColumn != nil else { throw DataError(.invalidArgument, "'\(path)' has no column of region names") }
        }
        var rows: [Row] = []
        var seen: Set<String> = []
        for (number, row) in table.rows.enumerated() {
            guard case .value(let value) = FieldText.number(row[valueColumn]), value >= 0, value <= FieldText.maximumPopulation else {
                throw DataError(
                    .invalidArgument,
                    "'\(path)' row \(number + 1), column '\(name)': '\(row[valueColumn])' is not a population (a number from 0 to 1e10)")
            }
            var region: String?
            if let regionColumn {
                do {
                    region = try resolver.region(for: row[regionColumn]).code
                } catch {
                    throw DataError(.invalidArgument, "'\(path)' row \(number + 1): \(error.message)")
                }
            }
            let group = row[groupColumn]
            guard seen.insert("\(region ?? "")|\(group)").inserted else {
                throw DataError(.invalidArgument, "'\(path)' row \(number + 1) gives group '\(group)' a second time")
            }
            rows.append(Row(region: region, group: group, population: value))
        }
        return rows
    }
}
