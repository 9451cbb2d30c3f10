/// Reads a count per week: a CSV with a `week_start` column (or `week`, or `date`) and
/// a value column, such as Mediazona and Meduza's weekly probate estimate
/// (`week_start, named_deaths, estimated_deaths`) or the named deaths per week
/// (`week_start, total, …`).
///
/// The value column is the one named, or the first of `preferring` the table has, or
/// its only numeric column. Dates are full ISO dates, strictly increasing, each a whole
/// number of weeks after the first; values are plain decimal numbers from 0 to 10^15.
/// An empty cell is a week without a value: it is left out, so that it counts as not
/// covered rather than as zero.
public enum WeeklyCountsReader {
    /// The value columns of an estimate, in the order they are preferred.
    public static let estimateColumns = ["estimated_deaths", "estimate", "value"]
    /// The value columns of named counts, in the order they are preferred.
    public static let namedColumns = ["named_deaths", "total", "named", "value"]

    /// Reads the counts.
    ///
    /// - Parameters:
    ///   - path: the CSV file (TSV when it ends in `.tsv`, either optionally `.gz`).
    ///   - name: the name messages give the file (an upload's name); the path when `nil`.
    ///   - column: the value column; found by `preferring` when `nil`.
    ///   - preferring: names of value columns to look for, in order.
    ///   - limits: the bounds on reading.
    /// - Throws: ``DataError`` naming the file, line and column of a missing column, a
    ///   date that is not a day or out of order or off the weekly step, or a value that
    ///   is not a number ≥ 0.
    /// - Complexity: O(rows).
    public static func read(
        path: String, name: String? = nil, column: String? = nil, preferring: [String] = estimateColumns,
        limits: ReadLimits = .standard
    ) throws(DataError) -> WeeklyCounts {
        let input = try ChunkedInput(path: path, name: name, limits: limits)
        let table = try SimpleTable(input: input, delimiter: InputFormat.guess(path: name ?? path) == .tsv ? 9 : UInt8(ascii: ","))
        return try read(table: table, name: name ?? path, column: column, preferring: preferring)
    }

    /// Reads the counts from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name: String, column: String?, preferring: [String]) throws(DataError) -> WeeklyCounts {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "weekly counts '\(name)': \(text)") }
        guard let dateColumn = table.column("week_start") ?? table.column("week") ?? table.column("date") else {
            throw problem("no 'week_start' column")
        }
        let valueColumn: Int
        if let column {
            guard let index = table.column(column), index != dateColumn else {
                throw problem("no column '\(column)' (columns: \(table.header.joined(separator: ", ")))")
            }
            valueColumn = index
        } else if let index = preferring.lazy.compactMap({ table.column($0) }).first(where: { $0 != dateColumn }) {
            valueColumn = index
        } else if let index = table.soleNumericColumn(besides: dateColumn) {
            valueColumn = index
        } else {
            throw problem("name the value column (columns: \(table.header.joined(separator: ", ")))")
        }
        let columnName = table.header[valueColumn]
        var weeks: [WeeklyCounts.Week] = []
        var previous: (start: PartialDate, line: Int)?
        var first: PartialDate?
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            guard let start = PartialDate(parsing: row[dateColumn]), start.day != nil else {
                throw problem("line \(line): '\(FieldText.shown(row[dateColumn]))' is not a date (YYYY-MM-DD)")
            }
            if let previous, start <= previous.start {
                throw problem("line \(line): \(start) does not come after \(previous.start) (line \(previous.line)); sort the weeks by date")
            }
            if let first, PartialDate.days(from: first, to: start) % 7 != 0 {
                throw problem("line \(line): \(start) is not a whole number of weeks after \(first)")
            }
            first = first ?? start
            previous = (start, line)
            switch FieldText.number(row[valueColumn]) {
            case .missing: continue
            case .invalid(let reason): throw problem("line \(line), column '\(columnName)': \(reason)")
            case .value(let value):
                guard value >= 0 else { throw problem("line \(line), column '\(columnName)': a count cannot be negative (\(row[valueColumn]))") }
                weeks.append(WeeklyCounts.Week(start: start, value: value, line: line))
            }
        }
        guard !weeks.isEmpty else { throw problem("no week with a value in column '\(columnName)'") }
        return WeeklyCounts(weeks: weeks, label: columnName)
    }
}
