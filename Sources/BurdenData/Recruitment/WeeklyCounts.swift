/// A count per week: one value for each week, dated by the week's first day (the
/// weekly probate estimate of deaths, `mediazona_probate_estimate_weekly.csv`, or the
/// named deaths per week). Weeks may be missing; those present all begin on the same
/// weekday.
public struct WeeklyCounts: Sendable, Hashable {
    /// One week.
    public struct Week: Sendable, Hashable {
        /// The week's first day.
        public let start: PartialDate
        /// The count (an estimate may be fractional).
        public let value: Double
        /// The physical line in the file (for messages).
        public let line: Int

        /// Creates a week.
        public init(start: PartialDate, value: Double, line: Int = 0) {
            self.start = start
            self.value = value
            self.line = line
        }
    }

    /// The weeks, in date order, one per start day.
    public let weeks: [Week]
    /// What the values count, as their column was named (`estimated_deaths`).
    public let label: String

    /// Creates the counts.
    ///
    /// - Precondition: the weeks are in date order, 7 days or a multiple of 7 days apart.
    public init(weeks: [Week], label: String) {
        precondition(zip(weeks, weeks.dropFirst()).allSatisfy {
            let days = PartialDate.days(from: $0.start, to: $1.start)
            return days > 0 && days % 7 == 0
        }, "weeks must be in order and a whole number of weeks apart")
        self.weeks = weeks
        self.label = label
    }

    /// The first day of the week that holds `date`, on the weekday the weeks begin.
    ///
    /// - Precondition: there is at least one week.
    public func weekStart(holding date: PartialDate) -> PartialDate {
        let offset = PartialDate.days(from: weeks[0].start, to: date)
        let remainder = ((offset % 7) + 7) % 7
        return date.adding(days: -remainder)
    }
}
