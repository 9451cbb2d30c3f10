/// Reads a table of published death counts — for users who have the counts but not
/// the list — in either of two layouts, recognised by the header:
///
/// - **Regional counts, as the press publishes them**: a region column, a count column,
///   optionally a date (period) column and a group column. The region column is the one
///   named as such (`region`, `subject`, `oblast`, `регион`, `субъект`, `область`…) or,
///   failing that, the column whose values resolve as regions in at least half the rows;
///   its values may be any spelling the resolver knows. The count column is named
///   `deaths`, `count`, `killed`, `dead`, `n`, `number`, `total`, `погибшие`… or is the one
///   other column of whole numbers; counts may group their thousands (`1 234`,
///   `1,234`). The date column is `period`, `date`, `week_start`, `month`, `year`, `as_of`,
///   `дата`…; the group column `group`, `category`, `unit_type`, `категория`.
/// - **Counts by category over time** (Mediazona's weekly named deaths by category): a
///   date column, no region column, and one column per category (a `total` column is
///   checked against their sum). Each category is mapped to a unit type by a
///   ``CategoryMapping``; a category the mapping does not know is counted as
///   ``UnitType/other`` with a warning that names it. The rows have no region.
///
/// Rows are never dropped silently: a row with an empty region counts as deaths without
/// a region; a row naming the whole country or a federal district (a total) is skipped
/// and listed; a row that cannot be used — a region that does not resolve, a count that
/// is not a whole number from 0 to 10^9, a region repeated without a period or group to
/// tell the rows apart, a row with the wrong number of fields — is listed with the reason
/// (``Table/unusedRows``) and the rest are read. A table none of whose rows can be used
/// is an error. A file whose name ends in `.gz` is decompressed as it is read.
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

    /// A row (or, by category, a cell) that could not be used, and why.
    public struct UnusedRow: Sendable, Hashable, CustomStringConvertible {
        /// The 1-based data row (the header is not a row).
        public let row: Int
        /// The physical line where it starts (the header is line 1).
        public let line: Int
        /// Why (`region "Atlantis" is not known`); never more of a field than a number or a date.
        public let reason: String

        /// `row 3 (line 4): …`.
        public var description: String { "row \(row) (line \(line)): \(reason)" }
    }

    /// How a counts table is laid out.
    public enum Layout: String, Sendable, Hashable {
        /// A region column and a count column (with a date and a group column, optionally).
        case regional
        /// A date column and one column per category, without regions.
        case categories
    }

    /// What a counts table held.
    public struct Table: Sendable, Hashable {
        /// The rows, in file order.
        public let rows: [Row]
        /// Rows skipped because they name an aggregate (a total), with the spelling.
        public let skippedTotals: [String]
        /// Whether the table has a period column.
        public let hasPeriod: Bool
        /// Whether the table has a group column (by category: always).
        public let hasGroup: Bool
        /// How it was laid out.
        public let layout: Layout
        /// The rows that could not be used, with the reason.
        public let unusedRows: [UnusedRow]
        /// What was counted, but should be looked at: categories the mapping does not
        /// know, totals that differ from the sum of their categories.
        public let warnings: [String]
        /// By category: each category column and what it was counted as, with the
        /// vocabulary that says so (`nguard: security_forces (mediazona-weekly (2026-05-22))`).
        public let categories: [String]
    }

    /// Reads the table.
    ///
    /// - Parameters:
    ///   - path: the CSV (TSV when it ends in `.tsv`), optionally gzip-compressed.
    ///   - resolver: the regions the names may mean.
    ///   - categories: the names of unit types, for counts by category.
    /// - Throws: ``DataError`` for an unreadable file, a header without a region column
    ///   (and not laid out by category) or without a count column, or a table none of
    ///   whose rows can be used.
    public static func read(path: String, resolver: RegionResolver, categories: CategoryMapping = .builtIn) throws(DataError) -> Table {
        let input = try ChunkedInput(path: path)
        return try read(
            input: input, delimiter: InputFormat.guess(path: path) == .tsv ? 9 : UInt8(ascii: ","), resolver: resolver,
            categories: categories)
    }

    /// One record as read: its fields as text (`nil` when a field is not UTF-8), its line.
    private struct Record {
        let number: Int
        let line: Int
        let fields: [String]
    }

    /// Reads the table from an input already opened (a file, or bytes in memory for fuzzing).
    static func read(
        input: ChunkedInput, delimiter: UInt8, resolver: RegionResolver, categories: CategoryMapping = .builtIn
    ) throws(DataError) -> Table {
        let path = input.name
        let reader = try DelimitedReader(input: input, delimiter: delimiter)
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "counts table '\(path)': \(text)") }
        let header = reader.columnNames
        var records: [Record] = []
        var unused: [UnusedRow] = []
        var number = 0
        while true {
            let event = try reader.next()
            switch event {
            case .end: break
            case .malformed(let line, let reason):
                number += 1
                unused.append(UnusedRow(row: number, line: line, reason: reason.detail))
                continue
            case .record(let line):
                number += 1
                guard reader.fieldCount == header.count else {
                    unused.append(UnusedRow(row: number, line: line, reason: "\(reader.fieldCount) fields, the header has \(header.count)"))
                    continue
                }
                let fields = (0..<header.count).map { index in reader.withField(index) { FieldText.string(FieldText.trimmed($0)) } }
                guard fields.allSatisfy({ $0 != nil }) else {
                    unused.append(UnusedRow(row: number, line: line, reason: "a field is not UTF-8 text"))
                    continue
                }
                if fields.allSatisfy({ $0!.isEmpty }) {
                    unused.append(UnusedRow(row: number, line: line, reason: "every field is empty"))
                    continue
                }
                records.append(Record(number: number, line: line, fields: fields.map { $0! }))
                continue
            }
            break
        }

        let keys = header.map(ColumnLayout.key)
        func named(_ names: Set<String>) -> Int? { keys.firstIndex(where: names.contains) }
        let periodColumn = named(Self.periodNames)
        let groupColumn = named(Self.groupNames)
        let regionColumn = named(Self.regionNames) ?? resolvingColumn(records, among: header.indices.filter { $0 != periodColumn }, resolver: resolver)
        let table: Table
        if let regionColumn {
            let taken: Set<Int?> = [regionColumn, periodColumn, groupColumn]
            let others = header.indices.filter { !taken.contains($0) }
            // Unnamed, the count column is the one other column of whole numbers (in more
            // than half the rows); a lone column of text is not a count.
            let wholeNumbers = others.filter { column in
                records.filter { publishedCount($0.fields[column]) != nil }.count * 2 > records.count
            }
            let countColumn = named(Self.countNames).flatMap { taken.contains($0) ? nil : $0 }
                ?? (wholeNumbers.count == 1 ? wholeNumbers[0] : nil)
            guard let countColumn else {
                throw problem("no count column among \(header.map { "'\($0)'" }.joined(separator: ", ")) (name it deaths or count)")
            }
            table = regional(
                records, unused: unused, header: header, region: regionColumn, count: countColumn, period: periodColumn,
                group: groupColumn, resolver: resolver)
        } else if let periodColumn, header.count > 1 {
            table = byCategory(records, unused: unused, header: header, period: periodColumn, categories: categories)
        } else {
            throw problem(
                "no region column among \(header.map { "'\($0)'" }.joined(separator: ", ")) (name it region), "
                    + "and no date column with one column per category")
        }
        guard !table.rows.isEmpty || !table.skippedTotals.isEmpty || table.unusedRows.isEmpty else {
            let first = table.unusedRows.prefix(3).map(\.description).joined(separator: "; ")
            throw problem("no row could be used (\(table.unusedRows.count) rows): \(first)")
        }
        return table
    }

    // MARK: - The layouts

    private static func regional(
        _ records: [Record], unused: [UnusedRow], header: [String], region: Int, count: Int, period: Int?, group: Int?,
        resolver: RegionResolver
    ) -> Table {
        var unused = unused
        var rows: [Row] = []
        var skipped: [String] = []
        var seen: [String: Int] = [:]
        for record in records {
            func text(_ column: Int?) -> String? {
                guard let column, !record.fields[column].isEmpty else { return nil }
                return record.fields[column]
            }
            guard let deaths = publishedCount(record.fields[count]) else {
                unused.append(UnusedRow(
                    row: record.number, line: record.line,
                    reason: "column '\(header[count])': \(quoted(record.fields[count])) is not a whole number from 0 to 10^9"))
                continue
            }
            var code: String?
            if let spelling = text(region), !FieldText.isMissingText(spelling) {
                do throws(DataError) {
                    switch try resolver.resolve(spelling) {
                    case .region(let match): code = match.code
                    case .aggregate, .heading:
                        skipped.append(spelling)
                        continue
                    }
                } catch {
                    unused.append(UnusedRow(row: record.number, line: record.line, reason: error.message))
                    continue
                }
            }
            let key = "\(code ?? "")\u{1F}\(text(period) ?? "")\u{1F}\(text(group) ?? "")"
            if let first = seen[key] {
                unused.append(UnusedRow(
                    row: record.number, line: record.line, reason: "repeats the region, period and group of row \(first)"))
                continue
            }
            seen[key] = record.number
            rows.append(Row(regionCode: code, deaths: deaths, period: text(period), group: text(group)))
        }
        return Table(
            rows: rows, skippedTotals: skipped, hasPeriod: period != nil, hasGroup: group != nil, layout: .regional,
            unusedRows: unused.sorted { $0.row < $1.row }, warnings: [], categories: [])
    }

    private static func byCategory(
        _ records: [Record], unused: [UnusedRow], header: [String], period: Int, categories mapping: CategoryMapping
    ) -> Table {
        var unused = unused
        var warnings: [String] = []
        let total = header.indices.first { $0 != period && ColumnLayout.key(header[$0]) == "total" }
        let columns = header.indices.filter { $0 != period && $0 != total }
        var described: [String] = []
        var groups: [String] = []
        for column in columns {
            if let match = mapping.match(header[column]) {
                groups.append(match.unitType.rawValue)
                described.append("\(header[column]): \(match.unitType.rawValue) (\(match.vocabulary))")
            } else {
                groups.append(UnitType.other.rawValue)
                described.append("\(header[column]): other (not in the category mapping)")
                warnings.append("category '\(header[column])' is not in the category mapping; counted as other")
            }
        }
        var rows: [Row] = []
        for record in records {
            guard let date = PartialDate(parsing: record.fields[period]) else {
                unused.append(UnusedRow(
                    row: record.number, line: record.line,
                    reason: "column '\(header[period])': \(quoted(record.fields[period])) is not a date"))
                continue
            }
            var sum = 0
            for (position, column) in columns.enumerated() {
                let field = record.fields[column]
                if field.isEmpty || FieldText.isMissingText(field) { continue }
                guard let deaths = publishedCount(field) else {
                    unused.append(UnusedRow(
                        row: record.number, line: record.line,
                        reason: "column '\(header[column])': \(quoted(field)) is not a whole number from 0 to 10^9"))
                    continue
                }
                sum += deaths
                rows.append(Row(regionCode: nil, deaths: deaths, period: date.description, group: groups[position]))
            }
            if let total, let stated = publishedCount(record.fields[total]), stated != sum {
                warnings.append("row \(record.number) (line \(record.line)): '\(header[total])' is \(stated), its categories sum to \(sum)")
            }
        }
        return Table(
            rows: rows, skippedTotals: [], hasPeriod: true, hasGroup: true, layout: .categories,
            unusedRows: unused.sorted { $0.row < $1.row }, warnings: warnings, categories: described)
    }

    // MARK: - Fields

    /// Header names (reduced by ``ColumnLayout/key(_:)``) of each column.
    static let regionNames: Set<String> = [
        "region", "regionname", "regions", "subject", "federalsubject", "oblast", "territory", "регион", "субъект",
        "субъектрф", "субъектфедерации", "область",
    ]
    static let countNames: Set<String> = [
        "deaths", "count", "counts", "killed", "dead", "n", "number", "total", "fatalities", "deathcount", "value",
        "погибшие", "погибших", "погибло", "число", "количество", "всего",
    ]
    static let periodNames: Set<String> = [
        "period", "date", "weekstart", "week", "month", "year", "asof", "дата", "период", "месяц", "год", "неделя",
    ]
    static let groupNames: Set<String> = ["group", "category", "unittype", "группа", "категория"]

    /// A count as published: digits, their thousands optionally grouped by spaces
    /// (also no-break and thin spaces) or commas (`1 234`, `1,234`), from 0 to 10^9;
    /// `nil` otherwise (`1e3`, `2.5`, `-1`, `0x10`).
    static func publishedCount(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, ("0"..."9").contains(first) else { return nil }
        var digits = ""
        var groupSeparator: Unicode.Scalar?
        var run = 0
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                run += 1
            } else if [" ", "\u{00A0}", "\u{202F}", "\u{2009}", ","].contains(scalar) {
                // A separator stands after one to three digits, then every three.
                guard groupSeparator == nil || groupSeparator == scalar, run == 3 || (groupSeparator == nil && run <= 3) else {
                    return nil
                }
                groupSeparator = scalar
                run = 0
            } else {
                return nil
            }
        }
        guard groupSeparator == nil || run == 3, digits.count <= 10, let value = Int(digits), value <= FieldText.maximumCount else {
            return nil
        }
        return value
    }

    /// A field as messages show it: quoted when it looks like a number or a date.
    private static func quoted(_ text: String) -> String {
        var text = text
        return text.withUTF8 { FieldText.quoted(UnsafeRawBufferPointer($0)) }
    }

    /// The column whose values resolve as regions in at least half the rows (and in one
    /// row at least), the first of the most.
    private static func resolvingColumn(_ records: [Record], among columns: [Int], resolver: RegionResolver) -> Int? {
        var best: (column: Int, resolved: Int)?
        for column in columns {
            // Names of regions have letters; numbers and dates are not tried.
            let resolved = records.filter { record in
                let field = record.fields[column]
                guard field.contains(where: \.isLetter), case .region? = try? resolver.resolve(field) else { return false }
                return true
            }.count
            if resolved > 0, resolved * 2 >= records.count, resolved > (best?.resolved ?? 0) { best = (column, resolved) }
        }
        return best?.column
    }
}
