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
    /// - Complexity: O(n) with one small-dictionary lookup per record (periods and
    ///   groups are counted by number and named at the end).
    public init(records: [CasualtyRecord], table: RegionTable, period: Period, grouping: Grouping) {
        var groupNames: [String] = []
        var groupIndex: [String: Int] = [:]
        func index(of name: String) -> Int {
            if let known = groupIndex[name] { return known }
            groupNames.append(name)
            groupIndex[name] = groupNames.count - 1
            return groupNames.count - 1
        }
        // Region groupings: each region's group once.
        var regionGroups: [String: Int] = [:]
        let unknownRegion = index(of: "unknown")
        if grouping == .federalDistrict || grouping == .macroRegion || grouping == .republic {
            for region in table.regions { regionGroups[region.code] = index(of: grouping.group(of: region)) }
        }
        let unitGroups = UnitType.allCases.map { index(of: $0.rawValue) }
        let allGroup = grouping == .none ? index(of: "all") : 0
        // Counts in a flat array: (period slot, group). Slots cover 1900–2099.
        let slotsPerYear = period == .month ? 12 : period == .quarter ? 4 : 1
        var counts: [Int] = []
        var width = 32
        func add(_ slot: Int, _ group: Int) {
            while group >= width {
                counts = stride(from: 0, to: counts.count, by: width).flatMap { Array(counts[$0..<$0 + width]) + Array(repeating: 0, count: width) }
                width *= 2
            }
            if counts.isEmpty { counts = Array(repeating: 0, count: 200 * slotsPerYear * width) }
            counts[slot * width + group] += 1
        }
        var unplaced = 0
        var undated = 0
        var outside: [Int: [Int: Int]] = [:]
        for record in records {
            guard let date = record.deathDate ?? record.confirmationDate else {
                undated += 1
                continue
            }
            guard let key = Self.key(of: date, period) else {
                unplaced += 1
                continue
            }
            let group: Int
            switch grouping {
            case .none: group = allGroup
            case .unitType: group = unitGroups[record.unitType.ordinal]
            case .ethnicity: group = index(of: record.ethnicity ?? "unknown")
            case .federalDistrict, .macroRegion, .republic:
                group = record.regionCode.flatMap { regionGroups[$0] } ?? unknownRegion
            }
            let slot = (date.year - 1900) * slotsPerYear + (period == .year ? 0 : (period == .month ? date.month! - 1 : (date.month! - 1) / 3))
            if slot >= 0, slot < 200 * slotsPerYear {
                add(slot, group)
            } else {
                outside[key, default: [:]][group, default: 0] += 1
            }
        }
        var labelled: [String: [String: Int]] = [:]
        if !counts.isEmpty {
            for slot in 0..<(200 * slotsPerYear) {
                for group in 0..<min(width, groupNames.count) where counts[slot * width + group] > 0 {
                    let year = 1900 + slot / slotsPerYear
                    let key = period == .year ? year : year * 100 + slot % slotsPerYear + 1
                    labelled[Self.label(ofKey: key, period), default: [:]][groupNames[group]] = counts[slot * width + group]
                }
            }
        }
        for (key, groups) in outside {
            for (group, count) in groups { labelled[Self.label(ofKey: key, period), default: [:]][groupNames[group], default: 0] += count }
        }
        self.init(counts: labelled, period: period, grouping: grouping, unplaced: unplaced, undated: undated)
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
