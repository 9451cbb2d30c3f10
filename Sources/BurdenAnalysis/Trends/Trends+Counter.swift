import BurdenData

extension Trends {
    /// Counts records by period and group one at a time, so that trends can be counted
    /// while a list streams by, without keeping its records.
    ///
    /// Periods from 1900 to 2099 are counted in a flat array of (period, group) cells;
    /// groups are numbered as they are first met and named at the end; dates outside
    /// those years are counted aside.
    public struct Counter: Sendable {
        /// The period counted by.
        public let period: Period
        /// The grouping counted by.
        public let grouping: Grouping
        /// Records whose date is too coarse for the period.
        public private(set) var unplaced = 0
        /// Records without a date.
        public private(set) var undated = 0
        private var groupNames: [String] = []
        private var groupIndex: [String: Int] = [:]
        private var regionGroups: [String: Int] = [:]
        private var unknownRegion = 0
        private var unitGroups: [Int] = []
        private var allGroup = 0
        private let slotsPerYear: Int
        private var counts: [Int] = []
        private var width = 32
        private var outside: [Int: [Int: Int]] = [:]

        /// A counter by `period` and `grouping`; region groupings take each region's
        /// group from `table`.
        public init(table: RegionTable, period: Period, grouping: Grouping) {
            self.period = period
            self.grouping = grouping
            slotsPerYear = period == .month ? 12 : period == .quarter ? 4 : 1
            unknownRegion = index(of: "unknown")
            if grouping == .federalDistrict || grouping == .macroRegion || grouping == .republic {
                for region in table.regions { regionGroups[region.code] = index(of: grouping.group(of: region)) }
            }
            unitGroups = UnitType.allCases.map { index(of: $0.rawValue) }
            allGroup = grouping == .none ? index(of: "all") : 0
        }

        /// Counts one record.
        public mutating func add(_ record: CasualtyRecord) {
            guard let date = record.deathDate ?? record.confirmationDate else {
                undated += 1
                return
            }
            guard let key = Trends.key(of: date, period) else {
                unplaced += 1
                return
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
                count(slot, group)
            } else {
                outside[key, default: [:]][group, default: 0] += 1
            }
        }

        /// The counts by period label and group name.
        func labelledCounts() -> [String: [String: Int]] {
            var labelled: [String: [String: Int]] = [:]
            if !counts.isEmpty {
                for slot in 0..<(200 * slotsPerYear) {
                    for group in 0..<min(width, groupNames.count) where counts[slot * width + group] > 0 {
                        let year = 1900 + slot / slotsPerYear
                        let key = period == .year ? year : year * 100 + slot % slotsPerYear + 1
                        labelled[Trends.label(ofKey: key, period), default: [:]][groupNames[group]] = counts[slot * width + group]
                    }
                }
            }
            for (key, groups) in outside {
                for (group, count) in groups { labelled[Trends.label(ofKey: key, period), default: [:]][groupNames[group], default: 0] += count }
            }
            return labelled
        }

        private mutating func index(of name: String) -> Int {
            if let known = groupIndex[name] { return known }
            groupNames.append(name)
            groupIndex[name] = groupNames.count - 1
            return groupNames.count - 1
        }

        private mutating func count(_ slot: Int, _ group: Int) {
            while group >= width {
                counts = stride(from: 0, to: counts.count, by: width).flatMap { Array(counts[$0..<$0 + width]) + Array(repeating: 0, count: width) }
                width *= 2
            }
            if counts.isEmpty { counts = Array(repeating: 0, count: 200 * slotsPerYear * width) }
            counts[slot * width + group] += 1
        }
    }
}
