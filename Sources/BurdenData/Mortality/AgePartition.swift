/// The age groups an estimate sums over a band of ages, and, for each year, the bands
/// of a deaths table that make up each group.
///
/// Tables change their bands over the years: Rosstat's export of 1990–2023 adds
/// `15-17 лет` in 2023 only, inside `15-19 лет`; other tables hold a single year of age
/// inside its five-year group, or a total over several groups. An estimate needs the
/// same groups in every year it uses (the baseline and the target years), so the groups
/// are the finest partition of the band whose every group each of those years can make
/// up from its own bands — a band itself, or bands that tile it. The bands of a year
/// that the partition does not use are set aside, with the reason
/// (``DeathsTable/partition(of:years:)``).
public struct AgePartition: Sendable, Hashable {
    /// A band of the table that a partition does not use in some years, and why.
    public struct SetAside: Sendable, Hashable, CustomStringConvertible {
        /// The band.
        public let band: AgeGroup
        /// The years in which it was set aside, ascending.
        public let years: [Int]
        /// Why: it lies inside a band that is used, it holds bands that are used, or it
        /// reaches beyond the ages.
        public let reason: String

        /// `15-17 in 2023: inside 15-19, which is used`; runs of three years or more
        /// are written as ranges (`2015–2019, 2022`).
        public var description: String {
            var runs: [String] = []
            var index = 0
            while index < years.count {
                var last = index
                while last + 1 < years.count, years[last + 1] == years[last] + 1 { last += 1 }
                runs += last - index >= 2 ? ["\(years[index])–\(years[last])"] : years[index...last].map(String.init)
                index = last + 1
            }
            return "\(band) in \(runs.joined(separator: ", ")): \(reason)"
        }
    }

    /// The band of ages partitioned.
    public let ages: AgeGroup
    /// The groups, ascending; they do not overlap and cover ``ages`` without a gap.
    public let groups: [AgeGroup]
    /// The bands set aside, ordered by band.
    public let setAside: [SetAside]
    /// For each year, the bands summed into each group (in the order of ``groups``).
    let bands: [Int: [[AgeGroup]]]

    /// Creates a partition; used by ``DeathsTable/partition(of:years:)``.
    init(ages: AgeGroup, groups: [AgeGroup], setAside: [SetAside], bands: [Int: [[AgeGroup]]]) {
        self.ages = ages
        self.groups = groups
        self.setAside = setAside
        self.bands = bands
    }

    /// The table's bands whose deaths add up to `group` in `year`; `nil` for a year or
    /// group outside the partition.
    public func bands(of group: AgeGroup, in year: Int) -> [AgeGroup]? {
        guard let index = groups.firstIndex(of: group) else { return nil }
        return bands[year]?[index]
    }
}
