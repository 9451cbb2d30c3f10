/// Deaths by unit × year × age group × sex, as read from a vital-statistics table by
/// ``DeathsTableReader``: the input of the excess-mortality analyses (METHODS.md §9).
///
/// A unit is a region of the region table or an aggregate above the regions — the
/// country (Rosstat's «Российская Федерация»), a federal district, or a composite
/// that the statistics report as one row (Rosstat's «Архангельская область» with the
/// Nenets okrug, `RU-ARK+NEN`). Aggregates are kept apart from regions, never added
/// to them.
///
/// Counts are looked up with ``deaths(unit:year:age:sex:)``; a count the table does
/// not have is `nil`, never 0.
public struct DeathsTable: Sendable {
    /// How the file was laid out.
    public enum Layout: String, Sendable, Hashable {
        /// Rosstat's export: `Region,Year,Age,Gender,Deaths`, names as Rosstat writes
        /// them, resolved in the ``ResolutionContext/rosstatStatistics`` context.
        case rosstat
        /// The tidy layout for any country: `region,year,age_group,sex,deaths`.
        case tidy
    }

    /// A region or aggregate that has rows in the table.
    public struct Unit: Sendable, Hashable {
        /// What the unit is.
        public enum Kind: String, Sendable, Hashable {
            /// One region of the region table.
            case region
            /// The whole country.
            case country
            /// A federal district.
            case federalDistrict = "federal_district"
            /// Several regions reported as one row.
            case composite
        }

        /// The code of the region or aggregate (`RU-BU`, `RU`, `RU-ARK+NEN`).
        public let code: String
        /// Its English name.
        public let name: String
        /// What it is.
        public let kind: Kind
        /// The spelling of its first row in the file.
        public let spelling: String

        /// Creates a unit.
        public init(code: String, name: String, kind: Kind, spelling: String) {
            self.code = code
            self.name = name
            self.kind = kind
            self.spelling = spelling
        }
    }

    /// A unit, year and sex whose age groups (with the deaths of unknown age) do not add
    /// up to its total row.
    public struct Inconsistency: Sendable, Hashable {
        /// The unit's code.
        public let code: String
        /// The unit's name.
        public let name: String
        /// The year.
        public let year: Int
        /// The sex.
        public let sex: Sex
        /// The sum of the age groups and the deaths of unknown age.
        public let sumOfGroups: Int
        /// The total row's count.
        public let total: Int
        /// The line of the total row.
        public let line: Int
    }

    /// The layout the file was read in.
    public let layout: Layout
    /// The units, in the order of their first row.
    public let units: [Unit]
    /// The years with at least one row, ascending.
    public let years: [Int]
    /// The age groups with at least one row, ascending. In any one year two groups
    /// either do not overlap or one holds the other (a `15-17` inside `15-19`); see
    /// ``ageGroups(in:)`` and ``partition(of:years:)``.
    public let ageGroups: [AgeGroup]
    /// Every unit, year and sex whose age groups do not add up to the total row.
    public internal(set) var inconsistencies: [Inconsistency]
    /// Rows skipped because their region names a sub-heading («в том числе»).
    public let skippedHeadings: Int

    /// Counts, `-1` where the table has none, laid out by ``Shape``.
    private let counts: [Int32]
    private let shape: Shape
    private let unitIndex: [String: Int]
    /// Age slots: the groups, then the total, then unknown.
    private let ageIndex: [AgeGroup: Int]
    /// The age groups with at least one row in each year, ascending.
    private let groupsOfYear: [Int: [AgeGroup]]

    /// How the dense array of counts is laid out: unit, year, age slot (the groups,
    /// then the total, then unknown), sex (0 male, 1 female), the last fastest.
    struct Shape {
        let units: Int
        let firstYear: Int
        let years: Int
        let ageSlots: Int

        init(units: Int, firstYear: Int, lastYear: Int, ageGroups: Int) {
            self.units = units
            self.firstYear = firstYear
            self.years = lastYear - firstYear + 1
            self.ageSlots = ageGroups + 2
        }

        /// The number of cells.
        var cells: Int { units * years * ageSlots * 2 }

        /// The position of a cell; `year` is the calendar year.
        @inline(__always)
        func slot(unit: Int, year: Int, age: Int, sex: Int) -> Int {
            ((unit * years + year - firstYear) * ageSlots + age) * 2 + sex
        }
    }

    /// Assembles a table; used by ``DeathsTableReader``.
    init(
        layout: Layout, units: [Unit], years: [Int], ageGroups: [AgeGroup], groupsOfYear: [Int: [AgeGroup]], shape: Shape,
        counts: [Int32], inconsistencies: [Inconsistency], skippedHeadings: Int
    ) {
        self.groupsOfYear = groupsOfYear
        self.layout = layout
        self.units = units
        self.years = years
        self.ageGroups = ageGroups
        self.inconsistencies = inconsistencies
        self.skippedHeadings = skippedHeadings
        self.shape = shape
        self.counts = counts
        self.unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.code, $0) })
        self.ageIndex = Dictionary(uniqueKeysWithValues: ageGroups.enumerated().map { ($1, $0) })
    }

    /// The age groups with at least one row in `year`, ascending; none for a year the
    /// table does not have.
    public func ageGroups(in year: Int) -> [AgeGroup] { groupsOfYear[year] ?? [] }

    /// The unit with this code.
    public func unit(code: String) -> Unit? { unitIndex[code].map { units[$0] } }

    /// The country's unit (the first unit that is the whole country), if the table has one.
    public var country: Unit? { units.first { $0.kind == .country } }

    /// The regions that have rows, in the order of their first row.
    public var regions: [Unit] { units.filter { $0.kind == .region } }

    /// Deaths in one age group; `nil` when the table has no such row.
    public func deaths(unit code: String, year: Int, age: AgeGroup, sex: Sex) -> Int? {
        guard let slot = ageIndex[age] else { return nil }
        return count(code, year, slot, sex)
    }

    /// Deaths at all ages (the total row); `nil` when the table has none.
    public func totalDeaths(unit code: String, year: Int, sex: Sex) -> Int? {
        count(code, year, ageGroups.count, sex)
    }

    /// Deaths whose age is unknown; `nil` when the table has no such row.
    public func unknownAgeDeaths(unit code: String, year: Int, sex: Sex) -> Int? {
        count(code, year, ageGroups.count + 1, sex)
    }

    private func count(_ code: String, _ year: Int, _ age: Int, _ sex: Sex) -> Int? {
        guard let unit = unitIndex[code], year >= shape.firstYear, year - shape.firstYear < shape.years else { return nil }
        let value = counts[shape.slot(unit: unit, year: year, age: age, sex: sex == .male ? 0 : 1)]
        return value < 0 ? nil : Int(value)
    }
}
