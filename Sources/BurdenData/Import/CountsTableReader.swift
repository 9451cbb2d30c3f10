/// Reads a table of published death counts: `region,deaths[,period][,group]` — for
/// users who have the counts per region but not the list.
///
/// Regions are resolved like a list's. A row with an empty region counts as deaths
/// without a region; a row naming the whole country or a federal district (a total) is
/// skipped and reported. Any other problem — an unknown region, a count that is not a
/// whole number from 0 to 10^9, a region repeated without a period or group to tell the
/// rows apart — is an error naming the row (and the column, for a count). A file whose
/// name ends in `.gz` is decompressed as it is read.
public enum CountsTableReader {
    /// One row of counts.
    public struct Row: Sendable, Hashable {
        /// The region code; `nil` for deaths without a region.
        public let regionCode: String?
        /// The number of deaths.
        public let deaths: Int
        /// The period the row covers (`2023`, `2023-05`), when the table has one.
        public let period: String?
        /// The group the row covers (a unit type, an ethnic group), when the table has one.
        public let group: String?

        /// Creates a row.
        public init(regionCode: String?, deaths: Int, period: String?, group: String?) {
            self.regionCode = regionCode
            self.deaths = deaths
            self.period = period
            self.group = group
        }
    }

    /// What a counts table held.
    public struct Table: Sendable, Hashable {
        /// The rows, in file order.
        public let rows: [Row]
        /// Rows skipped because they name an aggregate (a total), with the spelling.
        public let skippedTotals: [String]
        /// Whether the table has a period column.
        public let hasPeriod: Bool
        /// Whether the table has a group column.
        public let hasGroup: Bool
    }

    /// Reads the table.
    ///
    /// - Throws: ``DataError`` naming the row of the first problem.
    public static func read(path: String, resolver: RegionResolver) throws(DataError) -> Table {
        let input = try ChunkedInput(path: path)
        return try read(input: input, delimiter: InputFormat.guess(path: path) == .tsv ? 9 : UInt8(ascii: ","), resolver: resolver)
    }

    /// Reads the table from an input already opened (a file, or bytes in memory for fuzzing).
    static func read(input: ChunkedInput, delimiter: UInt8, resolver: RegionResolver) throws(DataError) -> Table {
        let path = input.name
        let reader = try DelimitedReader(input: input, delimiter: delimiter)
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "counts table '\(path)': \(text)") }
        let lowered = reader.columnNames.map { $0.lowercased() }
        guard let regionColumn = lowered.firstIndex(of: "region") else { throw problem("no 'region' column") }
        guard let deathsColumn = lowered.firstIndex(where: { ["deaths", "count", "killed", "n"].contains($0) }) else {
            throw problem("no 'deaths' column")
        }
        let periodColumn = lowered.firstIndex(of: "period")
        let groupColumn = lowered.firstIndex(of: "group")
        var rows: [Row] = []
        var skipped: [String] = []
        var seen: [String: Int] = [:]
        var number = 0
        while true {
            let event = try reader.next()
            guard case .record = event else {
                if case .malformed(let line, let reason) = event { throw problem("line \(line): \(reason.detail)") }
                break
            }
            number += 1
            guard reader.fieldCount == lowered.count else {
                throw problem("row \(number) has \(reader.fieldCount) fields, the header \(lowered.count)")
            }
            func text(_ column: Int?) -> String? {
                guard let column else { return nil }
                let value = reader.withField(column) { FieldText.string(FieldText.trimmed($0)) ?? "" }
                return value.isEmpty ? nil : value
            }
            guard let deaths = reader.withField(deathsColumn, FieldText.integer), (0...FieldText.maximumCount).contains(deaths) else {
                let shown = reader.withField(deathsColumn, FieldText.quoted)
                throw problem(
                    "row \(number), column '\(reader.columnNames[deathsColumn])': \(shown) is not a whole number from 0 to 10^9")
            }
            let period = text(periodColumn)
            let group = text(groupColumn)
            var code: String?
            if let spelling = text(regionColumn), !FieldText.isMissingText(spelling) {
                let match: RegionMatch
                do {
                    match = try resolver.resolve(spelling)
                } catch {
                    throw problem("row \(number): \(error.message)")
                }
                switch match {
                case .region(let region): code = region.code
                case .aggregate, .heading:
                    skipped.append(spelling)
                    continue
                }
            }
            let key = "\(code ?? "")\u{1F}\(period ?? "")\u{1F}\(group ?? "")"
            if let first = seen[key] {
                throw problem("row \(number) repeats the region, period and group of row \(first)")
            }
            seen[key] = number
            rows.append(Row(regionCode: code, deaths: deaths, period: period, group: group))
        }
        return Table(rows: rows, skippedTotals: skipped, hasPeriod: periodColumn != nil, hasGroup: groupColumn != nil)
    }
}
