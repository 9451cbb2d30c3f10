/// A daily cumulative series: a count that only grows, reported once a day (the
/// General Staff of Ukraine's claimed Russian personnel losses, killed and wounded).
public struct CumulativeSeries: Sendable, Hashable {
    /// One report.
    public struct Point: Sendable, Hashable {
        /// The report's date (a report dated D covers losses through the night before D).
        public let date: PartialDate
        /// The cumulative count.
        public let value: Double
        /// The physical line in the file (for messages).
        public let line: Int
    }

    /// The reports, in date order, one per date.
    public let points: [Point]
    /// What the series counts, as its column was named (`personnel_cumulative`).
    public let label: String

    /// The value reported on `date`, or on the latest earlier date; 0 before the first
    /// report (the count starts at zero when the series starts); `nil` after the last report.
    public func value(on date: PartialDate) -> Double? {
        guard let last = points.last, date <= last.date else { return nil }
        var low = 0
        var high = points.count
        while low < high {
            let mid = (low + high) / 2
            if points[mid].date <= date { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? 0 : points[low - 1].value
    }
}

/// Reads a daily cumulative series: a CSV with a `date` column and a value column
/// (`value`, or the first column whose name ends in `cumulative`, or the only other
/// numeric column). Dates must be full ISO dates, strictly increasing; values whole
/// numbers from 0 to 10^15, written as plain decimals — anything else (`nan`, `inf`,
/// `0x10`, `1e400`) is an error naming the line and the column (the checks of
/// ``SeriesChecks`` report the rest, such as decreases, without changing anything).
public enum CumulativeSeriesReader {
    /// Reads the series.
    ///
    /// - Parameters:
    ///   - path: the CSV file.
    ///   - name: the name messages give the file (an upload's name); the path when `nil`.
    ///   - column: the value column; found as described above when `nil`.
    ///   - limits: the bounds on reading.
    /// - Throws: ``DataError`` naming the line of an unsorted or repeated date, a date
    ///   that is not a day, or a value that is not a number ≥ 0.
    public static func read(
        path: String, name: String? = nil, column: String? = nil, limits: ReadLimits = .standard
    ) throws(DataError) -> CumulativeSeries {
        let input = try ChunkedInput(path: path, name: name, limits: limits)
        return try read(table: SimpleTable(input: input, delimiter: UInt8(ascii: ",")), name: name ?? path, column: column)
    }

    /// Reads the series from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name path: String, column: String? = nil) throws(DataError) -> CumulativeSeries {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "series '\(path)': \(text)") }
        guard let dateColumn = table.column("date") else { throw problem("no 'date' column") }
        let valueColumn: Int
        if let column {
            guard let index = table.column(column) else { throw problem("no column '\(column)'") }
            valueColumn = index
        } else if let index = table.column("value") ?? table.header.firstIndex(where: { $0.lowercased().hasSuffix("cumulative") }) {
            valueColumn = index
        } else if let index = table.soleNumericColumn(besides: dateColumn) {
            valueColumn = index
        } else {
            throw problem("name the value column (columns: \(table.header.joined(separator: ", ")))")
        }
        var points: [CumulativeSeries.Point] = []
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            guard let date = PartialDate(parsing: row[dateColumn]), date.day != nil else {
                throw problem("line \(line): '\(row[dateColumn])' is not a date (YYYY-MM-DD)")
            }
            guard case .value(let value) = FieldText.number(row[valueColumn]), value == value.rounded() else {
                throw problem("line \(line), column '\(table.header[valueColumn])': '\(row[valueColumn])' is not a whole number")
            }
            guard value >= 0 else { throw problem("line \(line): a cumulative count cannot be negative (\(row[valueColumn]))") }
            if let previous = points.last {
                guard date != previous.date else { throw problem("line \(line): the date \(date) repeats line \(previous.line)") }
                guard date > previous.date else {
                    throw problem("line \(line): \(date) comes after \(previous.date) (line \(previous.line)); sort the series by date")
                }
            }
            points.append(CumulativeSeries.Point(date: date, value: value, line: line))
        }
        guard !points.isEmpty else { throw problem("no rows") }
        return CumulativeSeries(points: points, label: table.header[valueColumn])
    }
}
