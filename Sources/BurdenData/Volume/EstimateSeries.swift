/// A series of estimated deaths per week (or per any run of days), with the deaths the
/// named list held for the same weeks when the source gives them: Mediazona and
/// Meduza's estimate from the probate registry, `week_start,named_deaths,estimated_deaths`.
///
/// Each value counts the deaths of the days from its date to the day before the next
/// one; the last covers as many days as the one before it (a week, for a weekly series).
public struct EstimateSeries: Sendable, Hashable {
    /// One period of the series.
    public struct Point: Sendable, Hashable {
        /// The first day the value covers.
        public let start: PartialDate
        /// The estimated deaths of the period (not necessarily whole: an estimate).
        public let estimated: Double
        /// The named list's deaths of the period as the source gives them; `nil` when it
        /// gives none.
        public let named: Int?
        /// The physical line in the file (for messages).
        public let line: Int

        /// The day number of ``start`` (always a full date: the reader refuses others).
        var day: Int { start.dayNumber! }
    }

    /// The periods, in date order; never empty.
    public let points: [Point]
    /// What the estimate counts, as its column was named (`estimated_deaths`).
    public let estimateLabel: String
    /// The column of named deaths, when the file has one (`named_deaths`).
    public let namedLabel: String?

    /// The days the last value covers: as many as the one before it (7 for a weekly
    /// series; 7 when there is a single point).
    public var lastLength: Int {
        points.count > 1 ? points[points.count - 1].day - points[points.count - 2].day : 7
    }

    /// The last day the series covers.
    public var lastDay: PartialDate { PartialDate(dayNumber: points[points.count - 1].day + lastLength - 1)! }

    /// The first day after the series.
    public var end: PartialDate { PartialDate(dayNumber: points[points.count - 1].day + lastLength)! }
}

/// Reads an estimate series: a CSV with a date column (`week_start`, `date`, `week`,
/// `start`), an estimate column (`estimated_deaths`, `estimated`, `estimate`, `value`,
/// or the first column whose name starts with `estimate`) and optionally a column of
/// named deaths (`named_deaths`, `named`). Dates are full ISO dates, strictly
/// increasing; estimates plain decimals from 0 to 10^9, named deaths whole numbers —
/// anything else is an error naming the line and the column.
public enum EstimateSeriesReader {
    /// Reads the series.
    ///
    /// - Throws: ``DataError`` naming the file, and the line and column of the first
    ///   problem: a missing date or estimate column, a date that is not a day, out of
    ///   order or repeated, a value that is not a number in range.
    public static func read(path: String) throws(DataError) -> EstimateSeries {
        try read(table: SimpleTable(path: path), name: path)
    }

    /// Reads the series from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name path: String) throws(DataError) -> EstimateSeries {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "estimate series '\(path)': \(text)") }
        func column(_ names: [String]) -> Int? { names.lazy.compactMap(table.column).first }
        guard let dateColumn = column(["week_start", "date", "week", "start", "period_start"]) else {
            throw problem("no date column (week_start or date; columns: \(table.header.joined(separator: ", ")))")
        }
        guard
            let estimateColumn = column(["estimated_deaths", "estimated", "estimate", "value"])
                ?? table.header.firstIndex(where: { $0.lowercased().hasPrefix("estimate") })
        else {
            throw problem("no estimate column (estimated_deaths; columns: \(table.header.joined(separator: ", ")))")
        }
        let namedColumn = column(["named_deaths", "named", "named_dead"])
        var points: [EstimateSeries.Point] = []
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            guard let start = PartialDate(parsing: row[dateColumn]), start.day != nil else {
                throw problem("line \(line): '\(row[dateColumn])' is not a date (YYYY-MM-DD)")
            }
            guard case .value(let estimated) = FieldText.number(row[estimateColumn]), (0...Double(FieldText.maximumCount)).contains(estimated)
            else {
                throw problem("line \(line), column '\(table.header[estimateColumn])': '\(row[estimateColumn])' is not a number from 0 to 10^9")
            }
            var named: Int?
            if let namedColumn {
                switch FieldText.number(row[namedColumn]) {
                case .missing: named = nil
                case .value(let value) where value == value.rounded() && (0...Double(FieldText.maximumCount)).contains(value):
                    named = Int(value)
                default:
                    throw problem("line \(line), column '\(table.header[namedColumn])': '\(row[namedColumn])' is not a whole number from 0 to 10^9")
                }
            }
            if let previous = points.last {
                guard start != previous.start else { throw problem("line \(line): the date \(start) repeats line \(previous.line)") }
                guard start > previous.start else {
                    throw problem("line \(line): \(start) comes after \(previous.start) (line \(previous.line)); sort the series by date")
                }
            }
            points.append(EstimateSeries.Point(start: start, estimated: estimated, named: named, line: line))
        }
        guard !points.isEmpty else { throw problem("no rows") }
        return EstimateSeries(
            points: points, estimateLabel: table.header[estimateColumn], namedLabel: namedColumn.map { table.header[$0] })
    }
}
