/// The size of a named group by age band (and region), for the deaths it would show
/// at a population's rates (`warburden exposure --group FILE`): rows
/// `age_band,people[,region]` — `20-29,410`, `60+,85,Tuva`.
///
/// Bands are written as the mortality tables write them (`15-19`, `85+`, `20`, with
/// an optional `лет`/`years`); a region column, when present, is resolved as every
/// other file's regions are.
public enum GroupSizeTable {
    /// One band of the group.
    public struct Row: Sendable, Hashable {
        /// The band of ages.
        public let band: AgeGroup
        /// How many of the group are of those ages (and in ``region``): a number ≥ 0,
        /// not necessarily whole (a share of a group estimated from a sample).
        public let people: Double
        /// The region's code, when the row is of one region.
        public let region: String?

        /// A band of a group.
        public init(band: AgeGroup, people: Double, region: String?) {
            self.band = band
            self.people = people
            self.region = region
        }
    }

    /// Reads a group table.
    ///
    /// - Parameters:
    ///   - path: the CSV (TSV when named `.tsv`; `.gz` read through gzip).
    ///   - resolver: the regions' spellings, for a `region` column.
    /// - Throws: ``DataError`` naming the file, the row and the column: no `age_band` or
    ///   `people` column, a band that is not one, people that are not a number from 0 to
    ///   10^10, a region that does not resolve, a band (in a region) given twice, or no rows.
    /// - Complexity: O(rows).
    public static func read(path: String, resolver: RegionResolver) throws(DataError) -> [Row] {
        let table = try SimpleTable(path: path)
        guard let bandColumn = table.column("age_band"), let peopleColumn = table.column("people") else {
            throw DataError(
                .invalidArgument, "'\(path)' needs the columns age_band and people (it has \(table.header.joined(separator: ", ")))")
        }
        let regionColumn = table.column("region")
        var rows: [Row] = []
        var seen: Set<String> = []
        for (index, fields) in table.rows.enumerated() {
            let line = "'\(path)' row \(index + 1)"
            guard case .group(let band)? = AgeLabel(parsing: fields[bandColumn]) else {
                throw DataError(.invalidArgument, "\(line), column age_band: '\(fields[bandColumn])' is not a band of ages (such as 20-29 or 60+)")
            }
            guard case .value(let people) = FieldText.number(fields[peopleColumn]), people >= 0, people <= FieldText.maximumPopulation else {
                throw DataError(.invalidArgument, "\(line), column people: '\(fields[peopleColumn])' is not a number of people (0 to 1e10)")
            }
            var region: String?
            if let regionColumn, !fields[regionColumn].isEmpty {
                do {
                    region = try resolver.region(for: fields[regionColumn]).code
                } catch {
                    throw DataError(.invalidArgument, "\(line), column region: \(error.message)")
                }
            }
            guard seen.insert("\(region ?? "")|\(band)").inserted else {
                throw DataError(.invalidArgument, "\(line) gives the band \(band)\(region.map { " in \($0)" } ?? "") a second time")
            }
            rows.append(Row(band: band, people: people, region: region))
        }
        guard !rows.isEmpty else { throw DataError(.invalidArgument, "'\(path)' has no rows") }
        return rows
    }
}
