import BurdenData

/// Deaths per period (month, quarter or year), optionally by group, with each
/// group's share of the period (METHODS.md §7).
///
/// A record is placed by its date of death, or its confirmation date when the list
/// has no date of death. A date coarser than the period (a year-only date in a
/// monthly series) cannot be placed and is counted in ``unplaced``; a record without
/// a date in ``undated``. Nothing is dropped silently.
public struct Trends: Sendable, Hashable {
    /// The length of a period.
    public enum Period: String, Sendable, Hashable, CaseIterable {
        case month, quarter, year
    }

    /// One period and group.
    public struct Row: Sendable, Hashable {
        /// The period: `2023-05`, `2023-Q2` or `2023`.
        public let period: String
        /// The group (`all` without a grouping).
        public let group: String
        /// Deaths in the period and group.
        public let deaths: Int
        /// The group's share of the period's deaths placed in it (0–1).
        public let share: Double
    }

    /// The period length.
    public let period: Period
    /// The grouping.
    public let grouping: Grouping
    /// Rows ordered by period, then by group.
    public let rows: [Row]
    /// Deaths whose date is too coarse for the period.
    public let unplaced: Int
    /// Deaths without a date.
    public let undated: Int

    /// Counts records by period and group.
    ///
    /// - Complexity: O(n), counted in a flat array by period and group (see ``Counter``).
    public init(records: [CasualtyRecord], table: RegionTable, period: Period, grouping: Grouping) {
        var counter = Counter(table: table, period: period, grouping: grouping)
        for record in records { counter.add(record) }
        self.init(counter)
    }

    /// The trends of the records a counter has met.
    public init(_ counter: Counter) {
        self.init(
            counts: counter.labelledCounts(), period: counter.period, grouping: counter.grouping, unplaced: counter.unplaced,
            undated: counter.undated)
    }

    /// Trends from a counts table's rows (its `period` and `group` columns).
    ///
    /// - Throws: ``AnalysisError`` when the table has no period column, or a period that
    ///   is not a date.
    public init(countRows: [CountsTableReader.Row], period: Period) throws(AnalysisError) {
        var counts: [String: [String: Int]] = [:]
        var unplaced = 0
        for row in countRows {
            guard let text = row.period else { throw AnalysisError("trends from counts need a period column") }
            guard let date = PartialDate(parsing: text) else {
                throw AnalysisError("the period '\(text)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
            guard let label = Self.label(of: date, period) else {
                unplaced += row.deaths
                continue
            }
            counts[label, default: [:]][row.group ?? "all", default: 0] += row.deaths
        }
        self.init(counts: counts, period: period, grouping: .none, unplaced: unplaced, undated: 0)
    }

    private init(counts: [String: [String: Int]], period: Period, grouping: Grouping, unplaced: Int, undated: Int) {
        var rows: [Row] = []
        for label in counts.keys.sorted() {
            let groups = counts[label]!
            let total = groups.values.reduce(0, +)
            for group in groups.keys.sorted() {
                let deaths = groups[group]!
                rows.append(Row(period: label, group: group, deaths: deaths, share: Double(deaths) / Double(total)))
            }
        }
        self.period = period
        self.grouping = grouping
        self.rows = rows
        self.unplaced = unplaced
        self.undated = undated
    }

    /// A number for the period of a date (year × 100 + month or quarter, or the year);
    /// `nil` when the date is too coarse.
    static func key(of date: PartialDate, _ period: Period) -> Int? {
        switch period {
        case .year: return date.year
        case .month: return date.month.map { date.year * 100 + $0 }
        case .quarter: return date.month.map { date.year * 100 + ($0 - 1) / 3 + 1 }
        }
    }

    /// The label of a period number made by ``key(of:_:)``.
    static func label(ofKey key: Int, _ period: Period) -> String {
        switch period {
        case .year: return String(key)
        case .month: return PartialDate(year: key / 100, month: key % 100)!.description
        case .quarter: return "\(key / 100)-Q\(key % 100)"
        }
    }

    /// The period label of a date; `nil` when the date is too coarse.
    static func label(of date: PartialDate, _ period: Period) -> String? {
        switch period {
        case .year: return String(date.year)
        case .month:
            guard let month = date.month else { return nil }
            return PartialDate(year: date.year, month: month)!.description
        case .quarter:
            guard let month = date.month else { return nil }
            return "\(date.year)-Q\((month - 1) / 3 + 1)"
        }
    }
}
